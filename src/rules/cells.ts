// What single cells and rows show: shifted rows, text where a number belongs, placeholders, impossible numbers.
import type { TableNo } from '../model/types';
import { tableWidth } from '../extract/expected';
import { TEMPLATES } from '../template';
import { columnPath, loc, rowPath, rowsOf } from './grid';
import type { Rule } from './types';

const TABLES: TableNo[] = [2, 3, 4];

export const cellCount: Rule = {
  id: 'cell-count', severity: 'warning', scope: 'report',
  help: { zh: '一行的数值个数与表格的列数不符（错位或合并的单元格）', en: 'A row has more or fewer values than the table has columns (shifted or merged cells)' },
  why: { zh: '数字无法对应到列，读者无法判断每个数字属于哪一类；这一行参与的勾稽关系都无法核对。', en: 'The numbers cannot be matched to their columns, so a reader cannot tell what each counts; the sums this row is in cannot be checked.' },
  message: (p, lang) => lang === 'zh'
    ? `表${p.tableZh}「${p.row}」行应有 ${p.expected} 个数值，实际有 ${p.actual} 个。`
    : `Table ${p.table}, row “${p.row}”: expected ${p.expected} values, found ${p.actual}.`,
  check(ctx) {
    for (const table of TABLES) {
      for (const row of rowsOf(ctx.model, table)) {
        const width = tableWidth(ctx.templateId, table, row.id);
        if (width === null || row.cells.length === width) continue;
        const path = table === 4 ? '行政复议、行政诉讼结果' : rowPath(ctx.template, table, row.id);
        ctx.report({
          location: loc(table, path, null, [row.anchor, ...row.cells.map((c) => c.anchor)]),
          expected: width, actual: row.cells.length,
          params: { table, tableZh: '一二三四'[table - 1], row: path, expected: width, actual: row.cells.length },
        });
        if (table !== 2) ctx.notChecked({ zh: '该行数值个数不符，无法对齐到列', en: 'the row’s values cannot be put in columns' }, loc(table, path, null, [row.anchor]));
      }
    }
  },
};

export const nonNumeric: Rule = {
  id: 'non-numeric', severity: 'warning', scope: 'report',
  help: { zh: '数值单元格里是文字，既不是数字也不是表示零的占位符', en: 'A value cell holds text that is neither a number nor a placeholder for zero' },
  why: { zh: '统计表应填数字；填了文字（如“见附件”）的单元格无法核对，其参与的勾稽关系也无法核对。', en: 'Statistics must be numbers; a cell with text (such as “see attachment”) cannot be checked, nor can the sums it is in.' },
  message: (p, lang) => lang === 'zh'
    ? `表${p.tableZh}「${p.row}」行「${p.column}」列应为数字，实际填写“${p.actual}”。`
    : `Table ${p.table}, row “${p.row}”, column “${p.column}”: expected a number, found “${p.actual}”.`,
  check(ctx) {
    for (const table of TABLES) {
      for (const row of rowsOf(ctx.model, table)) {
        row.cells.forEach((c, j) => {
          if (c.kind !== 'text') return;
          const path = table === 4 ? '' : rowPath(ctx.template, table, row.id);
          const column = columnPath(ctx.template, table, j, row.id);
          ctx.report({ location: loc(table, path || null, column, [c.anchor]), expected: 'number', actual: c.raw, params: { table, tableZh: '一二三四'[table - 1], row: path, column, actual: c.raw } });
        });
      }
    }
  },
};

export const placeholderValue: Rule = {
  id: 'placeholder-value', severity: 'info', scope: 'report',
  help: { zh: '数值单元格填的是空白、“—”、“/”或“无”而不是 0（按 0 计；总计空缺则不核对）', en: 'Value cells hold blank, “—”, “/” or “无” instead of 0 (read as 0; a blank total is not checked)' },
  why: { zh: '模板要求填数字；占位符通常表示 0，但也可能是漏填，读者应留意。', en: 'The template asks for numbers; a placeholder usually means zero but may be an omission.' },
  message: (p, lang) => lang === 'zh'
    ? `表${p.tableZh}有 ${p.actual} 个单元格未填数字（空白或“—”“/”“无”），已按 0 计算。`
    : `Table ${p.table}: ${p.actual} cells hold no number (blank, “—”, “/” or “无”); read as 0.`,
  check(ctx) {
    for (const table of TABLES) {
      const cells = rowsOf(ctx.model, table).flatMap((r) => {
        const width = tableWidth(ctx.templateId, table, r.id);
        return width === null ? [] : r.cells;
      }).filter((c) => c.kind === 'placeholder');
      if (!cells.length) continue;
      // what stands in the cells, as written ("空白" for an empty cell), is the "found" side
      const written = [...new Set(cells.map((c) => c.raw.trim() || '空白'))].join('、');
      ctx.report({ location: loc(table, null, null, cells.map((c) => c.anchor)), expected: 0, actual: written, params: { table, tableZh: '一二三四'[table - 1], actual: cells.length } });
    }
  },
};

export const invalidNumber: Rule = {
  id: 'invalid-number', severity: 'error', scope: 'report',
  help: { zh: '件数为负数或小数，而这里只能是非负整数', en: 'A count is negative or fractional where only whole non-negative numbers make sense' },
  why: { zh: '申请件数、文件件数不可能是负数或小数，这个数字一定填错了。', en: 'A number of applications or documents cannot be negative or fractional: this figure is wrong.' },
  message: (p, lang) => lang === 'zh'
    ? `表${p.tableZh}「${p.row}」行「${p.column}」列应为${p.kindZh}，实际为 ${p.actual}。`
    : `Table ${p.table}, row “${p.row}”, column “${p.column}”: expected ${p.kindEn}, found ${p.actual}.`,
  check(ctx) {
    const tmpl = TEMPLATES[ctx.templateId];
    for (const table of TABLES) {
      for (const row of rowsOf(ctx.model, table)) {
        const width = tableWidth(ctx.templateId, table, row.id);
        if (width === null || row.cells.length !== width) continue;
        row.cells.forEach((c, j) => {
          if (c.kind !== 'number' || c.value === null) return;
          const kind = table === 2 ? tmpl.table2.blocks.find((b) => b.id === row.id.split('.')[0])?.columns[j]?.kind ?? 'count' : 'count';
          const bad = kind === 'count' ? c.value < 0 || !Number.isInteger(c.value) : kind === 'signed' ? !Number.isInteger(c.value) : c.value < 0;
          if (!bad) return;
          const path = table === 4 ? '' : rowPath(ctx.template, table, row.id);
          const column = columnPath(ctx.template, table, j, row.id);
          const kindZh = kind === 'money' ? '非负金额' : kind === 'signed' ? '整数' : '非负整数';
          const kindEn = kind === 'money' ? 'a non-negative amount' : kind === 'signed' ? 'a whole number' : 'a whole non-negative number';
          ctx.report({ location: loc(table, path || null, column, [c.anchor]), expected: kindEn, actual: c.value, params: { table, tableZh: '一二三四'[table - 1], row: path, column, actual: c.raw, kindZh, kindEn } });
        });
      }
    }
  },
};

export const CELLS: Rule[] = [cellCount, nonNumeric, placeholderValue, invalidNumber];
