// Two reports of one agency for consecutive years: what one year carries forward, the next must take up.
import type { Location, ReportModel } from '../model/types';
import { TABLE3_WIDTH } from '../template';
import { columnPath, findRow, fits, loc, rowPath } from './grid';
import type { Rule, RuleContext } from './types';

/** true (and not-checked said) when the year before or this report has not got table `table` to compare */
function unreadTable(ctx: RuleContext, prev: ReportModel, table: 2 | 3, location?: Location): boolean {
  const key = String(table) as '2' | '3';
  const which = !prev.tables[key] ? 'earlier-table-unread' : !ctx.model.tables[key] ? 'own-table-unread' : null;
  if (which) ctx.notChecked(which, location, { earlierYear: prev.year ?? '?', earlierSource: prev.source, table });
  return which !== null;
}

export const carryOver: Rule = {
  id: 'carry-over', severity: 'error', scope: 'cross-year', order: 50, tags: ['cross-year', 'table-3'],
  reads: { tables: { 3: ['carried', 'carryOver'] } },
  params: { column: 'string', expected: 'number', actual: 'number', earlierYear: 'number', earlierSource: 'string' },
  check(ctx) {
    const prev = ctx.previous;
    if (!prev) return;
    const carried = findRow(ctx.model, 3, 'carried');
    const before = findRow(prev, 3, 'carryOver');
    // the year before is there, but its table (or this one's) could not be read: say so, naming the report compared
    if (unreadTable(ctx, prev, 3, loc(3, rowPath(ctx.template, 3, 'carried'), null, []))) return;
    if (!carried || !before || !fits(ctx.template, 3, carried) || before.cells.length !== TABLE3_WIDTH) {
      ctx.notChecked('two-years', loc(3, rowPath(ctx.template, 3, 'carried'), null, carried ? [carried.anchor] : []), { earlierSource: prev.source });
      return;
    }
    for (let j = 0; j < TABLE3_WIDTH; j++) {
      const now = carried.cells[j];
      const then = before.cells[j];
      if (now.kind === 'text' || then.kind === 'text') continue;
      if ((now.value ?? 0) === (then.value ?? 0)) continue;
      const column = columnPath(ctx.template, 3, j);
      ctx.report({ location: loc(3, rowPath(ctx.template, 3, 'carried'), column, [now.anchor]), expected: then.value ?? 0, actual: now.value ?? 0, params: { column, expected: then.value ?? 0, actual: now.value ?? 0, earlierYear: prev.year ?? '' } });
    }
  },
};

export const stockRollForward: Rule = {
  id: 'stock-roll-forward', severity: 'info', scope: 'cross-year', order: 200, tags: ['cross-year', 'table-2'],
  reads: { tables: { 2: ['item1.regulations', 'item1.normativeDocs'] } },
  params: { row: 'string', last: 'number', issued: 'number', repealed: 'number', expected: 'number', actual: 'number', earlierSource: 'string' },
  check(ctx) {
    const prev = ctx.previous;
    if (!prev || ctx.templateId !== '2021' || prev.template !== '2021') return;
    if (unreadTable(ctx, prev, 2)) return;
    for (const id of ['item1.regulations', 'item1.normativeDocs']) {
      const now = findRow(ctx.model, 2, id);
      const then = findRow(prev, 2, id);
      if (!now || !then || now.cells.length !== 3 || then.cells.length !== 3) continue;
      const [issued, repealed, inForce] = now.cells;
      const last = then.cells[2];
      if ([issued, repealed, inForce, last].some((c) => c.kind === 'text')) continue;
      const expected = (last.value ?? 0) + (issued.value ?? 0) - (repealed.value ?? 0);
      if (expected === (inForce.value ?? 0)) continue;
      const row = rowPath(ctx.template, 2, id);
      ctx.report({ location: loc(2, row, '现行有效件数', [inForce.anchor]), expected, actual: inForce.value ?? 0, params: { row, last: last.value ?? 0, issued: issued.value ?? 0, repealed: repealed.value ?? 0, expected, actual: inForce.value ?? 0 } });
    }
  },
};

export const CROSS_YEAR: Rule[] = [carryOver, stockRollForward];

