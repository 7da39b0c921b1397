// JSON: the checker's result as it is, with where and when it was taken.
import type { AuditResult } from '../model/types';

export function toJson(result: AuditResult, url: string, auditedAt: number): string {
  return `${JSON.stringify({ url, auditedAt: new Date(auditedAt).toISOString(), ...result }, null, 2)}\n`;
}
