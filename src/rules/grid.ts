// Reading the model's tables as the relations need them: values by template row and column,
// with what makes a relation uncheckable (a shifted row, text in a cell, a blank total).
import type { CellValue, Location, ModelRow, ReportModel, TableNo } from '../model/types';
import { joinPath, TABLE3_TOTAL, TABLE3_WIDTH, TABLE4_GROUP_COLUMNS, TABLE4_WIDTH } from '../template';
import type { TemplateDef } from '../template/types';
import { SECTIONS } from '../template/sections';
import { RESULT_ROW_PREFIXES, TABLE4 } from '../template/tables';
import { tableWidth } from '../extract/expected';

export const SECTION_OF_TABLE: Record<TableNo, string> = {
  2: SECTIONS[1].label, 3: SECTIONS[2].label, 4: SECTIONS[3].label,
};

export function rowsOf(model: ReportModel, table: TableNo): ModelRow[] {
  return model.tables[String(table) as '2' | '3' | '4']?.rows ?? [];
}

export function findRow(model: ReportModel, table: TableNo, id: string): ModelRow | undefined {
  return rowIn(rowsOf(model, table), id);
}

// The helpers below run on every page: loops and module-level callbacks, not closures made per call (hot path:
// README, Performance).

/** the row of that id among these */
function rowIn(rows: ModelRow[], id: string): ModelRow | undefined {
  for (const r of rows) if (r.id === id) return r;
  return undefined;
}

export const anchorOf = (c: CellValue): string => c.anchor;

/** the cells of these rows at one column */
export function columnCells(rows: ModelRow[], j: number): CellValue[] {
  const cells: CellValue[] = [];
  for (const r of rows) cells.push(r.cells[j]);
  return cells;
}

/** a row's cells at these columns */
export function cellsAt(row: ModelRow, columns: readonly number[]): CellValue[] {
  const cells: CellValue[] = [];
  for (const j of columns) cells.push(row.cells[j]);
  return cells;
}

/** a row whose values can be put in columns: as many as the template has */
export function fits(template: TemplateDef, table: TableNo, row: ModelRow): boolean {
  return row.cells.length === tableWidth(template.id, table, row.id);
}

export function rowPath(template: TemplateDef, table: TableNo, id: string): string {
  if (table === 3) {
    const r = template.table3.rows.find((x) => x.id === id);
    return r ? joinPath(r.path) : id;
  }
  if (table === 2) {
    const [blockId, rowId] = id.split('.');
    const b = template.table2.blocks.find((x) => x.id === blockId);
    const r = b?.rows.find((x) => x.id === rowId);
    return b && r ? joinPath([b.label, ...r.path]) : id;
  }
  return '';
}

export function columnPath(template: TemplateDef, table: TableNo, index: number, rowId = ''): string {
  if (table === 3) return joinPath(template.table3.columns[index].path);
  if (table === 4) return joinPath(TABLE4.columns[index].path);
  const b = template.table2.blocks.find((x) => x.id === rowId.split('.')[0]);
  return b?.columns[index] ? joinPath(b.columns[index].path) : String(index + 1);
}

export function loc(table: TableNo | null, row: string | null, column: string | null, cells: string[], section?: string | null): Location {
  return {
    table,
    section: section !== undefined ? section : table ? SECTION_OF_TABLE[table] : null,
    row,
    column,
    cells,
    anchor: cells[0] ?? null,
  };
}

/** the result rows of table 3 whose sum is （七）总计, in this template */
export function resultRowIds(template: TemplateDef): string[] {
  let ids = resultRows.get(template);
  if (!ids) resultRows.set(template, (ids = template.table3.rows.map((r) => r.id).filter((id) => RESULT_ROW_PREFIXES.some((p) => id === p || id.startsWith(p)))));
  return ids;
}
const resultRows = new Map<TemplateDef, string[]>();

const notGivenCache = new WeakMap<ReportModel, Set<string>>();

/**
 * Blank total cells that were "not given": a blank total whose own parts hold a non-zero number.
 * A blank total over blank or zero parts (a row or column nobody used) stands for 0, as a careful reader takes it.
 */
export function blankTotals(model: ReportModel, template: TemplateDef): Set<string> {
  const cached = notGivenCache.get(model);
  if (cached) return cached;
  const out = new Set<string>();
  notGivenCache.set(model, out);
  const rows3: ModelRow[] = [];
  for (const r of rowsOf(model, 3)) if (fits(template, 3, r)) rows3.push(r);
  for (const r of rows3) markNotGiven(out, r.cells[TABLE3_TOTAL], r.cells.filter(notTotalColumn));
  const total = rowIn(rows3, 'total');
  if (total) {
    const results: ModelRow[] = [];
    for (const id of resultRowIds(template)) {
      const r = rowIn(rows3, id);
      if (r) results.push(r);
    }
    for (let j = 0; j < TABLE3_WIDTH; j++) markNotGiven(out, total.cells[j], columnCells(results, j));
  }
  const t4 = findRow(model, 4, 'outcomes');
  if (t4 && t4.cells.length === TABLE4_WIDTH) for (const g of TABLE4_GROUP_COLUMNS) markNotGiven(out, t4.cells[g.total], cellsAt(t4, g.parts));
  return out;
}

const isNonZero = (c: CellValue): boolean => c.kind === 'number' && c.value !== 0;
export const notTotalColumn = (_: CellValue, j: number): boolean => j !== TABLE3_TOTAL;
/** a blank total over parts that hold a non-zero number goes into `out` */
function markNotGiven(out: Set<string>, total: CellValue | undefined, parts: CellValue[]): void {
  if (total && total.kind === 'placeholder' && parts.some(isNonZero)) out.add(total.anchor);
}

/** why a relation over these cells cannot be checked: a text cell, or a total that was not given */
export function uncheckable(cells: CellValue[], notGiven: Set<string>): 'text' | 'blank-total' | null {
  if (cells.some((c) => c.kind === 'text')) return 'text';
  if (cells.some((c) => c.kind === 'placeholder' && notGiven.has(c.anchor))) return 'blank-total';
  return null;
}

export function sumOf(cells: CellValue[]): number {
  return round(cells.reduce((s, c) => s + (c.value ?? 0), 0));
}

/** sums of money have decimals: compare to the cent, counts exactly */
export const round = (n: number) => Math.round(n * 10000) / 10000;
