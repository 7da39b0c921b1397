// A stored table laid out for reading: each row with its template path and the labels of its columns,
// so the collection can draw it again from data alone and name any cell ("表3 · 一、本年新收… · 自然人").
import type { ModelTable, TemplateId } from '../model/types';
import { TEMPLATES, templateForYear } from '../template';
import { columnPath, rowPath } from '../rules/grid';
import type { SavedReport } from './schema';

export interface LaidCell {
  text: string;
  anchor: string;
  column: string;
}

export interface LaidRow {
  id: string;
  /** the row's label as the page wrote it */
  label: string;
  /** anchor of the label cell */
  anchor: string;
  /** the template's row path */
  path: string;
  /** labels of this row's columns (table 2's blocks have their own) */
  columns: string[];
  cells: LaidCell[];
}

export const templateOf = (r: Pick<SavedReport, 'template' | 'year'>): TemplateId =>
  r.template ?? (r.year ? templateForYear(r.year) : '2021');

export function layTable(t: ModelTable, templateId: TemplateId): LaidRow[] {
  const template = TEMPLATES[templateId];
  return t.rows.map((row) => {
    // a shifted row may hold more cells than the template has columns; those are numbered
    const column = (i: number) => {
      try { return columnPath(template, t.table, i, row.id); } catch { return String(i + 1); }
    };
    const cells = row.cells.map((c, i) => ({ text: c.raw, anchor: c.anchor, column: column(i) }));
    return { id: row.id, label: row.label, anchor: row.anchor, path: rowPath(template, t.table, row.id) || row.label, columns: cells.map((c) => c.column), cells };
  });
}

/** every stored cell's anchor → where it stands in the template */
export function cellLabels(r: Pick<SavedReport, 'tables' | 'template' | 'year'>): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of Object.values(r.tables) as ModelTable[]) {
    for (const row of layTable(t, templateOf(r))) {
      for (const c of row.cells) out.set(c.anchor, [`表${t.table}`, row.path, c.column].filter(Boolean).join(' · '));
    }
  }
  return out;
}
