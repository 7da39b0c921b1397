// The 勾稽关系: sums that must hold within tables 3 and 4.
import type { CellValue } from '../model/types';
import { TABLE4_GROUPS } from '../template/tables';
import { blankTotals, columnPath, findRow, fits, loc, resultRowIds, rowPath, sumOf, uncheckable } from './grid';
import type { Rule, RuleContext, Text } from './types';

const notCheckedWhy = (kind: 'text' | 'blank-total' | 'shifted' | 'missing'): Text => ({
  text: { zh: '有单元格不是数字', en: 'a cell holds text, not a number' },
  'blank-total': { zh: '总计单元格空缺（未填写总计）', en: 'the total cell is blank (no total was given)' },
  shifted: { zh: '有行的数值个数与列数不符，无法对齐到列', en: 'a row has more or fewer values than columns, so they cannot be put in columns' },
  missing: { zh: '所需的行缺失', en: 'a row it needs is missing' },
}[kind]);

/** one relation "parts = total": report it, or say why it could not be checked */
function relation(ctx: RuleContext, args: {
  parts: CellValue[]; totals: CellValue[]; row: string | null; column: string | null; table: 3 | 4;
  params: Record<string, string | number>;
}): void {
  const why = uncheckable([...args.parts, ...args.totals], blankTotals(ctx.model, ctx.template));
  const cells = [...args.totals, ...args.parts].map((c) => c.anchor);
  if (why) { ctx.notChecked(notCheckedWhy(why), loc(args.table, args.row, args.column, cells)); return; }
  const expected = sumOf(args.parts);
  const actual = sumOf(args.totals);
  if (expected !== actual) ctx.report({ location: loc(args.table, args.row, args.column, cells), expected, actual, params: { ...args.params, expected, actual } });
}

const fmt = (n: string | number) => String(n);
/** how far the handled side is from the received side, in words */
const gap = (p: Record<string, string | number>) => Number(p.actual) - Number(p.expected);
const gapZh = (p: Record<string, string | number>) => (gap(p) < 0 ? `少了 ${-gap(p)}` : `多了 ${gap(p)}`);
const gapEn = (p: Record<string, string | number>) => (gap(p) < 0 ? `${-gap(p)} short` : `${gap(p)} too many`);

