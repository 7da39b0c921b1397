// The 勾稽关系: sums that must hold within tables 3 and 4.
import type { CellValue, ModelRow } from '../model/types';
import { TABLE3_TOTAL, TABLE3_WIDTH, TABLE4_GROUP_COLUMNS, TABLE4_WIDTH } from '../template';
import { anchorOf, blankTotals, cellsAt, columnCells, columnPath, findRow, fits, loc, notTotalColumn, resultRowIds, rowPath, sumOf, uncheckable } from './grid';
import type { Params, Rule, RuleContext } from './types';

/** one relation "parts = total": report it, or say why it could not be checked */
function relation(ctx: RuleContext, args: {
  parts: CellValue[]; totals: CellValue[]; row: string | null; column: string | null; table: 3 | 4;
  params: Params;
}): void {
  const why = uncheckable([...args.parts, ...args.totals], blankTotals(ctx.model, ctx.template));
  const cells = [...args.totals, ...args.parts].map((c) => c.anchor);
  if (why) { ctx.notChecked(why, loc(args.table, args.row, args.column, cells)); return; }
  const expected = sumOf(args.parts);
  const actual = sumOf(args.totals);
  if (expected !== actual) ctx.report({ location: loc(args.table, args.row, args.column, cells), expected, actual, params: { ...args.params, expected, actual } });
}

export const balance: Rule = {
  id: 'balance', severity: 'error', scope: 'report', order: 10, tags: ['arithmetic', 'table-3'],
  reads: { tables: { 3: ['new', 'carried', 'total', 'carryOver'] } },
  params: { column: 'string', new: 'string', carried: 'string', total: 'string', carryOver: 'string', expected: 'number', actual: 'number' },
  check(ctx) {
    const rows = ['new', 'carried', 'total', 'carryOver'].map((id) => findRow(ctx.model, 3, id));
    if (!ctx.model.tables['3']) return;
    if (rows.some((r) => !r)) { ctx.notChecked('missing', loc(3, null, null, [])); return; }
    const [nw, carried, total, carryOver] = rows as NonNullable<(typeof rows)[number]>[];
    if (![nw, carried, total, carryOver].every((r) => fits(ctx.template, 3, r))) {
      ctx.notChecked('shifted', loc(3, null, null, [])); return;
    }
    const notGiven = blankTotals(ctx.model, ctx.template);
    for (let j = 0; j < TABLE3_WIDTH; j++) {
      const column = columnPath(ctx.template, 3, j);
      const cells = [nw.cells[j], carried.cells[j], total.cells[j], carryOver.cells[j]];
      const why = uncheckable(cells, notGiven);
      const anchors = cells.map(anchorOf);
      if (why) { ctx.notChecked(why, loc(3, null, column, anchors)); continue; }
      const expected = sumOf([nw.cells[j], carried.cells[j]]);
      const actual = sumOf([total.cells[j], carryOver.cells[j]]);
      if (expected !== actual) {
        ctx.report({
          location: loc(3, null, column, [total.cells[j].anchor, ...anchors.filter((a) => a !== total.cells[j].anchor)]),
          expected, actual,
          params: { column, new: nw.cells[j].raw || '0', carried: carried.cells[j].raw || '0', total: total.cells[j].raw || '0', carryOver: carryOver.cells[j].raw || '0', expected, actual },
        });
      }
    }
  },
};

export const rowTotal: Rule = {
  id: 'row-total', severity: 'error', scope: 'report', order: 20, tags: ['arithmetic', 'table-3'],
  reads: { tables: { 3: 'all' } },
  params: { row: 'string', expected: 'number', actual: 'number' },
  check(ctx) {
    for (const row of ctx.model.tables['3']?.rows ?? []) {
      if (!fits(ctx.template, 3, row)) continue; // cell-count reports it and lists it as not checked
      const path = rowPath(ctx.template, 3, row.id);
      relation(ctx, { parts: row.cells.filter(notTotalColumn), totals: [row.cells[TABLE3_TOTAL]], row: path, column: columnPath(ctx.template, 3, TABLE3_TOTAL), table: 3, params: { row: path } });
    }
  },
};

export const resultTotal: Rule = {
  id: 'result-total', severity: 'error', scope: 'report', order: 30, tags: ['arithmetic', 'table-3'],
  reads: { tables: { 3: 'all' } },
  params: { column: 'string', expected: 'number', actual: 'number' },
  check(ctx) {
    if (!ctx.model.tables['3']) return;
    // loops, not callbacks: this runs on every page (hot path: README, Performance)
    const ids = resultRowIds(ctx.template);
    const parts: ModelRow[] = [];
    for (const id of ids) {
      const r = findRow(ctx.model, 3, id);
      if (r) parts.push(r);
    }
    const total = findRow(ctx.model, 3, 'total');
    if (!total || parts.length < ids.length) { ctx.notChecked('missing', loc(3, rowPath(ctx.template, 3, 'total'), null, [])); return; }
    let fit = fits(ctx.template, 3, total);
    for (const r of parts) fit &&= fits(ctx.template, 3, r);
    if (!fit) {
      ctx.notChecked('shifted', loc(3, rowPath(ctx.template, 3, 'total'), null, [total.anchor])); return;
    }
    for (let j = 0; j < TABLE3_WIDTH; j++) {
      const column = columnPath(ctx.template, 3, j);
      relation(ctx, { parts: columnCells(parts, j), totals: [total.cells[j]], row: rowPath(ctx.template, 3, 'total'), column, table: 3, params: { column } });
    }
  },
};

export const reviewTotal: Rule = {
  id: 'review-total', severity: 'error', scope: 'report', order: 40, tags: ['arithmetic', 'table-4'],
  reads: { tables: { 4: 'all' } },
  params: { group: 'string', expected: 'number', actual: 'number' },
  check(ctx) {
    const row = findRow(ctx.model, 4, 'outcomes');
    if (!row) return;
    if (row.cells.length !== TABLE4_WIDTH) { ctx.notChecked('shifted', loc(4, null, null, [row.anchor])); return; }
    for (const g of TABLE4_GROUP_COLUMNS) {
      const group = g.path.join(' / ');
      relation(ctx, { parts: cellsAt(row, g.parts), totals: [row.cells[g.total]], row: null, column: columnPath(ctx.template, 4, g.total), table: 4, params: { group } });
    }
  },
};

export const ARITHMETIC: Rule[] = [balance, rowTotal, resultTotal, reviewTotal];
