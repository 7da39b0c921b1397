// Two reports of one agency for consecutive years: what one year carries forward, the next must take up.
import type { Finding, Lang, ReportModel } from '../model/types';
import { columnPath, findRow, fits, loc, rowPath } from './grid';
import type { Rule } from './types';
import { evaluate } from './runner';

export const carryOver: Rule = {
  id: 'carry-over', severity: 'error', scope: 'cross-year',
  help: { zh: '本年“上年结转”≠ 上一年报告的“结转下年度继续办理”', en: 'This year’s carried-over applications ≠ last year’s carried to next year' },
  why: { zh: '上一年没办完、结转过来的申请，就是今年的“上年结转”；两者不等说明有一年的数字错了。', en: 'Applications carried forward at the end of one year are the next year’s carried-over ones; a difference means one year’s figure is wrong.' },
  message: (p, lang) => lang === 'zh'
    ? `表三「${p.column}」列：${p.earlierYear} 年报告的“结转下年度继续办理”为 ${p.expected}，但本报告的“上年结转”为 ${p.actual}。${p.earlierSource ? `（对照：${p.earlierSource}）` : ''}`
    : `Table 3, column “${p.column}”: the ${p.earlierYear} report carried ${p.expected} forward, but this report’s carried-over row says ${p.actual}.${p.earlierSource ? ` (compared with ${p.earlierSource})` : ''}`,
  check(ctx) {
    const prev = ctx.previous;
    if (!prev) return;
    const carried = findRow(ctx.model, 3, 'carried');
    const before = findRow(prev, 3, 'carryOver');
    // the year before is there, but its table (or this one's) could not be read: say so, with the report compared
    const unread = !prev.tables['3'] ? prev : !ctx.model.tables['3'] ? ctx.model : null;
    if (unread) {
      const y = unread.year ?? '?';
      ctx.notChecked(unread === prev
        ? { zh: `已找到上一年（${y} 年）的报告 ${prev.source}，但未能读出其表三`, en: `the report on the year before (${y}, ${prev.source}) was found, but its table 3 could not be read` }
        : { zh: `已找到上一年（${prev.year ?? '?'} 年）的报告 ${prev.source}，但未能读出本报告的表三`, en: `the report on the year before (${prev.year ?? '?'}, ${prev.source}) was found, but this report’s table 3 could not be read` },
      loc(3, rowPath(ctx.template, 3, 'carried'), null, []));
      return;
    }
    if (!carried || !before || !fits(ctx.template, 3, carried) || before.cells.length !== 7) {
      ctx.notChecked({ zh: `两年报告中所需的行缺失或错位（上一年报告：${prev.source}）`, en: `a row it needs is missing or shifted in one of the two reports (the year before: ${prev.source})` }, loc(3, rowPath(ctx.template, 3, 'carried'), null, carried ? [carried.anchor] : []));
      return;
    }
    for (let j = 0; j < 7; j++) {
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
  id: 'stock-roll-forward', severity: 'info', scope: 'cross-year',
  help: { zh: '表二：上年现行有效件数 + 本年制发 − 本年废止 ≠ 本年现行有效件数', en: 'Table 2: last year’s in force + issued − repealed ≠ this year’s in force' },
  why: { zh: '文件也会到期或修改，所以这只是提示：数字对不上时值得问一问。', en: 'Documents also expire or are amended, so this is only a hint: worth a question when it does not add up.' },
  message: (p, lang) => lang === 'zh'
    ? `表二「${p.row}」：上年现行有效 ${p.last} + 本年制发 ${p.issued} − 本年废止 ${p.repealed} = ${p.expected}，但本年现行有效件数为 ${p.actual}。`
    : `Table 2, “${p.row}”: last year in force ${p.last} + issued ${p.issued} − repealed ${p.repealed} = ${p.expected}, but this year in force is ${p.actual}.`,
  check(ctx) {
    const prev = ctx.previous;
    if (!prev || ctx.templateId !== '2021' || prev.template !== '2021') return;
    const unread = !prev.tables['2'] ? prev : !ctx.model.tables['2'] ? ctx.model : null;
    if (unread) {
      ctx.notChecked(unread === prev
        ? { zh: `已找到上一年的报告 ${prev.source}，但未能读出其表二`, en: `the report on the year before (${prev.source}) was found, but its table 2 could not be read` }
        : { zh: `已找到上一年的报告 ${prev.source}，但未能读出本报告的表二`, en: `the report on the year before (${prev.source}) was found, but this report’s table 2 could not be read` });
      return;
    }
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

/** findings of the cross-year rules for `later`, given the same agency's report of the year before */
export function crossYearFindings(later: ReportModel, earlier: ReportModel, lang: Lang): Finding[] {
  return evaluate(CROSS_YEAR, later, lang, earlier).findings;
}
