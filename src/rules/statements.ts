// What the prose says, against the tables and the calendar.
import { TABLE3_TOTAL, TABLE4_GROUP_COLUMNS, TABLE4_WIDTH } from '../template';
import { deadlineOf, levelOf } from '../extract/identity';
import { findRow, fits, loc } from './grid';
import type { Rule } from './types';

export const narrativeMismatch: Rule = {
  id: 'narrative-mismatch', severity: 'error', scope: 'report', order: 60, tags: ['statements', 'table-3', 'table-4'],
  reads: { tables: { 3: ['new', 'carried'], 4: 'all' }, parts: ['statements'] },
  params: { kind: 'string', actual: 'number', new: 'number', withCarried: 'number', text: 'string' },
  check(ctx) {
    const { statements } = ctx.model;
    if (statements.applications.length) {
      const nw = findRow(ctx.model, 3, 'new');
      const carried = findRow(ctx.model, 3, 'carried');
      const total = nw && fits(ctx.template, 3, nw) ? nw.cells[TABLE3_TOTAL] : null;
      if (!total || total.kind !== 'number') {
        ctx.notChecked('new-total-unreadable', loc(3, null, null, statements.applications.map((s) => s.anchor)));
      } else {
        const newTotal = total.value!;
        const carriedTotal = carried && fits(ctx.template, 3, carried) && carried.cells[TABLE3_TOTAL].kind !== 'text' ? carried.cells[TABLE3_TOTAL].value ?? 0 : 0;
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
    if (none && t4 && t4.cells.length === TABLE4_WIDTH) {
      let sum = 0;
      for (const c of t4.cells) if (c.kind === 'number') sum += Math.abs(c.value ?? 0);
      if (sum > 0) {
        const totals = TABLE4_GROUP_COLUMNS.map((g) => t4.cells[g.total].value ?? 0).reduce((a, b) => a + b, 0);
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
  id: 'fee-statement-missing', severity: 'warning', scope: 'report', order: 160, tags: ['statements'],
  reads: { parts: ['statements', 'sections'] },
  params: {},
  check(ctx) {
    const { year, statements, sections } = ctx.model;
    if (!year || year < 2021 || statements.fee) return;
    const s6 = sections.find((s) => s.id === 's6');
    ctx.report({ location: { table: null, section: '六、其他需要报告的事项', row: null, column: null, cells: s6 ? [s6.anchor] : [], anchor: s6?.anchor ?? null }, expected: '信息处理费的说明', actual: null, params: {} });
  },
};

export const yearMismatch: Rule = {
  id: 'year-mismatch', severity: 'warning', scope: 'report', order: 170, tags: ['statements'],
  reads: { parts: ['years', 'sections'] },
  params: { title: 'number', actual: 'number', where: 'string' },
  check(ctx) {
    const { title, period, body } = ctx.model.years;
    if (!title) return;
    for (const [year, where] of [[period, 'period'], [body, 'body']] as const) {
      if (year === null || year === title) continue;
      const s1 = ctx.model.sections.find((s) => s.id === 's1');
      ctx.report({ location: { table: null, section: '一、总体情况', row: null, column: null, cells: s1 ? [s1.anchor] : [], anchor: s1?.anchor ?? null }, expected: title, actual: year, params: { title, actual: year, where } });
    }
  },
};

export const latePublication: Rule = {
  id: 'late-publication', severity: 'info', scope: 'report', order: 190, tags: ['statements'],
  reads: {},
  params: { expected: 'string', actual: 'string', levelZh: 'string', levelEn: 'string' },
  check(ctx) {
    const { publishedAt, year, agency } = ctx.model;
    if (!publishedAt || !year) return;
    const level = ctx.model.level !== undefined ? ctx.model.level : levelOf(agency);
    // on time for either deadline: nothing to say, whoever published it
    if (publishedAt <= `${year + 1}-01-31`) return;
    if (!level) {
      if (agency) ctx.notChecked('level-unknown', undefined, { agency });
      else ctx.notChecked('agency-unknown');
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
