// Matching findings against what a fixture or a mutation was built to show.
import type { AuditResult, Finding } from '../../src/model/types';
import type { ExpectedFinding } from '../generator/fixtures';

export function matches(f: Finding, e: ExpectedFinding): boolean {
  if (f.rule !== e.rule) return false;
  if (e.table !== undefined && f.location.table !== e.table) return false;
  if (e.row !== undefined && f.location.row !== e.row) return false;
  // review-total names the group's column ("行政复议 / 总计"): the expected group path is a prefix
  if (e.column !== undefined && !(f.location.column ?? '').startsWith(e.column)) return false;
  return true;
}

export const describeFinding = (f: Finding) =>
  `${f.rule}(${f.severity}) t${f.location.table ?? '-'} row=${f.location.row ?? '-'} col=${f.location.column ?? '-'}: ${f.message}`;
export const describeExpected = (e: ExpectedFinding) => `${e.rule} t${e.table ?? '*'} row=${e.row ?? '*'} col=${e.column ?? '*'}`;

/** problems with a result: expected findings missing, or errors/warnings nobody asked for */
export function mismatches(result: AuditResult, expected: ExpectedFinding[], only: boolean): string[] {
  const out: string[] = [];
  for (const e of expected) {
    if (!result.findings.some((f) => matches(f, e))) out.push(`missing: ${describeExpected(e)}`);
  }
  if (only) {
    for (const f of result.findings) {
      if (f.severity === 'info') continue;
      if (!expected.some((e) => matches(f, e))) out.push(`unexpected: ${describeFinding(f)}`);
    }
  }
  return out;
}

export const errorsAndWarnings = (r: AuditResult) => r.findings.filter((f) => f.severity !== 'info');
