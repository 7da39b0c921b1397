// The content script's cost in Chromium, in its two stages: the built extension is loaded (as users run it), and the
// same functions each stage runs — the quick detector injected into every page (quickVerdict: the report check, and
// the size check on report-like pages) and the auditor the background injects on report pages (auditPage: DOM walk,
// extraction, rules, findings without rendered messages) — are bundled with esbuild, put into each page and timed
// with performance.now().
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

export interface PageTimes { runs: number[] }
export interface BrowserBench {
  detectMedianMs: number;
  auditMedianMs: number;
  /** the first (cold) audit on each page, median */
  auditColdMedianMs: number;
  /** the longest single run of either on the main thread */
  worstBlockMs: number;
  /** long tasks (> 50 ms) Chromium saw while the extension's own content script ran on the pages */
  extensionLongTasksMs: number[];
}

const ENTRY = `
import { quickVerdict } from './src/content/detector';
import { auditPage } from './src/content/audit-page';
globalThis.__gra = { quickVerdict, auditPage };
`;

async function bundle(root: string): Promise<string> {
  const out = await build({ stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'iife', write: false, target: 'chrome120' });
  return out.outputFiles[0].text;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN; };

const RUNS = 7;

export async function benchBrowser(root: string, extensionDir: string, reports: string[], others: string[]): Promise<BrowserBench> {
  const code = await bundle(root);
  const files = [...reports, ...others];
  const server = createServer((req, res) => {
    const i = Number(/\/p(\d+)\.html$/.exec(req.url ?? '')?.[1]);
    if (!(i >= 0 && i < files.length)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(files[i]));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, `--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${port}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const detect: number[] = [];
  const audit: number[] = [];
  const cold: number[] = [];
  const longTasks: number[] = [];
  let worst = 0;
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    });
    for (let i = 0; i < files.length; i++) {
      await page.goto(`http://www.bench.gov.cn/p${i}.html`, { waitUntil: 'load' });
      await page.waitForTimeout(300); // the extension's content script runs at document_idle
      longTasks.push(...await page.evaluate(() => (window as unknown as { __long: number[] }).__long));
      await page.addScriptTag({ content: code });
      const isReport = i < reports.length;
      const times = await page.evaluate(({ runs, full }) => {
        const g = (globalThis as unknown as { __gra: { quickVerdict(d: Document): string; auditPage(d: Document, s: string): unknown } }).__gra;
        const out: number[] = [];
        for (let r = 0; r < runs; r++) {
          const t = performance.now();
          // as the auditor runs it: findings carry rule ids and parameters, the popup renders the messages
          if (full) g.auditPage(document, location.href); else g.quickVerdict(document);
          out.push(performance.now() - t);
        }
        return out;
      }, { runs: RUNS, full: isReport });
      worst = Math.max(worst, ...times);
      if (isReport) { audit.push(median(times)); cold.push(times[0]); } else detect.push(median(times));
    }
  } finally {
    await context.close();
    server.close();
  }
  return { detectMedianMs: median(detect), auditMedianMs: median(audit), auditColdMedianMs: median(cold), worstBlockMs: worst, extensionLongTasksMs: longTasks };
}

export const EXTENSION_DIR = (root: string) => join(root, '.output/chrome-mv3');
