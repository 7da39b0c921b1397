// Report attachments in real Chromium: an article linking a real PDF, a Word file (LibreOffice's .docx of a generated
// broken report) and a legacy .doc. The popup offers each readable file and names the .doc's problem; the file page
// fetches, reads (pdfjs / mammoth, bundled) and audits the file, draws its tables from the data read with the failing
// cells marked and page numbers given, and saves it to the collection; the batch tab audits the attachments as rows;
// a PDF open in a tab is offered too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { auditDoc } from '../../src/audit';
import { readDocxBytes } from '../../src/node/docx';
import { readPdfBytes } from '../../src/node/pdf';
import type { AuditResult, Lang } from '../../src/model/types';
import { openPopup } from '../tools/extension-browser';
import { ROOT } from '../tools/serve';
import { useExtensionBrowser } from './harness';

declare const chrome: Browser;

const ARTICLE = 'test/e2e/pages/attachments.html';
const PDF = 'test/fixtures/real/huaian-2024.pdf';
const DOCX = 'test/fixtures/office/broken-row-total.docx';
const DOC = 'test/fixtures/office/old-2019.doc';
const SHOTS = process.env.E2E_SHOTS ?? '/tmp';

/** the same file through the CLI's readers and the checker: what the extension must find in it */
async function nodeAudit(path: string, source: string, lang: Lang): Promise<AuditResult> {
  const bytes = new Uint8Array(readFileSync(join(ROOT, path)));
  const doc = path.endsWith('.pdf') ? await readPdfBytes(bytes) : await readDocxBytes(bytes);
  return auditDoc(doc, source, { lang }).result;
}

/** what the file page shows: verdict, year, findings (rule, anchor, page line), tables with their marked cells */
async function shown(file: Page) {
  return file.evaluate(() => ({
    verdict: document.querySelector('article.report')?.getAttribute('data-verdict') ?? null,
    format: document.querySelector('article.report')?.getAttribute('data-format') ?? null,
    findings: Array.from(document.querySelectorAll('li.finding'), (li) => ({
      rule: li.getAttribute('data-rule')!, severity: li.classList.contains('error') ? 'error' : li.classList.contains('warning') ? 'warning' : 'info',
      anchor: li.getAttribute('data-anchor')!, message: li.querySelector('.message')!.textContent!, page: li.querySelector('.page')?.textContent ?? null,
    })),
    tables: Array.from(document.querySelectorAll('.file-table'), (d) => ({
      table: d.getAttribute('data-table'), pages: d.querySelector('.pages')?.textContent ?? null,
      cells: d.querySelectorAll('td').length,
      marked: Array.from(d.querySelectorAll('td.marked'), (td) => ({
        anchor: td.getAttribute('data-anchor')!, cls: td.className, text: td.textContent!,
        row: td.parentElement!.querySelector('th')!.textContent!,
      })),
    })),
    identity: document.querySelector('.identity, .report-identity')?.textContent ?? '',
  }));
}

