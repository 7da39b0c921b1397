// The batch run: every link ends as a row (audited or failed with its reason), never an exception; cancel ends it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchRow, type RowState } from '../../src/batch/run';
import { auditFetched } from '../../src/batch/audit-fetched';
import { BatchFailure } from '../../src/batch/failure';
import { batchCsv, batchJsonl, BATCH_CSV_FIELDS } from '../../src/batch/export';
import { sortRows } from '../../src/batch/sort';
import type { Candidate } from '../../src/fetched/links';
import type { FetchedPage } from '../../src/batch/fetch-page';
import { readHtmlString } from '../../src/node/cheerio';

const ROOT = join(__dirname, '../..');
const HOST = 'http://www.example.gov.cn';
const cand = (path: string, text = path): Candidate => ({ href: `${HOST}/${path}`, text, sameOrigin: true });

/** a site in memory: fixture files by path, a 404 for anything else, one page that never answers */
const site = (path: string, signal: AbortSignal): Promise<FetchedPage> => {
  if (path.endsWith('hang.html')) {
    return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))));
  }
  try {
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'test/fixtures', path)));
    return Promise.resolve({ url: `${HOST}/${path}`, bytes, charset: null, html: true });
  } catch {
    return Promise.reject(new BatchFailure('http', '404 Not Found'));
  }
};

async function run(links: Candidate[], extra: Partial<Parameters<typeof runBatch>[1]> = {}, signal = new AbortController().signal) {
  const rows: BatchRow[] = links.map((link) => ({ link, state: { phase: 'waiting' } }));
  const seen: RowState['phase'][][] = links.map(() => []);
  await runBatch(links, {
    lang: 'zh', signal, delayMs: 0,
    onRow: (i, state) => { rows[i] = { ...rows[i], state }; seen[i].push(state.phase); },
    fetchPage: (url, s) => site(new URL(url).pathname.slice(1), s),
    audit: (page, lang) => auditFetched(page, lang, readHtmlString),
    ...extra,
  });
  return { rows, seen };
}

const kinds = (rows: BatchRow[]) => rows.map((r) => (r.state.phase === 'done' ? r.state.audited.result.verdict : r.state.phase === 'failed' ? r.state.kind : r.state.phase));

describe('a batch run', () => {
  it('a row per link: verdicts for the reports, reasons for the failures', async () => {
    const links = [
      cand('html/broken-balance.html'), cand('html/word-export-2023-consistent.html'), cand('nonreport/news-article.html'),
      cand('html/gone.html'), cand('html/broken-shifted-row.html'),
    ];
    const { rows, seen } = await run(links);
    expect(kinds(rows)).toEqual(['inconsistent', 'consistent', 'not-report', 'http', 'warnings']);
    expect(seen[0]).toEqual(['fetching', 'done']);
    expect(rows[3].state).toEqual({ phase: 'failed', kind: 'http', detail: '404 Not Found' });
  });

  it('a link to a host the user did not grant fails without a request', async () => {
    let asked = 0;
    const { rows } = await run([cand('html/broken-balance.html')], {
      denied: () => true, fetchPage: () => { asked++; return Promise.reject(new Error('no')); },
    });
    expect(asked).toBe(0);
    expect(rows[0].state).toEqual({ phase: 'failed', kind: 'permission', detail: 'www.example.gov.cn' });
  });

  it('a checker failure on one page is that page\'s row', async () => {
    const { rows } = await run([cand('html/broken-balance.html')], { audit: () => { throw new Error('boom'); } });
    expect(rows[0].state).toEqual({ phase: 'failed', kind: 'failed', detail: 'boom' });
  });

  it('files are audited rows: an asynchronous reader\'s result is awaited; a scanned PDF is an unverified row, not "not a report"', async () => {
    const { auditDoc } = await import('../../src/audit');
    const { readPdfBytes } = await import('../../src/node/pdf');
    const { readDocxBytes } = await import('../../src/node/docx');
    const { pdfTextToDoc } = await import('../../src/page/pdf');
    const links = [cand('real/huaian-2024.pdf'), cand('office/broken-row-total.docx'), cand('office/scan.pdf')];
    const { rows } = await run(links, {
      fetchPage: (url) => Promise.resolve({ url, bytes: new Uint8Array(), charset: null, html: true, file: true }),
      audit: async (page, lang) => {
        const path = new URL(page.url).pathname.slice(1);
        const bytes = () => new Uint8Array(readFileSync(join(ROOT, 'test/fixtures', path)));
        // a scan: pages without a single text item
        const doc = path.endsWith('scan.pdf') ? pdfTextToDoc([{ page: 1, width: 595, height: 842, items: [] }])
          : path.endsWith('.pdf') ? await readPdfBytes(bytes()) : await readDocxBytes(bytes());
        return { result: auditDoc(doc, page.url, { lang }).result };
      },
    });
    expect(kinds(rows)).toEqual(['consistent', 'inconsistent', 'unverified']);
  }, 60_000);

  it('cancel: what is under way and what waits ends as "cancelled", what is done stays', async () => {
    const ctl = new AbortController();
    const links = [cand('html/broken-balance.html'), cand('html/hang.html'), cand('html/broken-row-total.html'), cand('html/placeholders.html')];
    const done = run(links, { concurrency: 2 }, ctl.signal);
    setTimeout(() => ctl.abort(), 50);
    const { rows } = await done;
    expect(kinds(rows)[0]).toBe('inconsistent');
    expect(kinds(rows)[1]).toBe('cancelled');
    expect(rows.every((r) => r.state.phase === 'done' || r.state.phase === 'failed')).toBe(true);
  });
});

describe('the results written out and sorted', () => {
  const rowsOf = async () => (await run([
    cand('html/word-export-2023-consistent.html', '=HYPERLINK("http://x","年报")'), cand('html/gone.html', '-2023年报'),
    cand('html/broken-balance.html', '+1'),
  ])).rows;

  it('CSV: UTF-8 with a BOM, a row per link, formulas neutralised, signed numbers kept', async () => {
    const csv = batchCsv(await rowsOf());
    expect(csv.startsWith('\ufeffurl,link_text,')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...BATCH_CSV_FIELDS]);
    expect(parsed.data.map((r) => r.link_text)).toEqual(['\'=HYPERLINK("http://x","年报")', '\'-2023年报', '+1']);
    expect(parsed.data.map((r) => r.verdict)).toEqual(['consistent', '', 'inconsistent']);
    expect(parsed.data[1]).toMatchObject({ problem: 'http', problem_detail: '404 Not Found' });
    expect(Number(parsed.data[2].errors)).toBeGreaterThan(0);
  });

  it('JSON Lines: the full result or the failure, one line per link', async () => {
    const lines = batchJsonl(await rowsOf()).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ url: `${HOST}/html/gone.html`, linkText: '-2023年报', problem: 'http', detail: '404 Not Found' });
    expect(lines[2]).toMatchObject({ verdict: 'inconsistent', isReport: true });
    expect(Array.isArray(lines[2].findings)).toBe(true);
  });

  it('sorts by a column either way, failures last, ties in page order', async () => {
    const rows = await rowsOf();
    const order = (key: Parameters<typeof sortRows>[1]['key'], dir: 1 | -1) => sortRows(rows, { key, dir }).map((x) => x.index);
    expect(order('verdict', 1)).toEqual([2, 0, 1]);
    expect(order('verdict', -1)).toEqual([0, 2, 1]);
    expect(order('errors', -1)).toEqual([2, 0, 1]);
    expect(order('url', 1)).toEqual([2, 1, 0]);
  });
});
