// The numbers of a report as tidy records, one per value cell, labelled by the template's own row and column paths.
import type { ReportModel, TableNo } from '../model/types';
import { templateForYear, TEMPLATES } from '../template';
import { columnPath, fits, rowPath, rowsOf } from '../rules/grid';

export interface TidyValue {
  source: string;
  agency: string | null;
  year: number | null;
  table: TableNo;
  /** template row path; null where the template has no row label (table 4's single row) */
  row: string | null;
  /** template column path; null when the row's cells do not fit the template's columns (cell-count) */
  column: string | null;
  value: number | null;
  raw: string;
}

export const TIDY_FIELDS = ['source', 'agency', 'year', 'table', 'row', 'column', 'value', 'raw'] as const;

export function tidyValues(model: ReportModel): TidyValue[] {
  const template = TEMPLATES[model.template ?? templateForYear(model.year ?? 2021)];
  const out: TidyValue[] = [];
  for (const table of [2, 3, 4] as const) {
    for (const row of rowsOf(model, table)) {
      const placed = fits(template, table, row);
      row.cells.forEach((cell, i) => out.push({
        source: model.source, agency: model.agency, year: model.year, table,
        row: rowPath(template, table, row.id) || null,
        column: placed ? columnPath(template, table, i, row.id) : null,
        value: cell.value, raw: cell.raw,
      }));
    }
  }
  return out;
}
