// `extract`: tidy numbers, one record per value cell, in csv (UTF-8 with BOM) or jsonl.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, parseCsv, REAL_PAGE, runCli, seed, tempDir } from './run';

const COLUMNS = ['source', 'agency', 'year', 'table', 'row', 'column', 'value', 'raw'];

describe('extract', () => {
  it('csv: BOM, the tidy header, one row per value cell; signed raw text neutralised for spreadsheets', async () => {
    const run = await runCli(['extract', seed('001')]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`\ufeff${COLUMNS.join(',')}\r\n`)).toBe(true);
    const rows = parseCsv(run.stdout);
    expect(new Set(rows.map((r) => r.table))).toEqual(new Set(['2', '3', '4']));
    for (const r of rows) expect(r).toMatchObject({ source: seed('001'), agency: '同江市工业信息化科技局', year: '2020' });
    expect(rows.find((r) => r.row === '第二十条第（五）项 / 行政许可' && r.column === '本年增/减')).toMatchObject({ value: '2', raw: "'+2" });
    expect(rows.filter((r) => r.table === '4').map((r) => r.column)).toContain('行政诉讼 / 复议后起诉 / 总计');
  });

  it('jsonl: the same records, typed, with exactly the tidy fields', async () => {
    const [csv, jsonl] = await Promise.all([runCli(['extract', seed('001'), REAL_PAGE]), runCli(['extract', '--format', 'jsonl', seed('001'), REAL_PAGE])]);
    const records = jsonLines(jsonl.stdout);
    expect(records).toHaveLength(parseCsv(csv.stdout).length);
    for (const r of records) {
      expect(Object.keys(r)).toEqual(COLUMNS);
      expect([2, 3, 4]).toContain(r.table);
      expect(typeof r.raw).toBe('string');
      expect(r.value === null || typeof r.value === 'number').toBe(true);
    }
    const page = records.filter((r) => r.source === REAL_PAGE);
    expect(page.find((r) => r.table === 3 && r.row === '一、本年新收政府信息公开申请数量' && r.column === '自然人')).toMatchObject({ value: 26, year: 2023 });
    expect(page.filter((r) => r.table === 4).every((r) => r.row === null && r.column !== null)).toBe(true);
  });

  it('values of a row that does not fit the columns carry no column label', async () => {
    const records = jsonLines((await runCli(['extract', '--format', 'jsonl', seed('002')])).stdout);
    const granted = records.filter((r) => r.row === '三、本年度办理结果 / （一）予以公开');
    expect(granted).toHaveLength(6);
    expect(granted.every((r) => r.column === null)).toBe(true);
  });

  it('a page that is not a report gives no records; an unreadable input exits 2 and the others are still extracted', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'news.html'), '<html><head><title>工信局召开会议</title></head><body><p>今天召开会议。</p></body></html>');
    const missing = join(dir, 'missing.txt');
    const run = await runCli(['extract', '--format', 'jsonl', join(dir, 'news.html'), missing, seed('003')]);
    const records = jsonLines(run.stdout);
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.source === seed('003'))).toBe(true);
    expect(run.stderr).toContain(`${missing}: no such file or directory`);
    expect(run.code).toBe(2);
  });
});
