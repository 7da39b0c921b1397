// Pages in their shapes: a non-report page left untouched and without badge; a report's page changed by one
// appended host element only; a report inside an iframe; a report rendered late by script; navigation clears.
import { describe, expect, it } from 'vitest';
import { readHtmlString } from '../../src/node/cheerio';
import { auditDoc } from '../../src/audit';
import { renderResult } from '../../src/rules';
import { badgeOf, openPopup, storedReports, waitForBadge } from '../tools/extension-browser';
import { cellAndMark, expectedBadge, nodeAudit, useExtensionBrowser, waitForReport, type Harness } from './harness';

/** the page's own script keeps its DOM as parsed, before any content script (document_idle comes later) */
const RECORD_PARSED_DOM = () => {
  document.addEventListener('DOMContentLoaded', () => {
    (window as unknown as { parsedDom: string }).parsedDom = document.documentElement.outerHTML;
  });
};
const domNowAndParsed = (h: Harness) => h.page.evaluate(() => ({
  now: document.documentElement.outerHTML,
  parsed: (window as unknown as { parsedDom: string }).parsedDom,
}));

describe('pages', () => {
  const h = useExtensionBrowser();

  it('a non-report page: no badge, and its DOM is exactly as parsed', async () => {
    await h.page.addInitScript(RECORD_PARSED_DOM);
    for (const path of ['test/e2e/pages/plain-news.html', 'test/fixtures/nonreport/news-article.html']) {
      await h.page.goto(h.server.url(path));
      await h.page.waitForTimeout(1_500); // past document_idle and the late-content watch's first settle
      const { now, parsed } = await domNowAndParsed(h);
      expect(parsed.length).toBeGreaterThan(100);
      expect(now).toBe(parsed);
      expect((await badgeOf(h.ext, h.tabId)).text).toBe('');
    }
  });

  it("a report's page: the only change is the overlay's host element, appended to <html>", async () => {
    const path = 'assets/samples/broken-balance-and-fee.html';
    const url = h.server.url(path);
    const since = Date.now();
    await h.page.goto(url);
    expect(await waitForReport(h, url, since)).not.toBeNull();
    // the tooltips over the cells carry the findings' messages, rendered by the background (the page's auditor has none)
    const expected = nodeAudit(path, h.lang);
    const tips = () => h.page.evaluate(() =>
      Array.from(document.querySelector('gov-report-auditor')?.shadowRoot?.querySelectorAll('.tip p') ?? [], (p) => p.textContent ?? ''));
    const drawn = expected.findings.find((f) => f.location.anchor && f.severity === 'error')!;
    await expect.poll(async () => (await tips()).some((t) => t.includes(drawn.message))).toBe(true);
    const { now, parsed } = await domNowAndParsed(h);
    const host = /<gov-report-auditor [^>]*><\/gov-report-auditor>(?=<\/html>$)/;
    expect(now).toMatch(host);
    expect(now.replace(host, '')).toBe(parsed);
  });

  it('navigating away clears the badge', async () => {
    expect((await badgeOf(h.ext, h.tabId)).text).not.toBe('');
    await h.page.goto(h.server.url('test/e2e/pages/blank.html'));
    expect(await waitForBadge(h.ext, h.tabId, (t) => t === '')).toBe('');
    expect(await storedReports(h.ext, h.tabId)).toEqual({});
  });

  it('a report inside an iframe is found, badged and revealed in its frame', async () => {
    const inner = 'assets/samples/broken-narrative-and-review.html';
    const expected = nodeAudit(inner, h.lang);
    await h.page.goto(h.server.url('test/e2e/pages/framed-report.html'));
    expect(await waitForBadge(h.ext, h.tabId, (t) => t !== '')).toBe(expectedBadge(expected));
    const frames = await storedReports(h.ext, h.tabId);
    const framed = Object.entries(frames).find(([, e]) => e.report.result.verdict !== 'not-a-report')!;
    expect(Number(framed[0])).toBeGreaterThan(0);
    expect(renderResult(framed[1].report.result, h.lang).findings).toEqual(expected.findings);

    // the frame comes from another host than the page: the popup names it
    const popup = await openPopup(h.ext, h.tabId);
    expect(await popup.locator('.identity .frame').textContent()).toBe(h.msg('in_frame_host', 'xxgk.example.gov.cn'));
    const review = expected.findings.find((f) => f.rule === 'review-total')!;
    await popup.locator('.finding[data-rule="review-total"] button').click();
    const frame = h.page.frames().find((f) => f.url().endsWith(inner))!;
    await expect.poll(async () => (await cellAndMark(frame, review.location.anchor!)).mark).not.toBeNull();
    await popup.close();
  });

  it('a report rendered late by script is found once it arrives', async () => {
    const url = h.server.url('test/e2e/pages/late-rendered.html');
    const since = Date.now();
    await h.page.goto(url);
    const report = await waitForReport(h, url, since, 15_000);
    expect(report).not.toBeNull();
    const expected = auditDoc(readHtmlString(await h.page.content()), url, { lang: h.lang }).result;
    expect(report!.result.verdict).toBe(expected.verdict);
    expect(renderResult(report!.result, h.lang).findings).toEqual(expected.findings);
    expect((await badgeOf(h.ext, h.tabId)).text).toBe(expectedBadge(expected));
  });
});
