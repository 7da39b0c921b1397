// The five seed reports (test/fixtures/seeds, README there) give at least what a careful reader finds in them, and
// nothing that contradicts it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../src/audit';
import { readText } from '../src/page/text';
import { readHtmlString } from '../src/node/cheerio';

const dir = new URL('./fixtures/seeds/', import.meta.url);
const seed = (name: string) => auditDoc(readText(readFileSync(new URL(name, dir), 'utf8')), name);
const rules = (r: ReturnType<typeof seed>['result'], id: string) => r.findings.filter((f) => f.rule === id);
const errors = (r: ReturnType<typeof seed>['result']) => r.findings.filter((f) => f.severity === 'error');

describe('seed 000 — 工信局 2022, tab-separated, broken table 3', () => {
  const { result, model } = seed('000_642eda999c787a13.txt');
  it('is read as a 2022 report on the 2021 template', () => {
    expect(result).toMatchObject({ isReport: true, year: 2022, template: '2021', agency: '工信局' });
    expect(model.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
  });
  it('flags the rows whose value count is not seven, with the counts the README gives', () => {
    const counts = Object.fromEntries(rules(result, 'cell-count').map((f) => [f.location.row!.split(' / ').at(-1), f.actual]));
    expect(counts['（一）予以公开']).toBe(1);
    expect(counts['（二）部分公开（区分处理的，只计这一情形，不计其他情形）']).toBe(8);
    expect(counts['1.属于国家秘密']).toBeUndefined(); // seven values: fine
    for (const row of ['2.其他法律行政法规禁止公开', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '5.要求行政机关确认或重新出具已获取信息', '3.其他']) expect(counts[row]).toBe(8);
    expect(counts['（七）总计']).toBe(9);
    expect(counts['四、结转下年度继续办理']).toBe(9);
  });
  it('reports the two label deviations and keeps the totals "not checked", not wrong', () => {
    const labels = rules(result, 'label-mismatch').map((f) => `${f.actual}→${f.expected}`);
    expect(labels).toContain('社会组织→社会公益组织');
    expect(labels).toContain('2.其他法律法规禁止公开→2.其他法律行政法规禁止公开');
    expect(errors(result)).toEqual([]);
    expect(result.notChecked.map((n) => n.rule)).toEqual(expect.arrayContaining(['balance', 'result-total']));
    expect(rules(result, 'fee-statement-missing')).toEqual([]);
  });
});

describe('seed 001 — 同江市, 2020, one cell per line', () => {
  const { result, model } = seed('001_0af6aedfa9b98a0c.txt');
  it('joins the title split over two lines and reads the 2019 template', () => {
    expect(result).toMatchObject({ isReport: true, year: 2020, template: '2019', agency: '同江市工业信息化科技局' });
    expect(result.title).toBe('同江市工业信息化科技局2020年政府信息公开工作年度报告');
  });
  it('reads signed 本年增/减, the 第（九）项 block and the single （六） row', () => {
    const t2 = model.tables['2']!.rows;
    expect(t2.find((r) => r.id === 'item5.licensing')!.cells.map((c) => c.value)).toEqual([0, 2, 0]);
    expect(t2.find((r) => r.id === 'item6.penalty')!.cells.map((c) => c.value)).toEqual([0, 3, 0]);
    expect(t2.find((r) => r.id === 'item9.procurement')).toBeTruthy();
    expect(model.tables['3']!.rows.find((r) => r.id === 'other')!.cells).toHaveLength(7);
  });
  it('asks no fee statement of a 2020 report and finds no template mismatch or error', () => {
    expect(rules(result, 'fee-statement-missing')).toEqual([]);
    expect(rules(result, 'template-mismatch')).toEqual([]);
    expect(rules(result, 'cell-count')).toEqual([]);
    expect(errors(result)).toEqual([]);
  });
});

describe('seed 002 — 石嘴山市, 2023, six values for seven columns', () => {
  const { result } = seed('002_ef2403cc6bacf603.txt');
  it('flags every row under 三 and leaves their totals unverified', () => {
    const rows = rules(result, 'cell-count');
    expect(rows.length).toBeGreaterThanOrEqual(22);
    expect(rows.every((f) => f.location.row!.startsWith('三、本年度办理结果') && f.actual === 6)).toBe(true);
    expect(result.notChecked.length).toBeGreaterThan(0);
    expect(errors(result)).toEqual([]);
  });
  it('reads past the stray rule line, finds the fee statement', () => {
    expect(result.findings.filter((f) => f.location.row === '四、结转下年度继续办理')).toEqual([]);
    expect(rules(result, 'fee-statement-missing')).toEqual([]);
    expect(result).toMatchObject({ year: 2023, template: '2021', agency: '石嘴山市工业和信息化局' });
  });
});

describe('seed 003 — 灋河回族区, 2023, markdown pipe tables', () => {
  const { result, model } = seed('003_03dce372dd454866.txt');
  it('finds values past one to three label cells and the orphaned "3. 其他"', () => {
    expect(rules(result, 'cell-count')).toEqual([]);
    expect(model.tables['3']!.rows.find((r) => r.id === 'other.3')!.cells).toHaveLength(7);
    expect(rules(result, 'missing-row')).toEqual([]);
  });
  it('has no fee statement (section 六 is "无")', () => {
    expect(rules(result, 'fee-statement-missing')).toHaveLength(1);
    expect(errors(result)).toEqual([]);
  });
});

describe('seed 004 — 西工区, 2024, table 2 split at a page break', () => {
  const { result, model } = seed('004_92a07e95d4d1d59d.txt');
  it('reads both halves of table 2', () => {
    const ids = model.tables['2']!.rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['item6.enforcement', 'item8.fees']));
    expect(rules(result, 'missing-row')).toEqual([]);
  });
  it('notes 本年度止件数 and the missing fee statement', () => {
    expect(rules(result, 'label-mismatch').map((f) => f.actual)).toContain('本年度止件数');
    expect(rules(result, 'fee-statement-missing')).toHaveLength(1);
    expect(model.tables['3']!.rows.find((r) => r.id === 'other.3')!.cells).toHaveLength(7);
    expect(errors(result)).toEqual([]);
  });
});

describe('the real page — 沭阳县发展和改革局 2023', () => {
  const html = readFileSync(new URL('./fixtures/real/shuyang-fgj-2023.html', import.meta.url), 'utf8');
  const { result, model } = auditDoc(readHtmlString(html), 'shuyang');
  it('is a 2023 report on the 2021 template, published 2024-01-17', () => {
    expect(result).toMatchObject({ isReport: true, year: 2023, template: '2021', publishedAt: '2024-01-17', agency: '沭阳县发展和改革局' });
    expect(model.sections).toHaveLength(6);
  });
  it('reads blank organisation columns as placeholders: one finding, every relation holds', () => {
    expect(rules(result, 'placeholder-value')).toHaveLength(1);
    expect(rules(result, 'placeholder-value')[0].location.cells).toHaveLength(125);
    expect(errors(result)).toEqual([]);
    expect(result.notChecked).toEqual([]);
    expect(result.verdict).toBe('consistent');
  });
  it('notes the old label 规范性文件, agrees with the narrative (26) and finds the fee statement', () => {
    expect(rules(result, 'label-mismatch').map((f) => f.actual)).toEqual(['规范性文件']);
    expect(model.statements.applications.map((s) => s.value)).toContain(26);
    expect(rules(result, 'narrative-mismatch')).toEqual([]);
    expect(rules(result, 'fee-statement-missing')).toEqual([]);
  });
});
