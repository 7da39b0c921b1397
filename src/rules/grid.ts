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
  return rowsOf(model, table).find((r) => r.id === id);
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
  return template.table3.rows.map((r) => r.id).filter((id) => RESULT_ROW_PREFIXES.some((p) => id === p || id.startsWith(p)));
}

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
  const nonZero = (cells: CellValue[]) => cells.some((c) => c.kind === 'number' && c.value !== 0);
  const mark = (total: CellValue | undefined, parts: CellValue[]) => {
    if (total && total.kind === 'placeholder' && nonZero(parts)) out.add(total.anchor);
  };
  const rows3 = rowsOf(model, 3).filter((r) => fits(template, 3, r));
  for (const r of rows3) mark(r.cells[TABLE3_TOTAL], r.cells.filter((_, j) => j !== TABLE3_TOTAL));
  const total = rows3.find((r) => r.id === 'total');
  if (total) {
    const results = resultRowIds(template).map((id) => rows3.find((r) => r.id === id)).filter((r): r is ModelRow => !!r);
    for (let j = 0; j < TABLE3_WIDTH; j++) mark(total.cells[j], results.map((r) => r.cells[j]));
  }
  const t4 = findRow(model, 4, 'outcomes');
  if (t4 && t4.cells.length === TABLE4_WIDTH) for (const g of TABLE4_GROUP_COLUMNS) mark(t4.cells[g.total], g.parts.map((j) => t4.cells[j]));
  return out;
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
