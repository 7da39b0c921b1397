// One browser and one page server per test file: what every e2e file needs, set up in beforeAll.
import { afterAll, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { auditDoc } from '../../src/audit';
import type { AuditResult, Lang } from '../../src/model/types';
import type { Browser } from 'webextension-polyfill';
import type { FrameReport } from '../../src/messaging/protocol';
import { readFixture } from '../support/read';
import { ROOT, startServer, type PageServer } from '../tools/serve';
import { launchWithExtension, storedReports, tabIdOf, type ExtensionBrowser } from '../tools/extension-browser';

declare const chrome: Browser;

export interface Harness {
  server: PageServer;
  ext: ExtensionBrowser;
  /** one tab reused across a file's tests */
  page: Page;
  tabId: number;
  /** the language the extension runs in (zh unless Chromium lacks its Chinese locale files) */
  lang: Lang;
  /** a UI string as the extension shows it */
  msg(key: string, ...subs: Array<string | number>): string;
}

export function useExtensionBrowser(): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    h.server = await startServer();
    // E2E_LANG=en-US runs the suite with the extension in English
    h.ext = await launchWithExtension(h.server.port, { lang: process.env.E2E_LANG });
    h.page = await h.ext.context.newPage();
    await h.page.goto(h.server.url('test/e2e/pages/blank.html'));
    h.tabId = await tabIdOf(h.ext, h.page);
    const lang = await (await h.ext.worker()).evaluate(() => chrome.i18n.getMessage('lang'));
    h.lang = lang === 'en' ? 'en' : 'zh';
    const messages = JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales', h.lang === 'en' ? 'en' : 'zh_CN', 'messages.json'), 'utf8')) as
      Record<string, { message: string }>;
    h.msg = (key, ...subs) => messages[key].message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
  });
  afterAll(async () => {
    await h.ext?.close();
    await h.server?.close();
  });
  return h;
}

/** what the CLI's checker says about a repository file (same reader, same checker, same language) */
export const nodeAudit = (path: string, lang: Lang): AuditResult => auditDoc(readFixture(join(ROOT, path)), path, { lang }).result;

/** the badge the README describes for a result */
export function expectedBadge(r: AuditResult): string {
  const n = r.findings.filter((f) => f.severity !== 'info').length;
  return { inconsistent: String(n), warnings: String(n), consistent: '✓', unverified: '?', 'not-a-report': '' }[r.verdict];
}

/**
 * Wait for the report of the document now in the tab (its URL, audited after `since`), up to `timeoutMs`;
 * null when none came (pages the quick check passes over send nothing).
 */
export async function waitForReport(h: Harness, url: string, since: number, timeoutMs = 8_000): Promise<FrameReport | null> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const frames = Object.values(await storedReports(h.ext, h.tabId));
    const hit = frames.find((f) => f.report.url === url && f.report.at >= since);
    if (hit) return hit.report;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/** where a cell anchor ("t<table>.r<row>.c<cell>") points on the page, and the focused overlay mark, in viewport pixels */
export async function cellAndMark(page: Page | import('playwright-core').Frame, anchor: string) {
  return page.evaluate((a) => {
    const m = /^t(\d+)\.r(\d+)\.c(\d+)$/.exec(a)!;
    const cell = document.querySelectorAll('table')[+m[1]].rows[+m[2]].cells[+m[3]];
    const host = document.querySelector('gov-report-auditor');
    const mark = host?.shadowRoot?.querySelector('.mark.focus.open') ?? null;
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, width: r.width, height: r.height };
    };
    return { cell: box(cell), mark: box(mark), viewport: { width: innerWidth, height: innerHeight } };
  }, anchor);
}
