// One link of a batch, from request to audit: every failure comes out as a BatchFailure of the right kind, and a page
// read from the fetched bytes gets the CLI's verdict (GBK pages included).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fetchPage } from '../../src/batch/fetch-page';
import { auditFetched } from '../../src/batch/audit-fetched';
import { BatchFailure } from '../../src/batch/failure';
import { readHtmlString } from '../../src/node/cheerio';
import { readFixture } from '../support/read';
import { auditDoc } from '../../src/audit';

const ROOT = join(__dirname, '../..');
const URL_ = 'http://www.example.gov.cn/nb/r.html';
const bytesOf = (path: string) => new Uint8Array(readFileSync(join(ROOT, path)));

/** a fetch that answers once, recording how it was called */
const answering = (body: BodyInit | null, init: ResponseInit) => vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(body, init));

/** a fetch that never answers until aborted, as a hung server */
const hanging = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => new Promise<Response>((_, reject) => {
  init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
}));

const failureOf = async (p: Promise<unknown>) => {
  try { await p; } catch (e) { return e instanceof BatchFailure ? { kind: e.kind, detail: e.detail } : e; }
  return null;
};

describe('fetching a linked page', () => {
  it('sends no cookies and reads the charset and the final address', async () => {
    const fetch = answering('<html></html>', { status: 200, headers: { 'content-type': 'text/html; charset=GBK' } });
    const got = await fetchPage(URL_, { timeoutMs: 1_000, fetch });
    expect(fetch.mock.calls[0][1]).toMatchObject({ credentials: 'omit' });
    expect(got).toMatchObject({ url: URL_, charset: 'gbk', html: true });
  });

  it('turns each failure into a row\'s reason', async () => {
    const fetch = vi.fn();
    // files the checker cannot read are refused before any request: legacy Office with its reason, others as attachments
    expect(await failureOf(fetchPage('http://x.gov.cn/nb/2023.DOC', { timeoutMs: 1_000, fetch }))).toEqual({ kind: 'unreadable-format', detail: '.doc' });
    expect(await failureOf(fetchPage('http://x.gov.cn/nb/2023.wps', { timeoutMs: 1_000, fetch }))).toEqual({ kind: 'unreadable-format', detail: '.wps' });
    expect(await failureOf(fetchPage('http://x.gov.cn/nb/2023.zip', { timeoutMs: 1_000, fetch }))).toEqual({ kind: 'attachment', detail: '.zip' });
    expect(fetch).not.toHaveBeenCalled();
    expect(await failureOf(fetchPage(URL_, { timeoutMs: 1_000, fetch: answering('gone', { status: 404, statusText: 'Not Found' }) })))
      .toEqual({ kind: 'http', detail: '404 Not Found' });
    expect(await failureOf(fetchPage(URL_, { timeoutMs: 1_000, fetch: answering('PK', { status: 200, headers: { 'content-type': 'application/msword' } }) })))
      .toEqual({ kind: 'unreadable-format', detail: 'application/msword' });
    expect(await failureOf(fetchPage(URL_, { timeoutMs: 1_000, fetch: answering('GIF89a', { status: 200, headers: { 'content-type': 'image/gif' } }) })))
      .toEqual({ kind: 'attachment', detail: 'image/gif' });
    expect(await failureOf(fetchPage(URL_, { timeoutMs: 1_000, fetch: vi.fn(async () => { throw new TypeError('Failed to fetch'); }) })))
      .toEqual({ kind: 'network', detail: 'Failed to fetch' });
    expect(await failureOf(fetchPage(URL_, { timeoutMs: 1_000, maxBytes: 10, fetch: answering('x'.repeat(100), { status: 200 }) })))
      .toMatchObject({ kind: 'too-large' });
  });

  it('counts the body while it streams and stops at the cap: an endless body is not read to its end', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({ pull(c) { pulled++; c.enqueue(new Uint8Array(64 * 1024)); } });
    const got = await failureOf(fetchPage(URL_, { timeoutMs: 5_000, maxBytes: 1024 * 1024, fetch: answering(endless, { status: 200, headers: { 'content-type': 'text/html' } }) }));
    expect(got).toEqual({ kind: 'too-large', detail: 'larger than 1 MB (the most that is read)' });
    expect(pulled).toBeLessThan(40);
  });

  it('fetches report files (PDF, Word) as files: by the address, or by the answer\'s type', async () => {
    const pdf = answering('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } });
    expect(await fetchPage('http://x.gov.cn/nb/2023.pdf', { timeoutMs: 1_000, fetch: pdf })).toMatchObject({ file: true });
    expect(pdf.mock.calls[0][1]).toMatchObject({ credentials: 'omit' });
    // a download link without an extension, answered as a generic download
    const got = await fetchPage('http://x.gov.cn/download.jsp?id=7', { timeoutMs: 1_000, fetch: answering('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/octet-stream' } }) });
    expect(got.file).toBe(true);
    expect(new TextDecoder().decode(got.bytes)).toBe('%PDF-1.7');
    // a .docx link answered with an odd type is still a file, read by its bytes
    expect(await fetchPage('http://x.gov.cn/nb/2023.docx', { timeoutMs: 1_000, fetch: answering('PK', { status: 200, headers: { 'content-type': 'application/zip' } }) }))
      .toMatchObject({ file: true });
    // a page stays a page
    expect((await fetchPage(URL_, { timeoutMs: 1_000, fetch: answering('<p>', { status: 200, headers: { 'content-type': 'text/html' } }) })).file).toBeUndefined();
    // the byte cap holds for files too
    expect(await failureOf(fetchPage('http://x.gov.cn/nb/2023.pdf', { timeoutMs: 1_000, maxBytes: 10, fetch: answering('%PDF-'.repeat(10), { status: 200, headers: { 'content-type': 'application/pdf' } }) })))
      .toMatchObject({ kind: 'too-large' });
  });

  it('gives up after the time limit, and tells a timeout from a cancel', async () => {
    expect(await failureOf(fetchPage(URL_, { timeoutMs: 30, fetch: hanging }))).toEqual({ kind: 'timeout', detail: '0.03 s' });
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 10);
    expect(await failureOf(fetchPage(URL_, { timeoutMs: 5_000, signal: ctl.signal, fetch: hanging }))).toEqual({ kind: 'cancelled', detail: '' });
  });
});

