// At scale: worker threads give what one thread gives, jsonl streams, the summary line; and the web:
// URL inputs and --follow-links against a local site, where every failure is an error row.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/types';
import { assertValid, BIN, jsonLines, ROOT, runCli } from './run';
import { REPORT_LINKS, startSite, type Site } from './site';

const FIXTURES = join(ROOT, 'test/fixtures');

describe('--jobs', () => {
  it('json and jsonl with 2 workers are the same as with 1, cross-year pairs included', async () => {
    for (const format of ['json', 'jsonl']) {
      const [one, two] = await Promise.all([1, 2].map((n) => runCli(['audit', '--format', format, '--jobs', String(n), FIXTURES])));
      expect(two.stdout).toBe(one.stdout);
      expect(two.code).toBe(one.code);
      const objects = format === 'json' ? JSON.parse(two.stdout) : jsonLines(two.stdout);
      expect(objects.length).toBeGreaterThan(30);
      objects.forEach(assertValid);
    }
  });

  it('--summary: a line on stderr with inputs, reports, consistent, with errors, unreadable', async () => {
    const run = await runCli(['audit', '--format', 'jsonl', '--jobs', '2', '--summary', join(FIXTURES, 'html'), join(FIXTURES, 'missing.html')]);
    const objects = (jsonLines(run.stdout) as AuditResult[]).filter((o) => !('kind' in o)); // not the cross-year objects
    const reports = objects.filter((o) => o.isReport);
    const line = `${objects.length} inputs, ${reports.length} reports, ${reports.filter((o) => o.verdict === 'consistent').length} consistent, `
      + `${reports.filter((o) => o.verdict === 'inconsistent').length} with errors, 1 unreadable`;
    expect(run.stderr.trim().split('\n').at(-1)).toBe(`gov-report-auditor: ${line}`);
  });

  it('a bad --jobs is a usage error', async () => {
    expect((await runCli(['audit', '--jobs', '0', FIXTURES])).code).toBe(2);
  });
});

describe('web pages', () => {
  let site: Site;
  beforeAll(async () => { site = await startSite({ slowMs: 12_000 }); });
  afterAll(() => site.close());

  // generous against a loaded machine: only the slow page (12 s) may time out
  const web = ['--delay', '100', '--timeout', '6000'];

  it('--follow-links: each linked report in page order, every failure an error row', async () => {
    site.hits.length = 0;
    const run = await runCli(['audit', '--format', 'jsonl', '--follow-links', '--jobs', '2', ...web, `${site.origin}/list.html`]);
    const objects = jsonLines(run.stdout) as AuditResult[];
    objects.forEach(assertValid);
    const at = (path: string) => objects.find((o) => o.source === `${site.origin}${path}`)!;
    expect(objects.map((o) => decodeURIComponent(new URL(o.source).pathname))).toEqual([
      ...REPORT_LINKS.map((n) => `/nb/${n}`), '/nb/gone.html', '/nb/news.html', '/nb/gbk.html', '/nb/slow.html',
      '/nb/report-2015.pdf', '/nb/report-2013.docx', '/nb/report-2012.doc', '/nb/年报-2014.html',
    ]);
    for (const name of REPORT_LINKS) expect(at(`/nb/${name}`).isReport).toBe(true);
    expect(at('/nb/broken-balance.html').findings.map((f) => f.rule)).toContain('balance');
    expect(at('/nb/gone.html')).toMatchObject({ isReport: false, error: 'HTTP 404 Not Found', findings: [] });
    expect(at('/nb/news.html')).toMatchObject({ isReport: false, verdict: 'not-a-report' });
    expect(at('/nb/gbk.html')).toMatchObject({ isReport: true, agency: '武宁县人民政府', year: 2022 });
    expect(at('/nb/slow.html').error).toMatch(/timed out/);
    // attachments are fetched and read by their bytes (the PDF reader is another branch's: here only "not refused")
    expect(at('/nb/report-2015.pdf').error ?? '').not.toMatch(/attachment/);
    expect(at('/nb/report-2013.docx')).toMatchObject({ isReport: true, year: 2023, verdict: 'inconsistent' });
    expect(at('/nb/report-2013.docx').findings.map((f) => f.rule)).toContain('balance');
    expect(at('/nb/report-2012.doc').error).toMatch(/save it as \.docx or PDF/);
    expect(run.stderr).toContain(`${site.origin}/nb/gone.html: HTTP 404`);
    expect(run.code).toBe(2);

    // manners: the tool's name; one request at a time to the site, each 100 ms after the one before ended
    expect(site.hits.every((h) => h.userAgent.startsWith('gov-report-auditor/'))).toBe(true);
    expect(Math.max(...site.hits.map((h) => h.concurrent))).toBe(1);
    // (the server sees a response end a few ms after the client did, on a loaded machine: allow that jitter)
    for (let i = 1; i < site.hits.length; i++) expect(site.hits[i].at - site.hits[i - 1].end).toBeGreaterThanOrEqual(100 - 20);
    // the .doc, the other host and the menu's column link are never requested
    expect(site.hits.map((h) => h.path)).toContain('/nb/report-2015.pdf');
    expect(site.hits.map((h) => h.path)).not.toContain('/nb/report-2012.doc');
    expect(site.hits.map((h) => h.path)).not.toContain('/xxgk/nb/');
  });

  it('report URLs directly, and a listing without report links', async () => {
    const run = await runCli(['audit', '--format', 'json', '--jobs', '1', ...web,
      `${site.origin}/nb/broken-row-total.html`, `${site.origin}/nb/gone.html`]);
    const objects = JSON.parse(run.stdout) as AuditResult[];
    objects.forEach(assertValid);
    expect(objects[0]).toMatchObject({ isReport: true, verdict: 'inconsistent' });
    expect(objects[1].error).toBe('HTTP 404 Not Found');

    const none = await runCli(['audit', '--format', 'json', '--follow-links', ...web, `${site.origin}/plain.html`]);
    expect(JSON.parse(none.stdout)).toEqual([expect.objectContaining({ error: expect.stringMatching(/no links to annual reports/) })]);
  });

  it('jsonl is written as each input is done, not at the end', async () => {
    const child = spawn(process.execPath, [BIN, 'audit', '--format', 'jsonl', '--delay', '0', '--timeout', '20000',
      `${site.origin}/nb/broken-balance.html`, `${site.origin}/nb/slow.html`], { env: { ...process.env, NO_COLOR: '1' } });
    const started = Date.now();
    let firstLine = 0;
    child.stdout.on('data', () => { firstLine ||= Date.now() - started; });
    const closed = await new Promise<number>((done) => child.on('close', () => done(Date.now() - started)));
    expect(firstLine).toBeGreaterThan(0);
    expect(closed - firstLine).toBeGreaterThan(1_500);
  });
});