export const balance: Rule = {
  id: 'balance', severity: 'error', scope: 'report',
  help: { zh: '每一列：一（本年新收）+ 二（上年结转）= 三（七）总计 + 四（结转下年度）', en: 'Each column: 一 new + 二 carried over = 三(七) total handled + 四 carried to next year' },
  why: { zh: '收到的申请必须要么办结、要么结转下年；两边不等说明有数字填错或漏填。', en: 'Every application received is either handled or carried forward; if the two sides differ, a figure is wrong or missing.' },
  message: (p, lang) => lang === 'zh'
    ? `表三「${p.column}」列：一（本年新收 ${fmt(p.new)}）+ 二（上年结转 ${fmt(p.carried)}）应为 ${p.expected}，但 三（七）总计 ${fmt(p.total)} + 四（结转下年度 ${fmt(p.carryOver)}）= ${p.actual}，${gapZh(p)}。`
    : `Table 3, column “${p.column}”: 一 new (${fmt(p.new)}) + 二 carried over (${fmt(p.carried)}) should be ${p.expected}, but 三(七) total (${fmt(p.total)}) + 四 carried to next year (${fmt(p.carryOver)}) = ${p.actual}, ${gapEn(p)}.`,
  check(ctx) {
    const rows = ['new', 'carried', 'total', 'carryOver'].map((id) => findRow(ctx.model, 3, id));
    if (!ctx.model.tables['3']) return;
    if (rows.some((r) => !r)) { ctx.notChecked(notCheckedWhy('missing'), loc(3, null, null, [])); return; }
    const [nw, carried, total, carryOver] = rows as NonNullable<(typeof rows)[number]>[];
    if (![nw, carried, total, carryOver].every((r) => fits(ctx.template, 3, r))) {
      ctx.notChecked(notCheckedWhy('shifted'), loc(3, null, null, [])); return;
    }
    const notGiven = blankTotals(ctx.model, ctx.template);
    for (let j = 0; j < 7; j++) {
      const column = columnPath(ctx.template, 3, j);
      const cells = [nw.cells[j], carried.cells[j], total.cells[j], carryOver.cells[j]];
      const why = uncheckable(cells, notGiven);
      const anchors = cells.map((c) => c.anchor);
      if (why) { ctx.notChecked(notCheckedWhy(why), loc(3, null, column, anchors)); continue; }
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
  id: 'row-total', severity: 'error', scope: 'report',
  help: { zh: '表三每一行：总计 = 自然人 + 五类法人或其他组织之和', en: 'Each row of table 3: 总计 = natural persons + the five kinds of organisations' },
  why: { zh: '总计应等于各类申请人之和；不等说明某类申请人的数字或总计填错。', en: 'The total must equal the sum over applicant types; if not, one of them or the total is wrong.' },
  message: (p, lang) => lang === 'zh'
    ? `表三「${p.row}」行：各类申请人之和为 ${p.expected}，但「总计」填的是 ${p.actual}。`
    : `Table 3, row “${p.row}”: the applicant columns add up to ${p.expected}, but 总计 says ${p.actual}.`,
  check(ctx) {
    for (const row of ctx.model.tables['3']?.rows ?? []) {
      if (!fits(ctx.template, 3, row)) continue; // cell-count reports it and lists it as not checked
      const path = rowPath(ctx.template, 3, row.id);
      relation(ctx, { parts: row.cells.slice(0, 6), totals: [row.cells[6]], row: path, column: columnPath(ctx.template, 3, 6), table: 3, params: { row: path } });
    }
  },
};

export const resultTotal: Rule = {
  id: 'result-total', severity: 'error', scope: 'report',
  help: { zh: '每一列：三（七）总计 = （一）至（六）各项办理结果之和', en: 'Each column: 三(七) total = the sum of results (一) to (六)' },
  why: { zh: '办理结果的总计应等于各种结果之和；不等说明有结果漏计或重复计算。', en: 'The total of results must equal the sum of the individual results; otherwise a result is missing or counted twice.' },
  message: (p, lang) => lang === 'zh'
    ? `表三「${p.column}」列：（一）至（六）各项办理结果之和为 ${p.expected}，但（七）总计填的是 ${p.actual}。`
    : `Table 3, column “${p.column}”: results (一) to (六) add up to ${p.expected}, but (七) total says ${p.actual}.`,
  check(ctx) {
    if (!ctx.model.tables['3']) return;
    const ids = resultRowIds(ctx.template);
    const rows = ids.map((id) => findRow(ctx.model, 3, id));
    const total = findRow(ctx.model, 3, 'total');
    if (!total || rows.some((r) => !r)) { ctx.notChecked(notCheckedWhy('missing'), loc(3, rowPath(ctx.template, 3, 'total'), null, [])); return; }
    const parts = rows as NonNullable<(typeof rows)[number]>[];
    if (!fits(ctx.template, 3, total) || parts.some((r) => !fits(ctx.template, 3, r))) {
      ctx.notChecked(notCheckedWhy('shifted'), loc(3, rowPath(ctx.template, 3, 'total'), null, [total.anchor])); return;
    }
    for (let j = 0; j < 7; j++) {
      const column = columnPath(ctx.template, 3, j);
      relation(ctx, { parts: parts.map((r) => r.cells[j]), totals: [total.cells[j]], row: rowPath(ctx.template, 3, 'total'), column, table: 3, params: { column } });
    }
  },
};

export const reviewTotal: Rule = {
  id: 'review-total', severity: 'error', scope: 'report',
  help: { zh: '表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', en: 'Table 4, each group: 总计 = upheld + corrected + other + pending' },
  why: { zh: '复议、诉讼案件的总数应等于各种结果之和；不等说明有案件漏计。', en: 'The number of review or litigation cases must equal the sum of their outcomes; otherwise a case is missing.' },
  message: (p, lang) => lang === 'zh'
    ? `表四「${p.group}」：结果维持、结果纠正、其他结果、尚未审结之和为 ${p.expected}，但「总计」填的是 ${p.actual}。`
    : `Table 4, “${p.group}”: upheld + corrected + other + pending = ${p.expected}, but 总计 says ${p.actual}.`,
  check(ctx) {
    const row = findRow(ctx.model, 4, 'outcomes');
    if (!row) return;
    if (row.cells.length !== 15) { ctx.notChecked(notCheckedWhy('shifted'), loc(4, null, null, [row.anchor])); return; }
    TABLE4_GROUPS.forEach((g, i) => {
      const cells = row.cells.slice(i * 5, i * 5 + 5);
      const group = g.path.join(' / ');
      relation(ctx, { parts: cells.slice(0, 4), totals: [cells[4]], row: null, column: columnPath(ctx.template, 4, i * 5 + 4), table: 4, params: { group } });
    });
  },
};

export const ARITHMETIC: Rule[] = [balance, rowTotal, resultTotal, reviewTotal];
