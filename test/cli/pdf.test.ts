// The CLI on PDFs: the real huaian-2024.pdf audited and extracted; directories, stdin and worker threads; scans,
// encrypted and broken files.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageOnlyPdf } from '../support/pdf';
import { assertValid, jsonLines, parseCsv, ROOT, runCli, tempDir } from './run';

const HUAIAN = join(ROOT, 'test/fixtures/real/huaian-2024.pdf');
const ENCRYPTED = join(ROOT, 'test/fixtures/pdf/encrypted.pdf');

describe('CLI on PDFs', () => {
  it('audit huaian-2024.pdf: a consistent 2024 report of 淮安市人民政府 on the 2021 template', async () => {
    const run = await runCli(['audit', '--format', 'json', HUAIAN]);
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout);
    assertValid(result);
    expect(result).toMatchObject({ source: HUAIAN, isReport: true, year: 2024, template: '2021', agency: '淮安市人民政府', verdict: 'consistent' });
    expect(result.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
  }, 60_000);

  it('extract huaian-2024.pdf: table 3 as its README lists it, table 4 and table 2', async () => {
    const run = await runCli(['extract', HUAIAN]);
    expect(run.code).toBe(0);
    const rows = parseCsv(run.stdout);
    const row = (table: string, label: string) => rows.filter((r) => r.table === table && r.row === label).map((r) => Number(r.value));
    expect(row('3', '一、本年新收政府信息公开申请数量')).toEqual([3001, 53, 0, 0, 61, 4, 3119]);
    expect(row('3', '二、上年结转政府信息公开申请数量')).toEqual([34, 0, 0, 0, 0, 0, 34]);
    expect(row('3', '三、本年度办理结果 / （七）总计')).toEqual([2932, 53, 0, 0, 61, 4, 3050]);
    expect(row('3', '四、结转下年度继续办理')).toEqual([103, 0, 0, 0, 0, 0, 103]);
    expect(rows.filter((r) => r.table === '3')).toHaveLength(25 * 7);
    expect(rows.filter((r) => r.table === '4').map((r) => Number(r.value))).toEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
    expect(rows.filter((r) => r.table === '2').map((r) => r.raw)).toEqual(['1', '0', '11', '8', '26', '66', '447228', '3985758', '88283', '96171.6']);
  }, 60_000);

  it('walks .pdf files in directories, reads PDF from stdin by its magic bytes, and in worker threads', async () => {
    const dir = tempDir();
    copyFileSync(HUAIAN, join(dir, 'a.pdf'));
    copyFileSync(HUAIAN, join(dir, 'b.PDF'));
    writeFileSync(join(dir, 'c.bin'), 'not an input');
    const walked = await runCli(['audit', '--format', 'jsonl', '--jobs', '2', dir]);
    const results = jsonLines(walked.stdout);
    expect(results.map((r) => r.source)).toEqual([join(dir, 'a.pdf'), join(dir, 'b.PDF')]);
    expect(results.map((r) => r.verdict)).toEqual(['consistent', 'consistent']);
    const piped = await runCli(['audit', '--format', 'json', '-'], { input: readFileSync(HUAIAN) });
    expect(JSON.parse(piped.stdout)[0]).toMatchObject({ source: '-', verdict: 'consistent', year: 2024 });
  }, 90_000);

  it('a finding in a PDF carries its page: in JSON, the CSV page column and the table format', async () => {
    const broken = join(ROOT, 'test/fixtures/office/broken-row-total.pdf');
    const [json, csv, table] = await Promise.all([
      runCli(['audit', '--format', 'json', broken]),
      runCli(['audit', '--format', 'csv', broken]),
      runCli(['audit', broken]),
    ]);
    const [result] = JSON.parse(json.stdout);
    assertValid(result);
    const rowTotals = result.findings.filter((f: { rule: string }) => f.rule === 'row-total');
    expect(rowTotals.length).toBe(2);
    for (const f of rowTotals) expect(f.location).toMatchObject({ table: 3, column: '总计', page: expect.any(Number) });
    const pages = rowTotals.map((f: { location: { page: number } }) => String(f.location.page));
    const rows = parseCsv(csv.stdout).filter((r) => r.rule === 'row-total');
    expect(rows.map((r) => r.page)).toEqual(pages);
    expect(table.stdout).toContain(`第${pages[0]}页`);
    expect(json.code).toBe(1);
  }, 60_000);

  it('a scan is unverified with "scanned: no text to read"; encrypted and broken PDFs are error rows, exit 2', async () => {
    const dir = tempDir();
    const scan = join(dir, 'scan.pdf');
    writeFileSync(scan, imageOnlyPdf());
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, readFileSync(HUAIAN).subarray(0, 2000));
    const run = await runCli(['audit', '--format', 'json', '--lang', 'en', scan, ENCRYPTED, broken]);
    expect(run.code).toBe(2);
    const [s, e, b] = JSON.parse(run.stdout);
    for (const o of [s, e, b]) assertValid(o);
    expect(s).toMatchObject({ verdict: 'unverified', findings: [] });
    expect(s.notChecked.map((n: { reason: string }) => n.reason)).toEqual(['scanned: no text to read']);
    expect(e.error).toMatch(/encrypted PDF/);
    expect(b.error).toMatch(/PDF/);
    const table = await runCli(['audit', ENCRYPTED]);
    expect(table.stdout).toContain('PDF 已加密');
    expect(table.code).toBe(2);
  }, 90_000);
});
