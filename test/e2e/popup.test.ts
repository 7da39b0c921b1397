// The popup, opened as the extension page bound to the tab under test: the same findings as the CLI, in order;
// a click brings the cell into view under an overlay; the highlight toggle; the exports; "audit anyway".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Finding } from '../../src/model/types';
import { openPopup } from '../tools/extension-browser';
import { ROOT } from '../tools/serve';
import { cellAndMark, nodeAudit, useExtensionBrowser, waitForReport, type Harness } from './harness';

const REPORT = 'assets/samples/broken-balance-and-fee.html';
const SEVERITY_ORDER = ['error', 'warning', 'info'];

/** the popup's order: by severity, then by table (findings on no table first) */
const popupOrder = (findings: Finding[]) => findings
  .map((f, i) => ({ f, i }))
  .sort((a, b) => SEVERITY_ORDER.indexOf(a.f.severity) - SEVERITY_ORDER.indexOf(b.f.severity)
    || (a.f.location.table ?? 0) - (b.f.location.table ?? 0) || a.i - b.i)
  .map(({ f }) => f);

async function visit(h: Harness, path: string) {
  const url = h.server.url(path);
  const since = Date.now();
  await h.page.goto(url);
  return waitForReport(h, url, since);
}

describe('popup', () => {
  const h = useExtensionBrowser();
  let popup: Page;

  /** every sample report: the popup's verdict and findings, in the popup's order, are the CLI's */
  const reports = readdirSync(join(ROOT, 'assets/samples')).filter((f) => f.endsWith('.html')).map((f) => `assets/samples/${f}`)
    .filter((path) => nodeAudit(path, 'zh').verdict !== 'not-a-report');

  it.each(reports)('%s: the same findings as the CLI, each with expected, found, where and why', async (path) => {
    const expected = nodeAudit(path, h.lang);
    expect(await visit(h, path)).not.toBeNull();
    popup = await openPopup(h.ext, h.tabId, popup);
    expect(await popup.locator('.verdict').getAttribute('data-verdict')).toBe(expected.verdict);
    const items = popup.locator('.finding');
    const order = popupOrder(expected.findings);
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toEqual(order.map((f) => f.rule));
    expect(await popup.locator('.finding .message').allTextContents()).toEqual(order.map((f) => f.message));
    for (const [i, f] of order.entries()) {
      const item = items.nth(i);
      if (f.expected !== null) expect(await item.locator('.values').textContent()).toContain(String(f.expected));
      if (f.location.table) expect(await item.locator('.where').textContent()).toContain(h.msg('where_table', f.location.table));
      expect(await item.locator('.why').textContent()).toMatch(new RegExp(`^${h.msg('why_line', '')}.+`));
    }
    expect(await popup.locator('.not-checked li').count()).toBe(expected.notChecked.length);
  });

  it('clicking a finding scrolls its cell into view with an overlay over it', async () => {
    const expected = nodeAudit(REPORT, h.lang);
    expect(await visit(h, REPORT)).not.toBeNull();
    popup = await openPopup(h.ext, h.tabId, popup);
    const balance = expected.findings.find((f) => f.rule === 'balance')!;
    await popup.locator('.finding[data-rule="balance"] button').click();
    await expect.poll(async () => (await cellAndMark(h.page, balance.location.anchor!)).mark).not.toBeNull();
    const { cell, mark, viewport } = await cellAndMark(h.page, balance.location.anchor!);
    expect(cell!.top).toBeGreaterThanOrEqual(0);
    expect(cell!.top + cell!.height).toBeLessThanOrEqual(viewport.height);
    for (const k of ['top', 'left', 'width', 'height'] as const) expect(Math.abs(mark![k] - cell![k])).toBeLessThan(1.5);
  });

  it('the toggle hides and shows the highlights', async () => {
    const hidden = () => h.page.evaluate(() =>
      document.querySelector('gov-report-auditor')!.shadowRoot!.querySelector('.layer')!.classList.contains('hidden'));
    await popup.locator('.toggle input').uncheck();
    await expect.poll(hidden).toBe(true);
    await expect.poll(() => popup.locator('.toggle input').isChecked()).toBe(false);
    await popup.locator('.toggle input').check();
    await expect.poll(hidden).toBe(false);
  });

  it('exports CSV with a BOM, Markdown and JSON', async () => {
    const expected = nodeAudit(REPORT, h.lang);
    const save = async (label: string) => {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: label }).click()]);
      return readFileSync((await download.path())!, 'utf8');
    };
    const csv = await save('CSV');
    expect(csv.startsWith('\ufeffseverity,rule,')).toBe(true);
    expect(csv.trim().split(/\r\n/)).toHaveLength(expected.findings.length + 1);
    const md = await save('Markdown');
    expect(md.startsWith(`# ${h.msg('md_title', expected.title)}\n`)).toBe(true);
    expect(md).toContain(h.msg('verdict_inconsistent'));
    const json = JSON.parse(await save('JSON'));
    expect(json.findings).toEqual(expected.findings);
  });

  it('on a page not taken for a report, offers to audit it anyway', async () => {
    await h.page.goto(h.server.url('test/e2e/pages/plain-news.html'));
    await h.page.waitForTimeout(500);
    await openPopup(h.ext, h.tabId, popup);
    await expect.poll(() => popup.locator('.not-report').textContent()).toContain(h.msg('not_recognised'));
    await popup.getByRole('button', { name: h.msg('audit_anyway') }).click();
    await expect.poll(() => popup.locator('.not-report').textContent()).toContain(h.msg('declined'));
    expect(await h.page.locator('gov-report-auditor').count()).toBe(0);
  });
});
