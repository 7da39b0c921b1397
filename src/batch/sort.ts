// The results table's order: by a column, either way; rows without a value (failures, pending) always last.
import { countBySeverity } from '../summary';
import type { BatchRow } from './run';

export type SortKey = 'agency' | 'year' | 'verdict' | 'errors' | 'warnings' | 'url';
export interface SortBy { key: SortKey; dir: 1 | -1 }

/** worst first when ascending */
const VERDICT_RANK: Record<string, number> = { inconsistent: 0, warnings: 1, unverified: 2, consistent: 3 };

function valueOf(row: BatchRow, key: SortKey): string | number | null {
  if (key === 'url') return row.link.href;
  if (row.state.phase !== 'done') return null;
  const r = row.state.audited.result;
  switch (key) {
    case 'agency': return r.agency;
    case 'year': return r.year;
    case 'verdict': return VERDICT_RANK[r.verdict] ?? 9;
    case 'errors': return countBySeverity(r.findings).error;
    case 'warnings': return countBySeverity(r.findings).warning;
  }
}

const compare = (a: string | number, b: string | number) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-Hans-CN');

/** a sorted copy, each row with its index in the batch; ties keep the batch's (page) order */
export function sortRows(rows: BatchRow[], by: SortBy): Array<{ row: BatchRow; index: number }> {
  return rows.map((row, index) => ({ row, index })).sort((x, y) => {
    const a = valueOf(x.row, by.key);
    const b = valueOf(y.row, by.key);
    if (a === null || b === null) return a === b ? x.index - y.index : a === null ? 1 : -1;
    return compare(a, b) * by.dir || x.index - y.index;
  });
}
