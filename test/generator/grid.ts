// The three tables laid out as the national template draws them (label cells with rowspan/colspan, header rows),
// independent of markup. Renderers turn a GTable into HTML or text.
import { TEMPLATES, TABLE3_COLUMNS, TABLE4, TABLE4_GROUPS } from '../../src/template';
import type { NumberKind } from '../../src/template';
import type { TemplateId } from '../../src/model/types';
import { cellKey, type CellKey } from './report';

export interface GCell {
  /** label text; '' for value cells (their text comes from the report) */
  text: string;
  rowspan: number;
  colspan: number;
  role: 'corner' | 'group' | 'head' | 'label' | 'value';
  key?: CellKey;
  numberKind?: NumberKind;
}

export interface GTable {
  table: 2 | 3 | 4;
  /** header rows come first */
  head: number;
  width: number;
  rows: GCell[][];
}

const c = (text: string, role: GCell['role'], rowspan = 1, colspan = 1): GCell => ({ text, role, rowspan, colspan });
const v = (key: CellKey, numberKind: NumberKind, colspan = 1): GCell => ({ text: '', role: 'value', rowspan: 1, colspan, key, numberKind });

export const BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export function table2Grid(template: TemplateId): GTable {
  const width = 4;
  const rows: GCell[][] = [];
  for (const block of TEMPLATES[template].table2.blocks) {
    rows.push([c(block.label, 'group', 1, width)]);
    const last = width - block.columns.length; // the last column takes what is left
    rows.push([c('信息内容', 'head'), ...block.columns.map((col, i) => c(col.path[0], 'head', 1, i === block.columns.length - 1 ? last : 1))]);
    for (const row of block.rows) {
      rows.push([c(row.path[0], 'label'), ...block.columns.map((col, i) => v(cellKey(2, row.id, col.id), col.kind, i === block.columns.length - 1 ? last : 1))]);
    }
  }
  return { table: 2, head: 0, width, rows };
}

export function table3Grid(template: TemplateId): GTable {
  const defs = TEMPLATES[template].table3.rows;
  const org = TABLE3_COLUMNS.filter((col) => col.path.length === 2);
  const rows: GCell[][] = [
    [c(BALANCE_NOTE, 'corner', 3, 3), c('申请人情况', 'group', 1, 7)],
    [c('自然人', 'head', 2), c(org[0].path[0], 'group', 1, org.length), c('总计', 'head', 2)],
    org.map((col) => c(col.path[1], 'head')),
  ];
  const depth = 3;
  defs.forEach((def, i) => {
    const cells: GCell[] = [];
    const prev = defs[i - 1]?.path ?? [];
    for (let d = 0; d < def.path.length - 1; d++) {
      const prefix = def.path.slice(0, d + 1).join('/');
      if (prev.slice(0, d + 1).join('/') === prefix) continue; // continues the group cell above
      let span = 0;
      while (defs[i + span] && defs[i + span].path.slice(0, d + 1).join('/') === prefix) span++;
      cells.push(c(def.path[d], 'group', span));
    }
    cells.push(c(def.path[def.path.length - 1], 'label', 1, depth - (def.path.length - 1)));
    for (const col of TABLE3_COLUMNS) cells.push(v(cellKey(3, def.id, col.id), col.kind));
    rows.push(cells);
  });
  return { table: 3, head: 3, width: depth + TABLE3_COLUMNS.length, rows };
}

export function table4Grid(): GTable {
  const outcomes = TABLE4.columns.filter((col) => col.id.startsWith('review.')).map((col) => col.path[col.path.length - 1]);
  const [review, direct, after] = TABLE4_GROUPS;
  const rows: GCell[][] = [
    [c(review.path[0], 'group', 1, 5), c(direct.path[0], 'group', 1, 10)],
    [...outcomes.map((o) => c(o, 'head', 2)), c(direct.path[1], 'group', 1, 5), c(after.path[1], 'group', 1, 5)],
    [...outcomes, ...outcomes].map((o) => c(o, 'head')),
    TABLE4.columns.map((col) => v(cellKey(4, '', col.id), col.kind)),
  ];
  return { table: 4, head: 3, width: 15, rows };
}

export function gridFor(table: 2 | 3 | 4, template: TemplateId): GTable {
  return table === 2 ? table2Grid(template) : table === 3 ? table3Grid(template) : table4Grid();
}

/** Expand spans: every grid position, with whether it is the cell's origin and whether it continues a rowspan. */
export interface Slot { cell: GCell; origin: boolean; rowCopy: boolean; colCopy: boolean }
export function expand(t: GTable): Slot[][] {
  const out: Slot[][] = t.rows.map(() => []);
  t.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (out[r][col]) col++;
      for (let rr = r; rr < r + cell.rowspan && rr < t.rows.length; rr++) {
        for (let cc = col; cc < col + cell.colspan; cc++) {
          out[rr][cc] = { cell, origin: rr === r && cc === col, rowCopy: rr !== r, colCopy: cc !== col };
        }
      }
      col += cell.colspan;
    }
  });
  return out;
}

/**
 * Split a table in two after grid row `after` (a page break in the source document): group cells that span the
 * break keep their text above and leave an empty merged cell below, as Word does.
 */
export function splitGrid(t: GTable, after: number): [GTable, GTable] {
  const slots = expand(t);
  const top: GCell[][] = t.rows.slice(0, after + 1).map((row, r) =>
    row.map((cell) => (r + cell.rowspan - 1 > after ? { ...cell, rowspan: after - r + 1 } : cell)));
  const bottom: GCell[][] = [];
  for (let r = after + 1; r < t.rows.length; r++) {
    const out: GCell[] = [];
    slots[r].forEach((slot) => {
      if (slot.colCopy) return;
      if (slot.origin) out.push(slot.cell);
      else if (r === after + 1 && slot.rowCopy) {
        const start = slots.findIndex((row) => row.some((s) => s.cell === slot.cell && s.origin));
        out.push({ text: '', role: 'group', rowspan: start + slot.cell.rowspan - r, colspan: slot.cell.colspan });
      }
    });
    bottom.push(out);
  }
  return [{ ...t, rows: top }, { ...t, head: 0, rows: bottom }];
}
