// What single cells and rows show: shifted rows, text where a number belongs, placeholders, impossible numbers.
import type { CellValue, TableNo } from '../model/types';
import { tableWidth } from '../extract/expected';
import { TEMPLATES } from '../template';
import { anchorOf, columnPath, loc, rowPath, rowsOf } from './grid';
import type { Rule } from './types';

const TABLES: TableNo[] = [2, 3, 4];
const writtenAs = (c: CellValue): string => c.raw.trim() || '空白';

export const cellCount: Rule = {
  id: 'cell-count', severity: 'warning', scope: 'report', order: 100, tags: ['cells'],
  reads: { tables: { 2: 'all', 3: 'all', 4: 'all' } },
  params: { table: 'table', row: 'string', expected: 'number', actual: 'number' },
  check(ctx) {
    for (const table of TABLES) {
      for (const row of rowsOf(ctx.model, table)) {
        const width = tableWidth(ctx.templateId, table, row.id);
        if (width === null || row.cells.length === width) continue;
        const path = table === 4 ? '行政复议、行政诉讼结果' : rowPath(ctx.template, table, row.id);
        ctx.report({
          location: loc(table, path, null, [row.anchor, ...row.cells.map((c) => c.anchor)]),
          expected: width, actual: row.cells.length,
          params: { table, row: path, expected: width, actual: row.cells.length },
        });
        if (table !== 2) ctx.notChecked('row-shifted', loc(table, path, null, [row.anchor]));
      }
    }
  },
};

export const nonNumeric: Rule = {
  id: 'non-numeric', severity: 'warning', scope: 'report', order: 110, tags: ['cells'],
  reads: { tables: { 2: 'all', 3: 'all', 4: 'all' } },
  params: { table: 'table', row: 'string', column: 'string', actual: 'string' },
  check(ctx) {
    for (const table of TABLES) {
      for (const row of rowsOf(ctx.model, table)) {
        row.cells.forEach((c, j) => {
          if (c.kind !== 'text') return;
          const path = table === 4 ? '' : rowPath(ctx.template, table, row.id);
          const column = columnPath(ctx.template, table, j, row.id);
          ctx.report({ location: loc(table, path || null, column, [c.anchor]), expected: 'number', actual: c.raw, params: { table, row: path, column, actual: c.raw } });
        });
      }
    }
  },
};

export const placeholderValue: Rule = {
  id: 'placeholder-value', severity: 'info', scope: 'report', order: 120, tags: ['cells'],
  reads: { tables: { 2: 'all', 3: 'all', 4: 'all' } },
  params: { table: 'table', actual: 'number' },
  check(ctx) {
    for (const table of TABLES) {
      // loops, not callbacks: this runs on every page (hot path: README, Performance)
      const cells: CellValue[] = [];
      for (const r of rowsOf(ctx.model, table)) {
        if (tableWidth(ctx.templateId, table, r.id) === null) continue;
        for (const c of r.cells) if (c.kind === 'placeholder') cells.push(c);
      }
      if (!cells.length) continue;
      // what stands in the cells, as written ("空白" for an empty cell), is the "found" side
      const written = [...new Set(cells.map(writtenAs))].join('、');
      ctx.report({ location: loc(table, null, null, cells.map(anchorOf)), expected: 0, actual: written, params: { table, actual: cells.length } });
    }
  },
};

export const invalidNumber: Rule = {
  id: 'invalid-number', severity: 'error', scope: 'report', order: 130, tags: ['cells'],
  reads: { tables: { 2: 'all', 3: 'all', 4: 'all' } },
  params: { table: 'table', row: 'string', column: 'string', actual: 'string', kind: 'string' },
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
          const expected = kind === 'money' ? 'a non-negative amount' : kind === 'signed' ? 'a whole number' : 'a whole non-negative number';
          ctx.report({ location: loc(table, path || null, column, [c.anchor]), expected, actual: c.value, params: { table, row: path, column, actual: c.raw, kind } });
        });
      }
    }
  },
};

export const CELLS: Rule[] = [cellCount, nonNumeric, placeholderValue, invalidNumber];
