// Reading the model's tables as the relations need them: values by template row and column,
// with what makes a relation uncheckable (a shifted row, text in a cell, a blank total).
import type { CellValue, Location, ModelRow, ReportModel, TableNo } from '../model/types';
import { joinPath } from '../template';
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

export type Term = { cell: CellValue; total: boolean };

/**
 * Evaluate "sum of parts = total" over cells. Returns null with the reason when it cannot be checked:
 * a text cell anywhere, or a blank total (a total not given is not a total of zero).
 */
export function sumOf(cells: CellValue[]): number {
  return round(cells.reduce((s, c) => s + (c.value ?? 0), 0));
}

export function uncheckable(terms: Term[]): 'text' | 'blank-total' | null {
  if (terms.some((t) => t.cell.kind === 'text')) return 'text';
  // A blank total beside numbers means the total was not given. A relation that is blank throughout
  // (a column nobody used) holds as 0 = 0, as a careful reader takes it.
  const blankTotal = terms.some((t) => t.total && t.cell.kind === 'placeholder');
  if (blankTotal && terms.some((t) => t.cell.kind === 'number' && t.cell.value !== 0)) return 'blank-total';
  return null;
}

/** sums of money have decimals: compare to the cent, counts exactly */
export const round = (n: number) => Math.round(n * 10000) / 10000;
