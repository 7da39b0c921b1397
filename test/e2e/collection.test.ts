// The researchers' collection in real Chromium with the built extension: ten reports from the demo pages are saved
// and annotated, survive closing and relaunching the browser on the same profile, export to CSV (UTF-8 with BOM,
// one row per finding) and JSON Lines, are wiped (one delete undone on the way), imported back, and are all there.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { readFixture } from '../support/read';
import { captureDoc, twoYears, ROOT } from '../collection/support';
import type { Capture } from '../../src/collection/capture';
import { collectionCsv as toCsv, CSV_FIELDS } from '../../src/collection/export';
import { checkRecord } from '../../src/collection/validate';
import type { SavedReport } from '../../src/collection/schema';

const BUILT = join(ROOT, '.output/chrome-mv3');
const SAMPLES = join(ROOT, 'assets/samples');

/** the demo pages that are reports, and the two years of one agency from the seeds: ten reports */
function tenCaptures(): Capture[] {
  const manifest = JSON.parse(readFileSync(join(SAMPLES, 'manifest.json'), 'utf8')) as Array<{ file: string; expected: { isReport: boolean } }>;
  const pages = manifest.filter((s) => s.expected.isReport)
    .map((s, i) => captureDoc(readFixture(join(SAMPLES, s.file)), `http://demo.example.gov.cn/assets/samples/${s.file}`, `2025-02-0${i + 1}T09:00:00.000Z`));
  const { y2022, y2023 } = twoYears();
  return [...pages, y2022, y2023];
}

const complete = (dir: string) => ['manifest.json', 'collection.html', 'background.js'].every((f) => existsSync(join(dir, f)));

/** a private copy of the build: other runs may rebuild .output meanwhile, so wait for a complete one and copy it */
async function copyExtension(): Promise<string> {
  for (let attempt = 0; attempt < 60; attempt++) {
    if (complete(BUILT)) {
      const dir = mkdtempSync(join(tmpdir(), 'gra-ext-'));
      cpSync(BUILT, dir, { recursive: true });
      if (complete(dir)) return dir;
      rmSync(dir, { recursive: true, force: true });
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no built extension with collection.html in ${BUILT}: run "npx wxt build" first`);
}

async function launch(extension: string, profile: string): Promise<{ context: BrowserContext; id: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    acceptDownloads: true,
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
    args: [
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--lang=zh-CN',
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, id: new URL(worker.url()).host };
}

async function openCollection(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/collection.html`);
  // the header shows once the saved reports are read
  await page.waitForSelector('main.collection header');
  return page;
}

const rowCount = (page: Page) => page.locator('table.reports tbody tr').count();

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`button[name="${button}"]`)]);
  return readFileSync(await file.path());
}

/** open a report from the list, write its note, and set the first finding's status and note */
async function annotate(page: Page, title: string, n: number) {
  await page.locator('table.reports td.title button', { hasText: title }).first().click();
  await page.waitForSelector('article.report');
  const report = page.locator('article.report > label.note textarea');
  await report.fill(`报告备注 ${n}: "quoted", <script>x</script>, 😀\n第二行`);
  await report.blur();
  const finding = page.locator('li.finding').first();
  if (await finding.count()) {
    await finding.locator('select.status').selectOption(n % 2 ? 'confirmed' : 'false-alarm');
    const note = finding.locator('textarea');
    await note.fill(`=HYPERLINK("http://x.example","${n}")`);
    await note.blur();
  }
  await page.click('button.back');
  await page.waitForSelector('table.reports');
}

