// Breaking a consistent report on purpose: change one cell of table 3 or 4 and say which relations must now fail.
import { cellKey, cloneReport, parseKey, type CellKey, type Report } from './report';
import { failingRelations, relationsOfCell, valueOf, type Relation } from './relations';

export interface Mutation {
  report: Report;
  key: CellKey;
  from: number;
  to: number;
  /** the relations the changed cell is in: exactly these fail */
  expected: Relation[];
}

/** Add `delta` (non-zero) to one cell; a change that would go below zero goes up instead. */
export function mutateCell(report: Report, key: CellKey, delta: number): Mutation {
  if (delta === 0) throw new Error('delta must be non-zero');
  const { table, row, column } = parseKey(key);
  if (table === 2) throw new Error('table 2 has no relations to break');
  const from = valueOf(report, key);
  const to = from + delta >= 0 ? from + delta : from + Math.abs(delta);
  const out = cloneReport(report);
  if (table === 4) out.table4[column] = to;
  else out.table3[row][column] = to;
  const expected = relationsOfCell(report.template, key);
  return { report: out, key, from, to, expected };
}

/** Set several cells at once (compensating changes); the failing relations are computed from the numbers. */
export function setCells(report: Report, values: Record<CellKey, number>): { report: Report; expected: Relation[] } {
  const out = cloneReport(report);
  for (const [key, v] of Object.entries(values)) {
    const { table, row, column } = parseKey(key);
    if (table === 4) out.table4[column] = v;
    else if (table === 3) out.table3[row][column] = v;
    else out.table2[row][column] = v;
  }
  return { report: out, expected: failingRelations(out) };
}

export { cellKey };
