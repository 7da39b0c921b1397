// Auditing every report a listing page links to, in real Chromium: the popup offers "audit all N linked reports",
// the batch tab confirms the list, fetches and audits each page (the CLI's verdicts for the same files), shows a row
// per link with the failures as rows, exports CSV and JSON Lines, and saves every report to the collection.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { BATCH_CSV_FIELDS } from '../../src/batch/export';
import { countBySeverity } from '../../src/summary';
import { openPopup } from '../tools/extension-browser';
import { nodeAudit, useExtensionBrowser, waitForReport } from './harness';
import { ROOT } from '../tools/serve';

const LISTING = 'test/e2e/pages/listing.html';
/** the listing's same-origin links, by what the batch must make of them */
const REPORTS = [
  'word-export-2023-consistent', 'clean-thead-2022-consistent', 'placeholders', 'broken-balance', 'broken-row-total',
  'broken-review-total', 'broken-shifted-row', 'broken-fee-statement-missing', 'gbk-word-export',
].map((name) => `test/fixtures/html/${name}.html`);
const FAILURES: Record<string, string> = {
  'test/fixtures/nonreport/news-article.html': 'not-report',
  'test/fixtures/html/removed-2019.html': 'http',
  // a report file is fetched and read; this one is not there
  'test/fixtures/html/report-2018.pdf': 'http',
};
const OTHER_HOST = 'http://www.other-site.org.cn/nb/2023.html';

