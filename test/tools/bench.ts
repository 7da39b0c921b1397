// `npm run bench`: numbers, not assertions. CLI throughput against pandas.read_html on 2,000 generated pages,
// the content script's cost in Chromium, its bundle size, and the CLI's peak memory. Writes bench/results.json.
// The CLI measured is the built bundle (dist/cli/bin.mjs; `npm run bench` builds it). `--cli-only`: pandas and the CLI.
import { readdirSync, statSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBrowser, EXTENSION_DIR } from './bench/browser';
import { benchCli } from './bench/cli';
import { ensureCorpus } from './bench/corpus';
import { benchPandas } from './bench/pandas';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = 2_000;
const GOALS = { ratio: 5, detectMs: 1, auditMs: 20, bundleKb: 16, rssMb: 300 };

const corpus = ensureCorpus(join(ROOT, 'bench/corpus'), PAGES);
const names = readdirSync(corpus.dir).filter((f) => f.endsWith('.html')).sort();
process.stderr.write(`[bench] corpus: ${corpus.files} pages, ${(corpus.bytes / corpus.files / 1024).toFixed(0)} KB on average\n`);

process.stderr.write('[bench] pandas.read_html …\n');
const pandas = benchPandas(corpus.dir);
const jobs = availableParallelism();
process.stderr.write(`[bench] CLI, --jobs ${jobs} …\n`);
const cli = await benchCli(ROOT, corpus.dir, corpus.files, jobs);
process.stderr.write('[bench] CLI, --jobs 1 …\n');
const cli1 = await benchCli(ROOT, corpus.dir, corpus.files, 1);

/** `--cli-only`: the CLI against pandas alone (no Chromium, no bundle size), printed and kept in bench/results-cli.json */
if (process.argv.includes('--cli-only')) {
  const ratioCli = 'skipped' in pandas ? null : cli.pagesPerSecond / pandas.pagesPerSecond;
  const partial = { at: new Date().toISOString(), loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '), pandas, cli, cli1, ratio: ratioCli };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results-cli.json'), `${JSON.stringify(partial, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(partial, null, 2)}\n`);
  process.exit(0);
}

process.stderr.write('[bench] Chromium …\n');
const pick = (test: (n: string) => boolean) => names.filter(test).slice(0, 20).map((n) => join(corpus.dir, n));
const isOther = (n: string) => /-(listing|template-notice|budget|news|statistics)\.html$/.test(n);
const browser = await benchBrowser(ROOT, EXTENSION_DIR(ROOT), pick((n) => !isOther(n)), pick(isOther));

// what the manifest injects into every page (the quick detector); the auditor is injected on report pages only
const scripts = join(EXTENSION_DIR(ROOT), 'content-scripts');
const bundleKb = readdirSync(scripts).filter((f) => f.endsWith('.js')).reduce((n, f) => n + statSync(join(scripts, f)).size, 0) / 1024;
const auditorKb = statSync(join(EXTENSION_DIR(ROOT), 'auditor.js')).size / 1024;

const ratio = 'skipped' in pandas ? null : cli.pagesPerSecond / pandas.pagesPerSecond;
const results = {
  at: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? '?', cores: jobs, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') },
  corpus: { pages: corpus.files, averageKb: corpus.bytes / corpus.files / 1024 },
  pandas, cli, cli1, ratio, ratioOneJob: 'skipped' in pandas ? null : cli1.pagesPerSecond / pandas.pagesPerSecond,
  browser, bundleKb, auditorKb, goals: GOALS,
};
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const f = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
const mark = (ok: boolean | null) => (ok === null ? '  ' : ok ? '✓ ' : '✗ ');
const rows: Array<[string, string, string, boolean | null]> = [
  ['CLI throughput / pandas.read_html', ratio === null ? `skipped: ${(pandas as { skipped: string }).skipped}` : `${f(ratio)}×  (${f(cli.pagesPerSecond)} vs ${f((pandas as { pagesPerSecond: number }).pagesPerSecond)} pages/s, --jobs ${jobs})`, `≥ ${GOALS.ratio}×`, ratio === null ? null : ratio >= GOALS.ratio],
  ['  the same, --jobs 1', results.ratioOneJob === null ? '—' : `${f(results.ratioOneJob)}×  (${f(cli1.pagesPerSecond)} pages/s)`, '', null],
  ['Detection, non-report pages (median)', `${f(browser.detectMedianMs, 2)} ms`, `≤ ${GOALS.detectMs} ms`, browser.detectMedianMs <= GOALS.detectMs],
  ['Full audit, report pages (median)', `${f(browser.auditMedianMs)} ms  (first run ${f(browser.auditColdMedianMs)} ms)`, `≤ ${GOALS.auditMs} ms`, browser.auditMedianMs <= GOALS.auditMs],
  ['Worst main-thread block', `${f(browser.worstBlockMs)} ms`, '', null],
  ['Content script injected into every page, minified', `${f(bundleKb)} KB  (auditor, report pages only: ${f(auditorKb)} KB)`, `≤ ${GOALS.bundleKb} KB`, bundleKb <= GOALS.bundleKb],
  ['CLI peak RSS, 2,000 pages', `${f(cli.peakRssMb, 0)} MB  (--jobs 1: ${f(cli1.peakRssMb, 0)} MB)`, `≤ ${GOALS.rssMb} MB`, cli.peakRssMb === null ? null : cli.peakRssMb <= GOALS.rssMb],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
process.stdout.write(`\n${results.machine.cpu}, ${jobs} cores, ${results.machine.memoryGb} GB, Node ${process.version}; corpus ${corpus.files} pages, ${f(results.corpus.averageKb, 0)} KB average\n\n`);
for (const [name, value, goal, ok] of rows) process.stdout.write(`${mark(ok)}${name.padEnd(w0)}  ${value.padEnd(w1)}  ${goal}\n`);
process.stdout.write('\nbench/results.json written\n');