describe('the collection in Chromium', () => {
  let extension = '';
  let profile = '';
  const captures = tenCaptures();

  beforeAll(async () => {
    extension = await copyExtension();
    profile = mkdtempSync(join(tmpdir(), 'gra-profile-'));
  });
  afterAll(() => {
    for (const dir of [extension, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('saves ten reports, annotates them, and keeps them across a browser restart', async () => {
    expect(captures).toHaveLength(10);
    const first = await launch(extension, profile);
    try {
      const page = await openCollection(first.context, first.id);
      await page.waitForFunction(() => 'collectionApi' in globalThis);
      for (const c of captures) {
        await page.evaluate((capture) => (globalThis as unknown as { collectionApi: { save(c: unknown): Promise<string> } }).collectionApi.save(capture), c as unknown);
      }
      await page.waitForFunction(() => document.querySelectorAll('table.reports tbody tr').length === 10);
      for (const [n, c] of captures.entries()) await annotate(page, c.result.title, n);
      // every report's edits are in the database before the browser goes: "last annotated" differs from "saved"
      await expect.poll(() => page.locator('table.reports tbody tr').evaluateAll((rows) =>
        rows.filter((tr) => tr.children[5].textContent !== tr.children[6].textContent).length)).toBe(10);
    } finally {
      await first.context.close();
    }

    const again = await launch(extension, profile);
    try {
      const page = await openCollection(again.context, again.id);
      await page.waitForSelector('table.reports tbody tr');
      expect(await rowCount(page)).toBe(10);
      await page.locator('table.reports td.title button', { hasText: captures[3].result.title }).first().click();
      expect(await page.locator('article.report > label.note textarea').inputValue()).toBe('报告备注 3: "quoted", <script>x</script>, 😀\n第二行');
      // the stored tables are drawn as text: the note's <script> never becomes an element
      expect(await page.locator('article.report script').count()).toBe(0);
      expect(await page.locator('table.stored-table').count()).toBe(3);

      // the years of one agency: the 2023 report carries a carry-over finding checked against 2022
      await page.click('button.back');
      await page.click('button[name="view-agencies"]');
      const pair = page.locator('table.agency', { hasText: '石嘴山市工业和信息化局' });
      await expect.poll(() => pair.locator('thead th').count()).toBe(3);
    } finally {
      await again.context.close();
    }
  });

  it('exports CSV and JSON Lines, wipes the collection, imports the JSON Lines and has everything back', async () => {
    const { context, id } = await launch(extension, profile);
    try {
      const page = await openCollection(context, id);
      await page.waitForSelector('table.reports tbody tr');

      const csv = await download(page, 'export-csv');
      const jsonl = await download(page, 'export-jsonl');
      const records = jsonl.toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as SavedReport);
      expect(records).toHaveLength(10);
      for (const r of records) expect(checkRecord(r)).toMatchObject({ ok: true });
      expect(records.filter((r) => r.note.startsWith('报告备注'))).toHaveLength(10);
      expect(records.flatMap((r) => Object.values(r.annotations)).filter((a) => a.status !== 'to-check').length).toBeGreaterThan(5);

      // UTF-8 with a byte-order mark; one row per finding, the cross-year one included; the same as the checker makes
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = csv.toString('utf8');
      expect(text).toBe(toCsv(records, 'zh'));
      const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true });
      expect(parsed.meta.fields).toEqual([...CSV_FIELDS]);
      const own = records.reduce((n, r) => n + r.findings.length, 0);
      expect(parsed.data.filter((row) => row.rule === 'carry-over').length).toBeGreaterThan(0);
      expect(parsed.data.length).toBe(own + parsed.data.filter((row) => ['carry-over', 'stock-roll-forward', 'copied-text'].includes(row.rule)).length);
      expect(parsed.data.some((row) => row.note.startsWith('\'=HYPERLINK'))).toBe(true);

      // wipe, undoing one deletion on the way
      await page.locator('table.reports button.delete').first().click();
      await expect.poll(() => rowCount(page)).toBe(9);
      await page.click('button[name="undo"]');
      await expect.poll(() => rowCount(page)).toBe(10);
      for (let left = 10; left > 0; left--) {
        await page.locator('table.reports button.delete').first().click();
        await expect.poll(() => rowCount(page)).toBe(left - 1);
      }

      await page.setInputFiles('input[name="import"]', { name: 'collection.jsonl', mimeType: 'application/x-ndjson', buffer: jsonl });
      await page.waitForSelector('.import-plan');
      await page.click('.import-plan button.primary');
      await page.waitForSelector('table.reports tbody tr');
      await expect.poll(() => rowCount(page)).toBe(10);
      expect((await download(page, 'export-jsonl')).toString('utf8')).toBe(jsonl.toString('utf8'));
      expect((await download(page, 'export-csv')).equals(csv)).toBe(true);
    } finally {
      await context.close();
    }
  });
});
