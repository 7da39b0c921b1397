// The template's arithmetic relations (the README's rule list: balance, row-total, result-total, review-total), evaluated on a generated report's numbers.
// Used to know, without the extractor, which relations a mutated report breaks.
import { TEMPLATES, TABLE3_COLUMNS, TABLE4_GROUPS, joinPath } from '../../src/template';
import type { TemplateId } from '../../src/model/types';
import { APPLICANTS, cellKey, isResultRow, parseKey, type CellKey, type Report } from './report';

export type ArithmeticRule = 'balance' | 'row-total' | 'result-total' | 'review-total';

export interface Relation {
  rule: ArithmeticRule;
  table: 3 | 4;
  /** the row (row-total) */
  row?: string;
  /** the column (balance, result-total) */
  column?: string;
  /** the table-4 group (review-total) */
  group?: string;
  /** total = sum(parts); all cell keys */
  total: CellKey;
  parts: CellKey[];
  /** parts subtracted instead of added (balance: 一 + 二 − 四 = 三（七）) */
  minus?: CellKey[];
}

export const relationId = (r: Relation) => `${r.rule}:${r.row ?? r.column ?? r.group}`;

export function relationsFor(template: TemplateId): Relation[] {
  const rows = TEMPLATES[template].table3.rows.map((r) => r.id);
  const cols = TABLE3_COLUMNS.map((c) => c.id);
  const out: Relation[] = [];
  for (const col of cols) {
    out.push({ rule: 'balance', table: 3, column: col, total: cellKey(3, 'total', col),
      parts: [cellKey(3, 'new', col), cellKey(3, 'carried', col)], minus: [cellKey(3, 'carryOver', col)] });
    out.push({ rule: 'result-total', table: 3, column: col, total: cellKey(3, 'total', col),
      parts: rows.filter(isResultRow).map((r) => cellKey(3, r, col)) });
  }
  for (const row of rows) {
    out.push({ rule: 'row-total', table: 3, row, total: cellKey(3, row, 'total'), parts: APPLICANTS.map((c) => cellKey(3, row, c)) });
  }
  for (const g of TABLE4_GROUPS) {
    out.push({ rule: 'review-total', table: 4, group: g.id, total: cellKey(4, '', `${g.id}.total`),
      parts: ['upheld', 'corrected', 'other', 'pending'].map((o) => cellKey(4, '', `${g.id}.${o}`)) });
  }
  return out;
}

export function valueOf(report: Report, key: CellKey): number {
  const { table, row, column } = parseKey(key);
  if (table === 4) return report.table4[column];
  return (table === 3 ? report.table3 : report.table2)[row][column];
}

export function holds(report: Report, rel: Relation): boolean {
  const sum = rel.parts.reduce((s, k) => s + valueOf(report, k), 0) - (rel.minus ?? []).reduce((s, k) => s + valueOf(report, k), 0);
  return sum === valueOf(report, rel.total);
}

/** the relations the report's numbers break */
export const failingRelations = (report: Report) => relationsFor(report.template).filter((r) => !holds(report, r));

/** the relations a cell takes part in */
export const relationsOfCell = (template: TemplateId, key: CellKey) =>
  relationsFor(template).filter((r) => r.total === key || r.parts.includes(key) || (r.minus ?? []).includes(key));

/** template labels a finding's location should carry for this relation */
export function expectedLocation(template: TemplateId, rel: Relation): { row?: string; column?: string } {
  if (rel.row) return { row: joinPath(TEMPLATES[template].table3.rows.find((r) => r.id === rel.row)!.path) };
  if (rel.column) return { column: joinPath(TABLE3_COLUMNS.find((c) => c.id === rel.column)!.path) };
  return { column: joinPath(TABLE4_GROUPS.find((g) => g.id === rel.group)!.path) };
}
