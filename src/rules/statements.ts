// What the prose says, against the tables and the calendar.
import { deadlineOf, levelOf } from '../extract/identity';
import { findRow, fits, loc } from './grid';
import type { Rule } from './types';

export const narrativeMismatch: Rule = {
  id: 'narrative-mismatch', severity: 'error', scope: 'report',
  help: { zh: '正文陈述的数字与统计表矛盾', en: 'The text states a figure that the tables contradict' },
  why: { zh: '同一份报告里文字与表格说法不一，至少有一处是错的。', en: 'The report contradicts itself: at least one of the two is wrong.' },
  message: (p, lang) => p.kind === 'applications'
    ? (lang === 'zh'
      ? `正文称收到申请 ${p.actual} 件（“${p.text}”），但表三本年新收总计为 ${p.new}${p.withCarried !== p.new ? `，加上年结转为 ${p.withCarried}` : ''}。`
      : `The text says ${p.actual} applications were received (“${p.text}”), but table 3 shows ${p.new} new${p.withCarried !== p.new ? ` (${p.withCarried} with those carried over)` : ''}.`)
    : (lang === 'zh'
      ? `正文称未发生行政复议、行政诉讼（“${p.text}”），但表四的总计合计为 ${p.actual}。`
      : `The text says there was no administrative review or litigation (“${p.text}”), but table 4’s totals add up to ${p.actual}.`),
  check(ctx) {
    const { statements } = ctx.model;
    if (statements.applications.length) {
      const nw = findRow(ctx.model, 3, 'new');
      const carried = findRow(ctx.model, 3, 'carried');
      const total = nw && fits(ctx.template, 3, nw) ? nw.cells[6] : null;
      if (!total || total.kind !== 'number') {
        ctx.notChecked({ zh: '表三“本年新收”的总计无法读取', en: 'table 3’s total of new applications cannot be read' }, loc(3, null, null, statements.applications.map((s) => s.anchor)));
      } else {
        const newTotal = total.value!;
        const carriedTotal = carried && fits(ctx.template, 3, carried) && carried.cells[6].kind !== 'text' ? carried.cells[6].value ?? 0 : 0;
        for (const s of statements.applications) {
          if (s.value === newTotal || s.value === newTotal + carriedTotal) continue;
          ctx.report({
            location: { table: 3, section: null, row: '一、本年新收政府信息公开申请数量', column: '总计', cells: [s.anchor, total.anchor], anchor: s.anchor },
            expected: newTotal, actual: s.value,
            params: { kind: 'applications', actual: s.value, new: newTotal, withCarried: newTotal + carriedTotal, text: s.text.slice(0, 60) },
          });
        }
      }
    }
    const none = statements.noReviewLitigation;
    const t4 = findRow(ctx.model, 4, 'outcomes');
    if (none && t4 && t4.cells.length === 15) {
      const sum = t4.cells.reduce((s, c) => s + (c.kind === 'number' ? Math.abs(c.value ?? 0) : 0), 0);
      if (sum > 0) {
        const totals = [4, 9, 14].map((i) => t4.cells[i].value ?? 0).reduce((a, b) => a + b, 0);
        ctx.report({
          location: { table: 4, section: null, row: null, column: null, cells: [none.anchor, t4.anchor], anchor: none.anchor },
          expected: 0, actual: totals || sum,
          params: { kind: 'review', actual: totals || sum, text: none.text.slice(0, 60) },
        });
      }
    }
  },
};

export const feeStatementMissing: Rule = {
  id: 'fee-statement-missing', severity: 'warning', scope: 'report',
  help: { zh: '2021 年起的报告未说明是否收取信息处理费', en: 'A report on 2021 or later does not say whether information processing fees were collected' },
  why: { zh: '2021 年起的格式要求报告说明信息处理费（国办函〔2020〕109号）的收取情况，公众据此了解是否被收费。', en: 'From 2021 the format requires a statement on information processing fees (国办函〔2020〕109号), so the public knows whether fees were charged.' },
  message: (_p, lang) => lang === 'zh'
    ? '报告没有说明是否收取信息处理费（通常写在“六、其他需要报告的事项”）。'
    : 'The report does not say whether information processing fees (信息处理费) were collected (usually stated in section 六).',
  check(ctx) {
    const { year, statements, sections } = ctx.model;
    if (!year || year < 2021 || statements.fee) return;
    const s6 = sections.find((s) => s.id === 's6');
    ctx.report({ location: { table: null, section: '六、其他需要报告的事项', row: null, column: null, cells: s6 ? [s6.anchor] : [], anchor: s6?.anchor ?? null }, expected: '信息处理费的说明', actual: null, params: {} });
  },
};

