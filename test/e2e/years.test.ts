// Years of one agency in the collection, in Chromium with the built extension: five saved years, two of them
// compared (sections with the changed words marked, tables with each cell's change, Markdown export), and the
// charts over the years (uPlot, loaded only when asked; PNG and CSV downloads; a data table per chart).
// Screenshots go to .tmp/years-e2e/ for a person to look at.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../tools/extension-browser';
import { ROOT } from '../collection/support';
import { agencyCaptures } from '../collection/years-support';

const SHOTS = join(ROOT, '.tmp/years-e2e');

async function download(page: Page, locator: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(locator).click()]);
  return readFileSync(await file.path());
}

describe('years of one agency in the collection (Chromium)', () => {
  let ext: ExtensionBrowser;
  let page: Page;
  const captures = agencyCaptures();
  const agency = captures[0].result.agency!;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ext = await launchWithExtension(9, {});
    page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/collection.html`);
    await page.waitForFunction(() => 'collectionApi' in globalThis);
    for (const c of captures) {
      await page.evaluate((capture) => (globalThis as unknown as { collectionApi: { save(c: unknown): Promise<string> } }).collectionApi.save(capture), c as unknown);
    }
    await page.waitForFunction(() => document.querySelectorAll('table.reports tbody tr').length === 5);
  }, 60_000);
  afterAll(async () => { await ext?.close(); });

  it('compares two years: section 五 copied with its years changed, section 一 rewritten, each table cell’s change', async () => {
    await page.click('button[name="view-agencies"]');
    const block = page.locator('.agency-block', { hasText: agency });
    await expect.poll(() => block.locator('table.agency thead th').count()).toBe(6);
    await block.locator('button[name="compare-years"]').click();
    const years = await block.locator('select[name="compare-from"] option').allTextContents();
    expect(years.map((y) => y.slice(0, 4))).toEqual(['2021', '2022', '2023', '2024', '2025']);
    const ids = await block.locator('select[name="compare-from"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await block.locator('select[name="compare-from"]').selectOption(ids[2]);
    await block.locator('select[name="compare-to"]').selectOption(ids[3]);
    await expect.poll(() => block.locator('.year-compare h3').textContent()).toMatch(/2023.*2024/);

    // section 五: only the years differ
    const five = block.locator('.section-pair[data-section="s5"]');
    const added = await five.locator('.after ins').allTextContents();
    expect(added.length).toBeGreaterThan(0);
    for (const a of added) expect(a.trim()).toMatch(/^20\d\d$/);
    expect(await five.locator('.before del').allTextContents()).toEqual(added.map((a) => a.replace(/\d{4}/, (y) => String(Number(y) - 1))));
    // section 一: written anew, long passages marked
    const one = block.locator('.section-pair[data-section="s1"]');
    expect((await one.locator('.after ins').allTextContents()).join('').length).toBeGreaterThan(40);
    // page text never becomes markup: the diff is made of text nodes in ins/del/span only
    expect(await block.locator('.diff-text *:not(ins):not(del):not(span)').count()).toBe(0);

    // the three tables, every cell with its change; the carried-over row of 2024 is 2023's carried to next year
    await expect.poll(() => block.locator('table.delta-table').count()).toBe(3);
    expect(await block.locator('table.delta-table td.changed').count()).toBeGreaterThan(5);
    const flipped = await block.locator('table.delta-table td.flipped').count();
    const caption = await block.locator('table.delta-table[data-table="3"] caption').textContent();
    expect(caption).toMatch(/\d+ 个单元格有变化，其中 \d+ 个在零与非零之间变化/);
    expect(flipped).toBeGreaterThanOrEqual(0);
    await block.screenshot({ path: join(SHOTS, 'compare.png') });

    const md = (await download(page, '.agency-block button[name="export-compare-md"]')).toString('utf8');
    expect(md).toMatch(/^# .+：2023 年与 2024 年报告对比/);
    expect(md).toContain('~~2023~~');
    expect(md).toContain('| 行 | 列 | 前 | 后 | Δ | 零↔非零 |');
  }, 60_000);

  it('draws the charts over the years only when asked, each with a data table, a PNG and a CSV', async () => {
    // uPlot's stylesheet comes with its code: present only once the charts were asked for
    const uplotLoaded = () => page.evaluate(() => [...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('.uplot'))));
    expect(await uplotLoaded()).toBe(false);
    const block = page.locator('.agency-block', { hasText: agency });
    await block.locator('button[name="charts"]').click();
    await expect.poll(() => block.locator('figure.year-chart').count()).toBe(5);
    await expect.poll(() => block.locator('figure.year-chart .chart-host canvas').count()).toBe(5);
    expect(await uplotLoaded()).toBe(true);

    const apps = block.locator('figure.year-chart[data-chart="applications"]');
    expect(await apps.getAttribute('aria-label')).toMatch(/收到的申请（按申请人类型）：2021—2025 年的折线图/);
    // the data table: one row per year, the natural persons' series as the reports give it
    expect(await apps.locator('.chart-data tbody tr').count()).toBe(5);
    const natural = await apps.locator('.chart-data tbody tr td:nth-child(2)').allTextContents();
    expect(natural).toEqual(captures.map((c) => c.model.tables['3']!.rows.find((r) => r.id === 'new')!.cells[0].raw));
    // a chart's lines are drawn: the canvas is not blank
    const inked = await apps.locator('.chart-host canvas').evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(1000);

    const png = await download(page, '.agency-block figure.year-chart[data-chart="results"] button[name="chart-png"]');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5_000);
    writeFileSync(join(SHOTS, 'results-download.png'), png);
    const csv = (await download(page, '.agency-block figure.year-chart[data-chart="results"] button[name="chart-csv"]')).toString('utf8');
    expect(csv.startsWith('\ufeff年度,予以公开')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(6);

    await apps.locator('.chart-data summary').click();
    await block.locator('.year-charts').screenshot({ path: join(SHOTS, 'charts.png') });
  }, 60_000);

  it('the copying year carries a copied-text finding in the list', async () => {
    await page.click('button[name="view-list"]');
    const row = page.locator('table.reports tbody tr', { hasText: '2024' }).first();
    await row.locator('td.title button').click();
    await expect.poll(() => page.locator('article.report li.finding', { hasText: '2023 年的报告' }).count()).toBe(1);
  }, 30_000);

  it('speaks English in an English browser', async () => {
    const en = await launchWithExtension(9, { lang: 'en-US' });
    try {
      const p = await en.context.newPage();
      await p.goto(`chrome-extension://${en.extensionId}/collection.html`);
      await p.waitForFunction(() => 'collectionApi' in globalThis);
      for (const c of captures) {
        await p.evaluate((capture) => (globalThis as unknown as { collectionApi: { save(c: unknown): Promise<string> } }).collectionApi.save(capture), c as unknown);
      }
      await p.waitForFunction(() => document.querySelectorAll('table.reports tbody tr').length === 5);
      await p.click('button[name="view-agencies"]');
      const block = p.locator('.agency-block', { hasText: agency });
      await block.locator('button[name="compare-years"]').click();
      await expect.poll(() => block.locator('.year-compare h3').textContent()).toBe('2024 and 2025 compared');
      await block.locator('button[name="charts"]').click();
      await expect.poll(() => block.locator('figure.year-chart canvas').count()).toBe(5);
      const apps = block.locator('figure.year-chart[data-chart="applications"]');
      expect(await apps.locator('figcaption strong').textContent()).toBe('Applications received, by applicant');
      expect(await apps.locator('.chart-data thead th').allTextContents()).toContain('natural persons');
    } finally {
      await en.close();
    }
  }, 60_000);
});
