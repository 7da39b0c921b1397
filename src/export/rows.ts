// One flat row per finding: the shape the CSV carries and the Markdown lists.
import type { AuditResult, Finding } from '../model/types';

export interface FindingRow {
  severity: string;
  rule: string;
  table: string;
  section: string;
  row: string;
  column: string;
  expected: string;
  actual: string;
  message: string;
  anchor: string;
  source: string;
}

export const FINDING_FIELDS: Array<keyof FindingRow> =
  ['severity', 'rule', 'table', 'section', 'row', 'column', 'expected', 'actual', 'message', 'anchor', 'source'];

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function findingRow(f: Finding, result: AuditResult): FindingRow {
  return {
    severity: f.severity, rule: f.rule, table: str(f.location.table), section: str(f.location.section),
    row: str(f.location.row), column: str(f.location.column), expected: str(f.expected), actual: str(f.actual),
    message: f.message, anchor: str(f.location.anchor), source: result.source,
  };
}
