// `npm run demo`: the bundled sample pages, served under government host names, visited in Chromium with the
// built extension. Prints what the extension says about each page and saves screenshots of the popup and of the
// highlighted page into demo-output/. `npm run demo -- --headed` shows the browser.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pc from 'picocolors';
import type { Page } from 'playwright-core';
import type { FrameReport } from '../../src/messaging/protocol';
import { ROOT, startServer } from './serve';
import { badgeOf, launchWithExtension, openPopup, storedReports, tabIdOf, type ExtensionBrowser } from './extension-browser';
import { agencyCaptures } from '../collection/years-support';

const { values: args } = parseArgs({ options: { headed: { type: 'boolean', default: false }, out: { type: 'string', default: 'demo-output' } } });
const OUT = join(ROOT, args.out);
const SAMPLES = 'assets/samples';

interface Sample { file: string; description: string }

/** the samples in their manifest's order (with its descriptions), else every page in the folder */
function samples(): Sample[] {
  try {
    return JSON.parse(readFileSync(join(ROOT, SAMPLES, 'manifest.json'), 'utf8')) as Sample[];
  } catch {
    return readdirSync(join(ROOT, SAMPLES)).filter((f) => f.endsWith('.html')).map((file) => ({ file, description: '' }));
  }
}

async function waitForReport(ext: ExtensionBrowser, tabId: number, url: string, since: number, ms: number): Promise<FrameReport | null> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const hit = Object.values(await storedReports(ext, tabId)).find((e) => e.report.url === url && e.report.at >= since);
    if (hit) return hit.report;
  }
  return null;
}

/** the first error (else warning, else note) in the popup: click it, so the page scrolls there and flashes it */
async function revealFirst(popup: Page): Promise<boolean> {
  for (const severity of ['error', 'warning', 'info']) {
    const button = popup.locator(`.finding.${severity} button`).first();
    if (await button.count()) { await button.click(); return true; }
  }
  return false;
}

const BADGE_STYLE: Record<string, (s: string) => string> = {
  inconsistent: pc.red, warnings: pc.yellow, consistent: pc.green, unverified: pc.gray, 'not-a-report': pc.dim,
};

async function main() {
  if (args.headed && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('--headed needs a display (DISPLAY is not set); running headless instead.');
    args.headed = false;
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const ext = await launchWithExtension(server.port, { headed: args.headed });
  const rows: string[][] = [];
  let yearsNote = '';
  try {
    const page = await ext.context.newPage();
    await page.goto(server.url('test/e2e/pages/blank.html'));
    const tabId = await tabIdOf(ext, page);
    let popup: Page | undefined;
    for (const { file } of samples()) {
      const name = file.replace(/\.html?$/, '');
      const url = server.url(`${SAMPLES}/${file}`, 'xxgk.demo.gov.cn');
      const since = Date.now();
      await page.bringToFront();
      await page.goto(url);
      const report = await waitForReport(ext, tabId, url, since, 4_000);
      const badge = (await badgeOf(ext, tabId)).text;
      const result = report?.result;
      popup = await openPopup(ext, tabId, popup);
      await popup.screenshot({ path: join(OUT, `${name}-popup.png`), fullPage: true });
      if (result?.findings.length && (await revealFirst(popup))) {
        await page.bringToFront();
        await page.waitForTimeout(args.headed ? 2_500 : 600); // let the flash run
        await page.screenshot({ path: join(OUT, `${name}-page.png`) });
      } else if (args.headed) {
        await page.bringToFront();
        await page.waitForTimeout(1_500);
      }
      const verdict = result?.verdict ?? 'not-a-report';
      const findings = result?.findings.filter((f) => f.severity !== 'info').map((f) => f.rule).join(', ') || '—';
      rows.push([file, verdict, badge || '(none)', findings]);
    }
    yearsNote = await yearsDemo(ext);
  } finally {
    await ext.close();
    await server.close();
  }
  printTable(['page', 'verdict', 'badge', 'findings (errors and warnings)'], rows);
  console.log(`\nScreenshots: ${OUT}/<page>-popup.png (the popup) and <page>-page.png (the page, first finding highlighted)`);
  console.log(yearsNote);
}

/**
 * Five years of one (generated) agency saved in the collection, 2024 repeating 2023's section 五: the per-agency view
 * with 2023 and 2024 compared, and the charts over the years, as screenshots.
 */
async function yearsDemo(ext: ExtensionBrowser): Promise<string> {
  const captures = agencyCaptures();
  const agency = captures[0].result.agency!;
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${ext.extensionId}/collection.html`);
  await page.waitForFunction(() => 'collectionApi' in globalThis);
  for (const c of captures) {
    await page.evaluate((capture) => (globalThis as unknown as { collectionApi: { save(c: unknown): Promise<string> } }).collectionApi.save(capture), c as unknown);
  }
  await page.waitForFunction((n) => document.querySelectorAll('table.reports tbody tr').length >= n, captures.length);
  await page.screenshot({ path: join(OUT, 'years-collection.png') });
  await page.click('button[name="view-agencies"]');
  const block = page.locator('.agency-block', { hasText: agency });
  await block.locator('button[name="compare-years"]').click();
  const ids = await block.locator('select[name="compare-from"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await block.locator('select[name="compare-from"]').selectOption(ids[2]);
  await block.locator('select[name="compare-to"]').selectOption(ids[3]);
  await block.locator('.year-compare h3').waitFor();
  await block.screenshot({ path: join(OUT, 'years-compare.png') });
  await block.locator('button[name="charts"]').click();
  await block.locator('figure.year-chart .chart-host canvas').first().waitFor();
  await block.locator('.year-charts').screenshot({ path: join(OUT, 'years-charts.png') });
  await block.locator('figure.year-chart[data-chart="applications"]').screenshot({ path: join(OUT, 'years-chart-applications.png') });
  const copied = await page.evaluate(() => document.body.textContent?.includes('有警告') ?? false);
  await page.close();
  return `Years of one agency (${agency}, ${captures.length} reports, 2024 repeating 2023's section 五${copied ? ', flagged copied-text' : ''}): `
    + `${OUT}/years-collection.png, years-compare.png (2023 and 2024 compared), years-charts.png and years-chart-applications.png`;
}

function printTable(head: string[], rows: string[][]) {
  // CJK and full-width characters take two terminal columns
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[], style = (s: string, _i: number) => s) =>
    cells.map((c, i) => style(c + ' '.repeat(widths[i] - width(c)), i)).join('  ');
  console.log(pc.bold(line(head)));
  for (const r of rows) console.log(line(r, (s, i) => (i === 1 || i === 2 ? (BADGE_STYLE[r[1]] ?? String)(s) : s)));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
