// Hardening in the real browser: what the extension sends over the network while it audits (nothing), pages too
// large to audit unasked, and pathological pages (frames in frames, megabytes, huge tables, absurd spans) that must
// be audited without taking the tab from the user.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import type { FrameReport } from '../../src/messaging/protocol';
import { ROOT } from '../tools/serve';
import { badgeOf, openPopup, storedReports, tabIdOf, waitForBadge } from '../tools/extension-browser';
import { PATHOLOGICAL, type PathologicalName } from '../hardening/pages';
import { expectedBadge, nodeAudit, useExtensionBrowser, waitForReport, type Harness } from './harness';

declare const chrome: Browser;

// Playwright reports a service worker's own requests only with this set (read when the worker attaches, at launch)
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const SAMPLES = readdirSync(join(ROOT, 'assets/samples')).filter((f) => f.endsWith('.html')).sort().map((f) => `assets/samples/${f}`);
const REAL = 'test/fixtures/real/shuyang-fgj-2023.html';

interface Seen { url: string; type: string; by: 'service-worker' | 'extension-page' | 'page'; frameUrl: string }

function whoAsked(r: Request, extensionOrigin: string): Seen {
  let frameUrl = '';
  try { frameUrl = r.frame().url(); } catch { /* a worker's request has no frame */ }
  const by = r.serviceWorker() ? 'service-worker' : frameUrl.startsWith(extensionOrigin) ? 'extension-page' : 'page';
  return { url: r.url(), type: r.resourceType(), by, frameUrl };
}

/** the report of the tab's top frame */
async function topReport(h: Harness, tabId: number): Promise<FrameReport | null> {
  return (await storedReports(h.ext, tabId))['0']?.report ?? null;
}

