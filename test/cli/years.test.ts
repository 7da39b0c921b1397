// `years`: key figures as tidy rows (csv with BOM, or jsonl) and the cross-year findings as rows of kind "finding".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from '../../src/cli/args';
import { YEARS_FIELDS, type YearsRow } from '../../src/cli/years-command';
import { render } from '../generator';
import { agencyYears } from '../generator/years';
import { jsonLines, runCli, tempDir } from './run';
import { startSite } from './site';

const YEARS = [2021, 2022, 2023, 2024];

function write(copies: Record<number, number> = {}) {
  const dir = tempDir();
  const years = agencyYears(11, YEARS, copies);
  for (const { report, doc } of years) writeFileSync(join(dir, `${report.year}.html`), render(doc, 'word').content);
  return { dir, years, path: (y: number) => join(dir, `${y}.html`) };
}

const csvOf = (stdout: string) => {
  expect(stdout.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(stdout.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields).toEqual([...YEARS_FIELDS]);
  return parsed.data;
};

describe('years', () => {
  it('csv: every report’s key figures, as the generator wrote them, and the copied year as a finding row', async () => {
    const { dir, years, path } = write({ 2024: 2022 });
    const run = await runCli(['years', dir]);
    expect(run.code).toBe(0);
    const rows = csvOf(run.stdout);
    const value = (year: number, measure: string) => rows.find((r) => r.kind === 'figure' && r.year === String(year) && r.measure === measure)?.value;
    for (const { report: r } of years) {
      expect(value(r.year, 'applications.natural')).toBe(String(r.table3.new.natural));
      expect(value(r.year, 'applications.total')).toBe(String(r.table3.new.total));
      expect(value(r.year, 'results.granted')).toBe(String(r.table3.granted.total));
      const refused = Object.keys(r.table3).filter((k) => k.startsWith('refused.')).reduce((s, k) => s + r.table3[k].total, 0);
      expect(value(r.year, 'results.refused')).toBe(String(refused));
      expect(value(r.year, 'results.total')).toBe(String(r.table3.total.total));
      expect(value(r.year, 'carried.carried')).toBe(String(r.table3.carried.total));
      expect(value(r.year, 'carried.carryOver')).toBe(String(r.table3.carryOver.total));
      expect(value(r.year, 'review.review.upheld')).toBe(String(r.table4['review.upheld']));
      expect(value(r.year, 'review.direct.total')).toBe(String(r.table4['direct.total']));
      expect(value(r.year, 'proactive.item1.normativeDocs.inForce')).toBe(String(r.table2.normativeDocs.inForce));
      expect(value(r.year, 'proactive.item5.licensing.decisions')).toBe(String(r.table2.licensing.decisions));
    }
    expect(rows.find((r) => r.measure === 'applications.natural')!.label).toBe('一、本年新收 / 自然人');
    const findings = rows.filter((r) => r.kind === 'finding');
    // the generated years carry forward consistently: only the copied year has a finding
    expect(findings.map((r) => [r.source, r.measure, r.severity, r.earlier])).toEqual([[path(2024), 'copied-text', 'warning', path(2022)]]);
    expect(Number(findings[0].value)).toBeGreaterThanOrEqual(90);
    // findings follow all the figures
    expect(rows.findIndex((r) => r.kind === 'finding')).toBe(rows.filter((r) => r.kind === 'figure').length);
  });

  it('jsonl: one object per row, English labels with --lang en', async () => {
    const { dir } = write();
    const rows = jsonLines((await runCli(['years', '--format', 'jsonl', '--lang', 'en', dir])).stdout) as YearsRow[];
    expect(rows.every((r) => r.kind === 'figure')).toBe(true);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set(YEARS));
    const natural = rows.find((r) => r.measure === 'applications.natural')!;
    expect(natural).toMatchObject({ label: 'received: natural persons', severity: null, earlier: null });
    expect(typeof natural.value).toBe('number');
  });

  it('an unreadable input is a line on stderr and exit status 2; the others are still written', async () => {
    const { dir } = write();
    const run = await runCli(['years', '--format', 'jsonl', dir, join(dir, 'missing.html')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing.html');
    expect(new Set(jsonLines(run.stdout).map((r) => r.year))).toEqual(new Set(YEARS));
  });

  it('a page that is not a report gives no rows', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'news.html'), '<html><head><title>新闻</title></head><body><p>今日要闻</p></body></html>');
    const run = await runCli(['years', dir]);
    expect(run.code).toBe(0);
    expect(csvOf(run.stdout)).toEqual([]);
  });

  it('URLs: a report page fetched, a 404 a line on stderr and exit status 2', async () => {
    const site = await startSite({ slowMs: 12_000 });
    try {
      const run = await runCli(['years', '--format', 'jsonl', '--delay', '50', `${site.origin}/nb/gbk.html`, `${site.origin}/nb/gone.html`]);
      const rows = jsonLines(run.stdout) as YearsRow[];
      expect(new Set(rows.map((r) => `${r.agency} ${r.year}`))).toEqual(new Set(['武宁县人民政府 2022']));
      expect(rows.some((r) => r.measure === 'applications.total')).toBe(true);
      expect(run.stderr).toContain(`${site.origin}/nb/gone.html: HTTP 404`);
      expect(run.code).toBe(2);
    } finally {
      await site.close();
    }
  });

  it('parses its options', () => {
    expect(parseCommand(['years', '-f', 'jsonl', 'a.html'])).toMatchObject({ command: 'years', format: 'jsonl', lang: 'zh', paths: ['a.html'] });
    expect(() => parseCommand(['years', '--format', 'json', 'a.html'])).toThrow(UsageError);
    expect(() => parseCommand(['years'])).toThrow(/no PATH/);
  });
});