describe('report attachments', () => {
  const h = useExtensionBrowser();
  let popup: Page;

  it('pdfjs and mammoth are in the build, but only in chunks the file page and the batch tab load on demand', () => {
    const out = join(ROOT, '.output/chrome-mv3');
    const content = readFileSync(join(out, 'content-scripts/content.js'), 'utf8');
    const popupHtml = readFileSync(join(out, 'popup.html'), 'utf8');
    // what each library's code says of itself (pdfjs's worker set-up, mammoth's Word parts, their CMap option)
    for (const marker of ['GlobalWorkerOptions', 'cMapPacked', 'word/document.xml', 'convertToHtml']) {
      expect(content, marker).not.toContain(marker);
    }
    expect(popupHtml).not.toMatch(/pdf-browser|docx-browser|audit-any/);
    expect(readdirSync(join(out, 'chunks')).filter((f) => /^(pdf|docx)-browser-/.test(f))).toHaveLength(2);
    // the CMaps and standard fonts ship with the extension: nothing is fetched from elsewhere
    expect(readdirSync(join(out, 'pdfjs/cmaps'))).toContain('UniGB-UCS2-H.bcmap');
    expect(readdirSync(join(out, 'pdfjs/standard_fonts')).length).toBeGreaterThan(10);
  });

  it('the popup offers each readable attachment, and says why the .doc cannot be read', async () => {
    await h.page.goto(h.server.url(ARTICLE));
    popup = await openPopup(h.ext, h.tabId);
    const offers = popup.locator('button[name="file-audit"]');
    await expect.poll(() => offers.count(), { timeout: 10_000 }).toBe(2);
    expect(await offers.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-href')))).toEqual([h.server.url(PDF), h.server.url(DOCX)]);
    expect(await offers.first().textContent()).toBe(h.msg('file_offer_audit', '淮安市人民政府2024年政府信息公开工作年度报告.pdf'));
    const legacy = popup.locator('.file-offer .legacy');
    expect(await legacy.getAttribute('data-href')).toBe(h.server.url(DOC));
    expect(await legacy.textContent()).toBe(h.msg('file_offer_legacy', '示例县人民政府2019年政府信息公开工作年度报告.doc'));
    await popup.screenshot({ path: join(SHOTS, 'extfmt-popup.png'), fullPage: true });
  });

  it('audits the Word attachment: the checker\'s findings, its tables drawn from the data read, failing cells marked; saves it', async () => {
    const expected = await nodeAudit(DOCX, h.server.url(DOCX), h.lang);
    expect(expected.verdict).toBe('inconsistent');
    const [file] = await Promise.all([h.ext.context.waitForEvent('page'), popup.locator(`button[data-href="${h.server.url(DOCX)}"]`).click()]);
    await file.waitForSelector('main.file[data-phase="done"]', { timeout: 60_000 });
    const got = await shown(file);
    expect(got.verdict).toBe(expected.verdict);
    expect(got.format).toBe('docx');
    expect(got.findings.map((f) => [f.rule, f.anchor, f.message])).toEqual(
      expect.arrayContaining(expected.findings.map((f) => [f.rule, f.location.anchor ?? '', f.message])));
    expect(got.findings).toHaveLength(expected.findings.length);
    // the generated defect: two row totals of table 3 wrong; their cells are marked in the table drawn again
    const rowTotals = expected.findings.filter((f) => f.rule === 'row-total');
    expect(rowTotals.length).toBe(2);
    const table3 = got.tables.find((t) => t.table === '3')!;
    expect(table3.cells).toBeGreaterThan(100);
    for (const f of rowTotals) {
      const mark = table3.marked.find((m) => m.anchor === f.location.anchor);
      expect(mark, f.location.row ?? '').toBeDefined();
      expect(mark!.cls).toContain('error');
      expect(f.location.row).toContain(mark!.row.trim());
    }
    // a Word file has no pages
    expect(got.tables.every((t) => t.pages === null)).toBe(true);
    await file.screenshot({ path: join(SHOTS, 'extfmt-file-docx.png'), fullPage: true });

    await file.click('button[name="save-to-collection"]');
    await file.waitForSelector('.save-to-collection p.hint:not(.error)');
    const col = await h.ext.context.newPage();
    await col.goto(`chrome-extension://${h.ext.extensionId}/collection.html`);
    const row = col.locator('table.reports tbody tr', { hasText: expected.title });
    await expect.poll(() => row.count()).toBe(1);
    await row.locator('td.title button').click();
    await col.waitForSelector('article.report');
    expect(await col.locator('article.report li.finding').count()).toBe(expected.findings.length);
    expect(await col.locator(`article.report a[href="${h.server.url(DOCX)}"]`).count()).toBe(1);
    await col.close();
    await file.close();
  });

  it('audits the PDF attachment: 2024, consistent, its tables drawn from the data read, with page numbers', async () => {
    const [file] = await Promise.all([h.ext.context.waitForEvent('page'), popup.locator(`button[data-href="${h.server.url(PDF)}"]`).click()]);
    await file.waitForSelector('main.file[data-phase="done"]', { timeout: 60_000 });
    await file.screenshot({ path: join(SHOTS, 'extfmt-file-pdf.png'), fullPage: true });
    const got = await shown(file);
    const expected = await nodeAudit(PDF, h.server.url(PDF), h.lang);
    expect(got.format).toBe('pdf');
    expect(got.verdict).toBe('consistent');
    expect(got.verdict).toBe(expected.verdict);
    expect(got.findings.map((f) => [f.rule, f.anchor, f.message])).toEqual(expected.findings.map((f) => [f.rule, f.location.anchor ?? '', f.message]));
    expect(got.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(got.tables.map((t) => t.table).sort()).toEqual(['2', '3', '4']);
    // the file's pages: table 2 runs over pages 3–4, table 3 over 4–5 (pdftotext -layout shows the same)
    expect(got.tables.find((t) => t.table === '2')!.pages).toBe(h.msg('file_pages', 3, 4));
    expect(got.tables.find((t) => t.table === '3')!.pages).toBe(h.msg('file_pages', 4, 5));
    const cells = await file.locator('.file-table[data-table="3"] td').allTextContents();
    for (const n of ['3001', '3119', '2932', '3050', '103']) expect(cells).toContain(n);
    expect(got.identity).toContain('2024');
    await file.close();
  });

  it('the batch tab audits the attachments as rows, and gives the .doc its clear reason', async () => {
    const [batch] = await Promise.all([h.ext.context.waitForEvent('page'), popup.locator('button[name="batch-open"]').click()]);
    await batch.waitForSelector('input[name="batch-link"]');
    await batch.click('button[name="batch-start"]');
    await batch.waitForSelector('main.batch[data-phase="done"]', { timeout: 90_000 });
    const rows = await batch.locator('tr.row').evaluateAll((trs) => trs.map((tr) => ({
      url: tr.getAttribute('data-url')!, status: tr.getAttribute('data-status')!, verdict: tr.querySelector('td.verdict')!.textContent,
    })));
    const byPath = Object.fromEntries(rows.map((r) => [new URL(r.url).pathname.slice(1), r]));
    expect(byPath[DOCX].status).toBe('inconsistent');
    expect(byPath[PDF].status).toBe('consistent');
    expect(byPath[DOC]).toMatchObject({ status: 'unreadable-format', verdict: h.msg('batch_failure_unreadable_format') });
    // the files' reports go to the collection with "save all", like pages
    await batch.click('button[name="batch-save-all"]');
    await expect.poll(() => batch.locator('.result-actions .saved').textContent()).toBe(h.msg('batch_saved', 2));
    const col = await h.ext.context.newPage();
    await col.goto(`chrome-extension://${h.ext.extensionId}/collection.html`);
    await expect.poll(() => col.locator('table.reports td.title').allTextContents()).toEqual(expect.arrayContaining([
      expect.stringContaining('淮安市人民政府'), expect.stringContaining('泰和县人民政府'),
    ]));
    await col.close();
    await batch.close();
    await popup.close();
  });

  it('a PDF open in a tab: the popup offers "audit this PDF"', async () => {
    const url = h.server.url(PDF);
    // Chromium's PDF viewer (or, headless, a download): no content script either way; the tab's address is what counts
    await h.page.goto(url).catch(() => undefined);
    const w = await h.ext.worker();
    const tabUrl = await w.evaluate(async (id) => (await chrome.tabs.get(id)).url ?? '', h.tabId);
    if (tabUrl !== url) return expect.soft(tabUrl, 'headless Chromium downloaded the PDF instead of showing it').toBe(url);
    const p = await openPopup(h.ext, h.tabId);
    const offer = p.locator('button[name="file-audit-tab"]');
    await expect.poll(() => offer.count()).toBe(1);
    expect(await offer.textContent()).toBe(h.msg('file_offer_pdf_tab'));
    const [file] = await Promise.all([h.ext.context.waitForEvent('page'), offer.click()]);
    await file.waitForSelector('main.file[data-phase="done"]', { timeout: 60_000 });
    expect((await shown(file)).format).toBe('pdf');
    await file.close();
    await p.close();
  });

  it('a PDF in a tab at an address that does not say so (a download link): told by the document\'s type', async () => {
    const url = `${h.server.putFile('download/attachment', PDF, 'application/pdf')}?id=2024`;
    await h.page.goto(url).catch(() => undefined);
    const p = await openPopup(h.ext, h.tabId);
    const offer = p.locator('button[name="file-audit-tab"]');
    await expect.poll(() => offer.count(), { timeout: 10_000 }).toBe(1);
    const [file] = await Promise.all([h.ext.context.waitForEvent('page'), offer.click()]);
    await file.waitForSelector('main.file[data-phase="done"]', { timeout: 60_000 });
    expect(await shown(file)).toMatchObject({ format: 'pdf', verdict: 'consistent' });
    await file.close();
    // an ordinary page outside the PDF viewer gets no such offer
    await h.page.goto(h.server.url('test/e2e/pages/plain-news.html'));
    const q = await openPopup(h.ext, h.tabId, p);
    await new Promise((r) => setTimeout(r, 500));
    expect(await q.locator('button[name="file-audit-tab"]').count()).toBe(0);
    await p.close();
  });

  // test/e2e/pages/scan.pdf: page 1 of the real PDF rendered to a JPEG (pdftoppm -r 40 -gray) in a hand-written
  // one-page PDF, an image and no text; damaged.pdf: the real PDF's first 3,000 bytes
  const filePage = async (url: string) => {
    const page = await h.ext.context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => { if (/^https?:/.test(r.url())) requested.push(r.url()); });
    await page.goto(`chrome-extension://${h.ext.extensionId}/file.html?url=${encodeURIComponent(url)}`);
    return { page, requested };
  };

  it('a scanned PDF is unverified with the reason, never "inconsistent" or "not a report"', async () => {
    const { page } = await filePage(h.server.url('test/e2e/pages/scan.pdf'));
    await page.waitForSelector('main.file[data-phase="done"]', { timeout: 60_000 });
    expect(await page.locator('.verdict').getAttribute('data-verdict')).toBe('unverified');
    expect(await page.locator('li.finding').count()).toBe(0);
    expect(await page.locator('.not-checked').textContent()).toMatch(h.lang === 'zh' ? /扫描/ : /scan/i);
    await page.close();
  });

  it.each([['test/e2e/pages/damaged.pdf', /damaged PDF/], ['test/fixtures/pdf/encrypted.pdf', /encrypted PDF/]])('%s is a clear error', async (path, detail) => {
    const { page } = await filePage(h.server.url(path));
    await page.waitForSelector('main.file[data-phase="failed"]', { timeout: 60_000 });
    const alert = page.locator('[role="alert"]');
    expect(await alert.getAttribute('data-kind')).toBe('unreadable-file');
    expect(await alert.textContent()).toContain(h.msg('batch_failure_unreadable_file'));
    expect(await alert.textContent()).toMatch(detail);
    await page.close();
  });

  it('a file on another host is fetched only after the user grants that host: until then, nothing is requested', async () => {
    const { page, requested } = await filePage('http://www.other-site.org.cn/nb/2024.pdf');
    await page.waitForSelector('main.file[data-phase="grant"]');
    expect(await page.locator('button[name="file-grant"]').textContent()).toBe(h.msg('file_grant'));
    expect(await page.locator('.grant p').textContent()).toBe(h.msg('file_need_permission', 'www.other-site.org.cn'));
    expect(requested).toEqual([]);
    await page.close();
  });
});