describe('hardening in Chromium', () => {
  const h = useExtensionBrowser();

  it('privacy: auditing the demo pages, the extension sends no request of its own', async () => {
    const origin = `chrome-extension://${h.ext.extensionId}`;
    const seen: Seen[] = [];
    const record = (r: Request) => seen.push(whoAsked(r, origin));
    // the samples carry a site's analytics tag: the page's own request, kept off the network
    await h.ext.context.route((url) => !/\.gov\.cn$|^127\.0\.0\.1$/.test(url.hostname) && url.protocol.startsWith('http'), (r) => r.abort());
    h.ext.context.on('request', record);
    const referenced = new Set<string>();
    try {
      for (const path of SAMPLES) {
        const html = readFileSync(join(ROOT, path), 'utf8');
        for (const m of html.matchAll(/(?:src|href)="(https?:\/\/[^"]+)"/g)) referenced.add(m[1]);
        const url = h.server.url(path);
        const since = Date.now();
        await h.page.goto(url);
        const expected = nodeAudit(path, h.lang);
        if (expected.verdict !== 'not-a-report') expect(await waitForReport(h, url, since), path).not.toBeNull();
      }
      // a page outside *.gov.cn: the content script does not run there
      await h.page.goto(`http://127.0.0.1:${h.server.port}/assets/samples/news-nonreport.html`);
      await h.page.goto(h.server.url(SAMPLES.find((p) => p.includes('broken-balance'))!));
      await waitForReport(h, h.page.url(), 0);
      // the extension's pages, opened while the tab holds a report
      const popup = await openPopup(h.ext, h.tabId);
      await popup.goto(`${origin}/collection.html`);
      await popup.waitForLoadState('load');
      await popup.waitForTimeout(500);
      await popup.close();
      // a quiet moment for anything late (a timer in the worker, a deferred fetch)
      await h.page.waitForTimeout(1_000);
    } finally {
      h.ext.context.off('request', record);
      await h.ext.context.unrouteAll();
    }

    const servedHost = (u: URL) => u.hostname.endsWith('.gov.cn') || u.hostname === '127.0.0.1';
    expect(seen.some((s) => s.by === 'extension-page'), 'the recorder saw the extension pages load').toBe(true);
    // the extension's own requests: only its packaged files
    const own = seen.filter((s) => s.by !== 'page' && !s.url.startsWith(`${origin}/`));
    expect(own, 'requests by the service worker or extension pages').toEqual([]);
    // page requests: the served pages and what their HTML itself references; no fetch or XHR beyond the page's host
    const stray = seen.filter((s) => s.by === 'page' && !servedHost(new URL(s.url)) && !referenced.has(s.url));
    expect(stray, 'requests to hosts other than the served pages').toEqual([]);
    const scripted = seen.filter((s) => s.by === 'page' && (s.type === 'fetch' || s.type === 'xhr')
      && new URL(s.url).host !== new URL(s.frameUrl || s.url).host);
    expect(scripted, 'cross-host fetches from page frames (a content script\'s would land here)').toEqual([]);
  });

  it('privacy: the recorder does see a service worker request (control)', async () => {
    const seen: Seen[] = [];
    const record = (r: Request) => seen.push(whoAsked(r, `chrome-extension://${h.ext.extensionId}`));
    h.ext.context.on('request', record);
    const target = h.server.url('test/e2e/pages/blank.html');
    await (await h.ext.worker()).evaluate(async (u) => { await fetch(u).catch(() => undefined); }, target);
    await expect.poll(() => seen.filter((s) => s.by === 'service-worker' && s.url === target).length).toBe(1);
    h.ext.context.off('request', record);
  });

  it('a page too large to audit unasked shows "?" and offers to audit it anyway', async () => {
    const real = readFileSync(join(ROOT, REAL), 'utf8');
    const huge = real.replace('</body>', `<div>${'<b>大</b>'.repeat(210_000)}</div></body>`);
    const url = h.server.put('too-large.html', huge);
    const since = Date.now();
    await h.page.goto(url);
    const declined = await waitForReport(h, url, since, 15_000);
    expect(declined?.tooLarge).toBe(true);
    expect(declined?.result.findings).toEqual([]);
    expect(await waitForBadge(h.ext, h.tabId, (t) => t === '?')).toBe('?');

    const popup = await openPopup(h.ext, h.tabId);
    await expect.poll(() => popup.locator('.too-large').textContent()).toContain(h.msg('hardening_too_large'));
    await popup.getByRole('button', { name: h.msg('hardening_audit_large') }).click();
    // audited on request: the real report's verdict, and a note that the page was cut short (one block over the cap)
    await popup.waitForSelector('.verdict', { timeout: 30_000 });
    const audited = (await topReport(h, h.tabId))!;
    expect(audited.tooLarge).toBeUndefined();
    expect(audited.result.verdict).toBe(nodeAudit(REAL, h.lang).verdict);
    expect(audited.result.truncated).toBeTruthy();
    expect(await popup.locator('.truncated').textContent()).toBe(h.msg('hardening_truncated'));
    await popup.close();
  });

  describe('pathological pages', () => {
    it('a report in an iframe in an iframe is found and badged', async () => {
      const url = h.server.put('iframe-in-iframe.html', PATHOLOGICAL['iframe-in-iframe']());
      await h.page.goto(url);
      const expected = expectedBadge(nodeAudit(REAL, h.lang));
      expect(await waitForBadge(h.ext, h.tabId, (t) => t === expected, 15_000)).toBe(expected);
      const frames = await storedReports(h.ext, h.tabId);
      const framed = Object.entries(frames).filter(([, f]) => f.report.result.verdict !== 'not-a-report');
      expect(framed).toHaveLength(1);
      expect(Number(framed[0][0])).not.toBe(0);
    });

    // the tab stays responsive while the audit runs: a setTimeout(0) in the page never waits 2 s (a generous bound
    // on blocking, not a speed assertion)
    const RESPONSIVE: PathologicalName[] = ['page-5mb', 'rows-10000', 'colspan-100000'];
    it.each(RESPONSIVE)('%s is audited and the tab stays responsive', async (name) => {
      const page = await h.ext.context.newPage();
      try {
        const url = h.server.put(`${name}.html`, PATHOLOGICAL[name]());
        await page.goto(url, { timeout: 60_000 });
        const tabId = await tabIdOf(h.ext, page);
        // the automatic audit first: it arrives (no hang)
        const first = await waitForTabReport(h, tabId, url, 0, 30_000);
        expect(first, 'the automatic audit reported').not.toBeNull();
        // then a fresh audit on request, timed from inside the page
        await startGapProbe(page);
        const since = Date.now();
        await (await h.ext.worker()).evaluate((id) => { void chrome.tabs.sendMessage(id, { type: 'audit', force: true }).catch(() => undefined); }, tabId);
        const again = await waitForTabReport(h, tabId, url, since, 30_000);
        expect(again, 'the requested audit reported').not.toBeNull();
        const worstGapMs = await page.evaluate(() => (window as unknown as { __stopProbe(): number }).__stopProbe());
        expect(worstGapMs).toBeLessThan(2_000);
        expect(again!.result.verdict).toBe(first!.result.verdict);
        if (name !== 'colspan-100000') expect(again!.result.truncated, 'a cap cut the page').toBeTruthy();
        expect((await badgeOf(h.ext, tabId)).text).toBe(expectedBadge(again!.result));
      } finally {
        await page.close();
      }
    });
  });
});

/** like waitForReport, for another tab than the harness's */
async function waitForTabReport(h: Harness, tabId: number, url: string, since: number, timeoutMs: number): Promise<FrameReport | null> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const hit = Object.values(await storedReports(h.ext, tabId)).find((f) => f.report.url === url && f.report.at >= since);
    if (hit) return hit.report;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/** in the page: a chain of setTimeout(0) that records the longest wait between turns, until __stopProbe() */
async function startGapProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    let last = performance.now();
    let worst = 0;
    let on = true;
    const tick = () => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
      if (on) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    (window as unknown as { __stopProbe(): number }).__stopProbe = () => { on = false; return worst; };
  });
}
