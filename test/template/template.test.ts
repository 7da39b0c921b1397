// The template as data: the shapes the extractor and the rules read from it (no widths written elsewhere).
import { describe, expect, it } from 'vitest';
import {
  joinPath, TABLE3_TOTAL, TABLE3_WIDTH, TABLE4, TABLE4_GROUP_COLUMNS, TABLE4_WIDTH, tableName, tableTitle, TEMPLATES, templateForYear,
} from '../../src/template';

describe('the template', () => {
  it('table 3: seven applicant columns, 总计 last; the 2021 template splits （六）其他处理 into three rows', () => {
    expect(TABLE3_WIDTH).toBe(7);
    expect(TEMPLATES['2021'].table3.columns[TABLE3_TOTAL].path).toEqual(['总计']);
    expect(TEMPLATES['2021'].table3.rows.filter((r) => r.id.startsWith('other')).map((r) => r.id)).toEqual(['other.1', 'other.2', 'other.3']);
    expect(TEMPLATES['2019'].table3.rows.filter((r) => r.id.startsWith('other')).map((r) => r.id)).toEqual(['other']);
  });

  it('table 4: fifteen columns in three groups of four outcomes and their total', () => {
    expect(TABLE4_WIDTH).toBe(15);
    expect(TABLE4_GROUP_COLUMNS.map((g) => g.total)).toEqual([4, 9, 14]);
    expect(TABLE4_GROUP_COLUMNS.map((g) => g.parts)).toEqual([[0, 1, 2, 3], [5, 6, 7, 8], [10, 11, 12, 13]]);
    for (const g of TABLE4_GROUP_COLUMNS) expect(TABLE4.columns[g.total].path.at(-1)).toBe('总计');
    expect(joinPath(TABLE4_GROUP_COLUMNS[1].path)).toBe('行政诉讼 / 未经复议直接起诉');
  });

  it('every row and column id is unique within its table', () => {
    for (const def of Object.values(TEMPLATES)) {
      const ids3 = def.table3.rows.map((r) => r.id);
      expect(new Set(ids3).size).toBe(ids3.length);
      const ids2 = def.table2.blocks.flatMap((b) => b.rows.map((r) => `${b.id}.${r.id}`));
      expect(new Set(ids2).size).toBe(ids2.length);
    }
  });

  it('names tables as the template does, and picks the template by year', () => {
    expect(tableName(3)).toBe('表三');
    expect(tableTitle(2)).toBe('表二 主动公开政府信息情况');
    expect([2019, 2020, 2021, 2024].map(templateForYear)).toEqual(['2019', '2019', '2021', '2021']);
  });
});