describe('auditing a fetched page', () => {
  const cli = (path: string) => auditDoc(readFixture(join(ROOT, path)), URL_, { lang: 'zh' }).result;

  it('a GBK page served as charset=gbk: the CLI\'s verdict and findings', () => {
    const path = 'test/fixtures/html/gbk-word-export.html';
    const { result, capture } = auditFetched({ url: URL_, bytes: bytesOf(path), charset: 'gbk', html: true }, 'zh', readHtmlString);
    expect(result).toEqual(cli(path));
    expect(capture?.text).toContain('政府信息公开');
    // the same bytes without the header: found by the page's <meta charset>
    expect(auditFetched({ url: URL_, bytes: bytesOf(path), charset: null, html: true }, 'zh', readHtmlString).result).toEqual(cli(path));
  });

  it('a broken report keeps its findings; a capture is ready for the collection', () => {
    const path = 'test/fixtures/html/broken-balance.html';
    const { result, capture } = auditFetched({ url: URL_, bytes: bytesOf(path), charset: 'utf-8', html: true }, 'zh', readHtmlString);
    expect(result).toEqual(cli(path));
    expect(capture).toMatchObject({ url: URL_, result });
    expect(capture!.tables.length).toBeGreaterThan(0);
  });

  it('a page that is no report: no capture, and the checker\'s reason', () => {
    const got = auditFetched({ url: URL_, bytes: bytesOf('test/fixtures/nonreport/news-article.html'), charset: null, html: true }, 'zh', readHtmlString);
    expect(got.result.isReport).toBe(false);
    expect(got.capture).toBeUndefined();
    expect(typeof got.reason).toBe('string');
  });

  it('binary data or text no encoding reads is "undecodable"', () => {
    const binary = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0]);
    const kindOf = (f: () => unknown) => { try { f(); } catch (e) { return (e as BatchFailure).kind; } return null; };
    expect(kindOf(() => auditFetched({ url: URL_, bytes: binary, charset: null, html: true }, 'zh', readHtmlString))).toBe('undecodable');
    const latin = new TextEncoder().encode('<p>x</p>'.repeat(10));
    const garbage = new Uint8Array([...latin, ...Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0xfe))]);
    expect(kindOf(() => auditFetched({ url: URL_, bytes: garbage, charset: 'utf-8', html: true }, 'zh', readHtmlString))).toBe('undecodable');
  });
});