export const yearMismatch: Rule = {
  id: 'year-mismatch', severity: 'warning', scope: 'report',
  help: { zh: '标题年份、统计期间和正文年份不一致', en: 'The title’s year, the statistics period and the body disagree' },
  why: { zh: '年份不一致时，读者无法确定报告和数据说的是哪一年。', en: 'When the years disagree, a reader cannot tell which year the report and its figures cover.' },
  message: (p, lang) => lang === 'zh'
    ? `标题年份为 ${p.title}，但${p.whereZh}为 ${p.actual}。`
    : `The title says ${p.title}, but the ${p.whereEn} says ${p.actual}.`,
  check(ctx) {
    const { title, period, body } = ctx.model.years;
    if (!title) return;
    for (const [year, whereZh, whereEn] of [[period, '统计期间', 'statistics period'], [body, '“一、总体情况”开头的年份', 'opening of section 一']] as const) {
      if (year === null || year === title) continue;
      const s1 = ctx.model.sections.find((s) => s.id === 's1');
      ctx.report({ location: { table: null, section: '一、总体情况', row: null, column: null, cells: s1 ? [s1.anchor] : [], anchor: s1?.anchor ?? null }, expected: title, actual: year, params: { title, actual: year, whereZh, whereEn } });
    }
  },
};

export const latePublication: Rule = {
  id: 'late-publication', severity: 'info', scope: 'report',
  help: { zh: '发布日期晚于条例规定的期限', en: 'Published after the deadline of the regulations (art. 49)' },
  why: { zh: '条例第四十九、五十条规定：部门报告应于次年1月31日前、县级以上人民政府报告应于3月31日前公布。', en: 'The regulations (art. 49–50) require a department’s report by 31 January and a people’s government’s by 31 March of the following year.' },
  message: (p, lang) => lang === 'zh'
    ? `发布日期为 ${p.actual}，晚于${p.levelZh ? `${p.levelZh}报告的` : ''}规定期限 ${p.expected}。`
    : `Published on ${p.actual}, after the deadline of ${p.expected}${p.levelEn ? ` for a ${p.levelEn}’s report` : ''}.`,
  check(ctx) {
    const { publishedAt, year, agency } = ctx.model;
    if (!publishedAt || !year) return;
    const level = ctx.model.level !== undefined ? ctx.model.level : levelOf(agency);
    // on time for either deadline: nothing to say, whoever published it
    if (publishedAt <= `${year + 1}-01-31`) return;
    if (!level) {
      ctx.notChecked(agency
        ? { zh: `从机关名称“${agency}”看不出是人民政府还是部门，不知适用 1 月 31 日还是 3 月 31 日的期限`, en: `the name “${agency}” does not tell a people’s government from a department, so the deadline (31 January or 31 March) is unknown` }
        : { zh: '未能读出发布机关，不知适用 1 月 31 日还是 3 月 31 日的期限', en: 'the publishing body could not be read, so the deadline (31 January or 31 March) is unknown' });
      return;
    }
    const deadline = deadlineOf(year, level);
    if (publishedAt <= deadline) return;
    const levelZh = level === 'government' ? '人民政府' : '部门';
    const levelEn = level === 'government' ? 'people’s government' : 'department';
    ctx.report({ location: { table: null, section: null, row: null, column: null, cells: [], anchor: null }, expected: deadline, actual: publishedAt, params: { expected: deadline, actual: publishedAt, levelZh, levelEn } });
  },
};

export const STATEMENTS: Rule[] = [narrativeMismatch, feeStatementMissing, yearMismatch, latePublication];
