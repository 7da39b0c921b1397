// The CLI on the formats reports are published in: .docx files, directories and stdin, legacy Office files (a clear
// error row, exit 2), pdftotext -layout text and crawled text; `extract` on them.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/types';
import { assertValid, jsonLines, parseCsv, ROOT, runCli, tempDir } from './run';

const OFFICE = join(ROOT, 'test/fixtures/office');
const FORMATS = join(ROOT, 'test/fixtures/formats');

describe('CLI: Word, legacy Office, text tables, crawled text', () => {
  it('a directory of .docx, .doc and .wps: reports read, legacy files an error row each, exit 2', async () => {
    const dir = tempDir();
    copyFileSync(join(OFFICE, 'broken-balance.docx'), join(dir, 'a.docx'));
    copyFileSync(join(OFFICE, 'consistent-clean-2022.docx'), join(dir, 'b.docx'));
    writeFileSync(join(dir, 'c.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'd.wps'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const run = await runCli(['audit', '--format', 'jsonl', dir]);
    const objects = jsonLines(run.stdout) as Array<AuditResult & { error?: string }>;
    objects.forEach(assertValid);
    const at = (name: string) => objects.find((o) => o.source === join(dir, name))!;
    expect(at('a.docx')).toMatchObject({ isReport: true, year: 2023, verdict: 'inconsistent' });
    expect(at('a.docx').findings.filter((f) => f.rule === 'balance').map((f) => f.location.column)).toEqual(['自然人', '总计']);
    expect(at('b.docx')).toMatchObject({ isReport: true, verdict: 'consistent' });
    expect(at('c.doc').error).toBe('无法读取此格式（.doc）：请另存为 .docx 或 PDF / cannot read this format (.doc); save it as .docx or PDF');
    expect(at('d.wps').error).toMatch(/\.wps.*save it as \.docx or PDF/);
    expect(run.code).toBe(2);
  });

  it('a .docx on stdin, sniffed by its bytes', async () => {
    const run = await runCli(['audit', '--format', 'json', '-'], { input: readFileSync(join(OFFICE, 'broken-review-total.docx')) });
    const [object] = JSON.parse(run.stdout) as AuditResult[];
    assertValid(object);
    expect(object.findings.map((f) => f.rule)).toContain('review-total');
  });

  it('pdftotext -layout of huaian-2024.pdf and the crawled pingtan page', async () => {
    const run = await runCli(['audit', '--format', 'json', join(FORMATS, 'huaian-2024-layout.txt'), join(FORMATS, 'pingtan-shs-2022-crawl.txt')]);
    const [huaian, pingtan] = JSON.parse(run.stdout) as AuditResult[];
    expect(huaian).toMatchObject({ isReport: true, year: 2024, template: '2021', verdict: 'consistent' });
    expect(pingtan).toMatchObject({ isReport: true, year: 2022, template: '2021', verdict: 'unverified' });
  });

  it('extract on a .docx gives its numbers', async () => {
    const run = await runCli(['extract', '--format', 'csv', join(OFFICE, 'consistent-clean-2022.docx')]);
    const rows = parseCsv(run.stdout);
    expect(rows.filter((r) => r.table === '3')).toHaveLength(25 * 7);
    expect(rows.filter((r) => r.table === '4')).toHaveLength(15);
    expect(run.code).toBe(0);
  });
});