describe('batch audit of a listing page', () => {
  const h = useExtensionBrowser();
  let batch: Page;
  const requested: string[] = [];
  const pathOf = (url: string) => new URL(url).pathname.slice(1);

  it('the popup offers to audit all linked reports, and the batch tab lists them for confirmation', async () => {
    const url = h.server.url(LISTING);
    const since = Date.now();
    await h.page.goto(url);
    // the quick check lets the column's page through; the checker declines it
    expect((await waitForReport(h, url, since))?.result.verdict).toBe('not-a-report');

    const popup = await openPopup(h.ext, h.tabId);
    const offer = popup.locator('button[name="batch-open"]');
    await expect.poll(() => offer.textContent()).toBe(h.msg('batch_offer', 13));
    [batch] = await Promise.all([h.ext.context.waitForEvent('page'), offer.click()]);
    await popup.close();
    batch.on('request', (r) => { if (/^https?:/.test(r.url())) requested.push(r.url()); });

    await batch.waitForSelector('input[name="batch-link"]');
    const boxes = batch.locator('input[name="batch-link"]');
    expect(await boxes.count()).toBe(13);
    const checked = await boxes.evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).value, (e as HTMLInputElement).checked] as const));
    expect(checked.filter(([, on]) => on).map(([href]) => pathOf(href)).sort())
      .toEqual([...REPORTS, ...Object.keys(FAILURES)].sort());
    expect(checked.find(([href]) => href === OTHER_HOST)?.[1]).toBe(false);
    // the other site needs a permission the extension does not hold; government sites are covered
    await expect.poll(() => batch.locator('li.other-host .tag.warn').count()).toBe(1);
    expect(await batch.locator('li.same-origin .tag.warn').count()).toBe(0);
  });

  it('audits each link: the CLI\'s verdicts for the reports, a row for each failure', async () => {
    await batch.click('button[name="batch-start"]');
    await batch.waitForSelector('main.batch[data-phase="done"]', { timeout: 90_000 });
    const rows = await batch.locator('tr.row').evaluateAll((trs) => trs.map((tr) => ({
      url: tr.getAttribute('data-url')!, status: tr.getAttribute('data-status')!,
      errors: tr.querySelector('td.errors')!.textContent, warnings: tr.querySelector('td.warnings')!.textContent,
    })));
    expect(rows).toHaveLength(12);
    for (const row of rows) {
      const path = pathOf(row.url);
      if (FAILURES[path]) {
        expect(row.status, path).toBe(FAILURES[path]);
        continue;
      }
      const expected = nodeAudit(path, h.lang);
      const n = countBySeverity(expected.findings);
      expect({ path, status: row.status, errors: row.errors, warnings: row.warnings })
        .toEqual({ path, status: expected.verdict, errors: String(n.error), warnings: String(n.warning) });
    }
    expect(new Set(rows.filter((r) => !FAILURES[pathOf(r.url)]).map((r) => r.status))).toEqual(new Set(['consistent', 'inconsistent', 'warnings']));

    // the summary chart above the table: one bar per verdict (and one for the links not audited), one per rule
    const bars = (chart: string) => batch.locator(`table.bars[data-chart="${chart}"] tr`).evaluateAll((trs) =>
      Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-key')!, Number(tr.querySelector('td.num')!.textContent)])));
    const statuses = rows.map((r) => (FAILURES[pathOf(r.url)] ? 'failed' : r.status));
    expect(await bars('verdicts')).toEqual(Object.fromEntries([...new Set(statuses)].map((s) => [s, statuses.filter((x) => x === s).length])));
    const own = rows.filter((r) => !FAILURES[pathOf(r.url)]).flatMap((r) => nodeAudit(pathOf(r.url), h.lang).findings.map((f) => f.rule));
    const byRule = await bars('rules');
    for (const rule of new Set(own)) expect(byRule[rule], rule).toBeGreaterThanOrEqual(own.filter((x) => x === rule).length);
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    await batch.locator('.summary-chart').screenshot({ path: join(ROOT, '.tmp/batch-summary-chart.png') });

    // nothing fetched but the confirmed links: no other site, nothing the parsed pages refer to
    expect(requested.map(pathOf).sort()).toEqual([...REPORTS, 'test/fixtures/nonreport/news-article.html', 'test/fixtures/html/removed-2019.html',
      'test/fixtures/html/report-2018.pdf'].sort());
  });

  it('a row opens to its findings, as text; columns sort', async () => {
    const path = 'test/fixtures/html/broken-balance.html';
    const expected = nodeAudit(path, h.lang);
    const row = batch.locator(`tr.row[data-url="${h.server.url(path)}"]`);
    await row.locator('button.expand').click();
    const detail = batch.locator('tr.detail-row');
    await expect.poll(() => detail.locator('li.finding').count()).toBe(expected.findings.length);
    expect(await detail.locator('li.finding .message').allTextContents()).toEqual(expected.findings.map((f) => f.message));

    await batch.click('button[name="sort-errors"]');
    const errors = await batch.locator('tr.row td.errors').allTextContents();
    const numbers = errors.filter((e) => e !== '').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(errors.slice(numbers.length).every((e) => e === '')).toBe(true);
  });

  it('exports CSV (UTF-8 with a BOM, one row per link) and JSON Lines', async () => {
    const save = async (name: string) => {
      const [file] = await Promise.all([batch.waitForEvent('download'), batch.click(`button[name="${name}"]`)]);
      return readFileSync((await file.path())!);
    };
    const csv = await save('batch-export-csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(csv.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...BATCH_CSV_FIELDS]);
    expect(parsed.data).toHaveLength(12);
    for (const r of parsed.data) {
      const path = pathOf(r.url);
      if (FAILURES[path]) expect(r.problem, path).toBe(FAILURES[path]);
      else expect(r.verdict, path).toBe(nodeAudit(path, h.lang).verdict);
    }
    const lines = (await save('batch-export-jsonl')).toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { url: string; findings?: unknown[] });
    expect(lines).toHaveLength(12);
    const balance = lines.find((l) => l.url.endsWith('broken-balance.html'))!;
    expect(balance.findings).toEqual(nodeAudit('test/fixtures/html/broken-balance.html', h.lang).findings);
  });

  it('"save all" puts every audited report in the collection', async () => {
    await batch.click('button[name="batch-save-all"]');
    await expect.poll(() => batch.locator('.result-actions .saved').textContent()).toBe(h.msg('batch_saved', REPORTS.length));
    const col = await h.ext.context.newPage();
    await col.goto(`chrome-extension://${h.ext.extensionId}/collection.html`);
    await expect.poll(() => col.locator('table.reports tbody tr').count()).toBe(REPORTS.length);
    const titles = await col.locator('table.reports td.title').allTextContents();
    for (const path of REPORTS) expect(titles).toContain(nodeAudit(path, h.lang).title);
  });
});
