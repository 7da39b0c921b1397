// Counts that the badge, the popup and the exports all state the same way.
import type { Finding, Severity } from './model/types';

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}
