// One finding as named cells, the one mapping every CSV writer picks its columns from (the popup's, the collection's,
// the CLI's), and the one way an empty value becomes a cell.
import type { Finding } from '../model/types';

/** a value as spreadsheet text: null and undefined are empty */
export const cellText = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

/** a finding's columns, values as they are (numbers stay numbers; the writer decides how to print them) */
export function findingCells(f: Finding) {
  const l = f.location;
  return {
    rule: f.rule, severity: f.severity, table: l.table, section: l.section, row: l.row, column: l.column, page: l.page ?? null,
    expected: f.expected, actual: f.actual, message: f.message, anchor: l.anchor,
  };
}
export type FindingColumn = keyof ReturnType<typeof findingCells>;
