// "Save to collection" from the popup in real Chromium: a sample report under a *.gov.cn name is saved from the popup
// bound to its tab, shows in collection.html with its findings, and is still there after the browser is closed and
// launched again on the same profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { copyOfBuild, launchWithExtension, openPopup, storedReports, tabIdOf, type ExtensionBrowser } from '../tools/extension-browser';
import { startServer, type PageServer } from '../tools/serve';
import { nodeAudit } from './harness';

const REPORT = 'assets/samples/broken-balance-and-fee.html';

async function openCollection(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/collection.html`);
  await page.waitForSelector('main.collection header');
  return page;
}

describe('save to collection from the popup', () => {
  let server: PageServer;
  let extension = '';
  let profile = '';

  beforeAll(async () => {
    server = await startServer();
    extension = await copyOfBuild();
    profile = mkdtempSync(join(tmpdir(), 'gra-profile-'));
  });
  afterAll(async () => {
    await server?.close();
    for (const dir of [extension, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('saves the report with its findings, and the collection outlives a browser restart', async () => {
    const expected = nodeAudit(REPORT, 'zh');
    const url = server.url(REPORT);

    const first = await launchWithExtension(server.port, { profile, extension });
    try {
      const page = await first.context.newPage();
      await page.goto(url);
      const tabId = await tabIdOf(first, page);
      await expect.poll(async () => Object.values(await storedReports(first, tabId)).some((f) => f.report.url === url), { timeout: 10_000 }).toBe(true);

      const popup = await openPopup(first, tabId);
      expect(await popup.locator('.verdict').getAttribute('data-verdict')).toBe(expected.verdict);
      await popup.click('button[name="save-to-collection"]');
      await popup.waitForSelector('.save-to-collection p.hint:not(.error)');

      const col = await openCollection(first);
      const row = col.locator('table.reports tbody tr', { hasText: expected.title });
      await expect.poll(() => row.count()).toBe(1);
      await row.locator('td.title button').click();
      await col.waitForSelector('article.report');
      expect(await col.locator('article.report li.finding').count()).toBe(expected.findings.length);
      expect(await col.locator('article.report li.finding .message').allTextContents()).toEqual(
        expect.arrayContaining(expected.findings.map((f) => f.message)));
      expect(await col.locator(`article.report a[href="${url}"]`).count()).toBe(1);
    } finally {
      await first.close();
    }

    const again = await launchWithExtension(server.port, { profile, extension });
    try {
      const col = await openCollection(again);
      await col.waitForSelector('table.reports tbody tr');
      expect(await col.locator('table.reports tbody tr').count()).toBe(1);
      expect(await col.locator('table.reports tbody tr').textContent()).toContain(expected.title);
    } finally {
      await again.close();
    }
  });
});
