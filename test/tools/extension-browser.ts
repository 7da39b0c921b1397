// Chromium with the built extension loaded, for the browser tests and the demo: launch, find the extension,
// read a tab's badge, open the popup bound to a tab.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'webextension-polyfill';
import type { FrameReport } from '../../src/messaging/protocol';
import { ROOT } from './serve';

/** the extension API inside the service worker, where evaluate() callbacks run (Chromium's MV3 API returns promises) */
declare const chrome: Browser;

export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** the extension's service worker (fetched again if Chromium restarted it) */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * A private copy of the built extension: a build running meanwhile (another terminal, the Firefox build test)
 * empties .output/chrome-mv3 before writing it again, so wait for a complete build and copy it.
 */
export async function copyOfBuild(): Promise<string> {
  const complete = () => ['manifest.json', 'popup.html', 'batch.html', 'background.js', 'content-scripts/content.js', 'auditor.js']
    .every((f) => existsSync(join(EXTENSION_DIR, f)));
  for (let i = 0; i < 60 && !complete(); i++) await new Promise((r) => setTimeout(r, 1_000));
  if (!complete()) throw new Error(`no built extension in ${EXTENSION_DIR}: run "npx wxt build" first`);
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-auditor-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

export interface LaunchOptions {
  headed?: boolean;
  lang?: string;
  /** a user-data directory to keep across launches (default: a throwaway one) */
  profile?: string;
  /**
   * a copy of the build to load, kept by the caller (default: a fresh copy, removed on close). An unpacked
   * extension's id follows its path: relaunching on the same profile needs the same copy to find its data again.
   */
  extension?: string;
}

export async function launchWithExtension(port: number, opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extension = opts.extension ?? (await copyOfBuild());
  const lang = opts.lang ?? 'zh-CN';
  const context = await chromium.launchPersistentContext(opts.profile ?? '', {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: !opts.headed,
    locale: lang,
    viewport: { width: 1280, height: 900 },
    // the extension's i18n follows the browser's UI language, which Chromium on Linux takes from LANGUAGE
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    args: [
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      `--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${port}`, `--lang=${lang}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  const worker = async () => context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
  const extensionId = new URL((await worker()).url()).host;
  const close = async () => {
    await context.close();
    if (!opts.extension) rmSync(extension, { recursive: true, force: true });
  };
  return { context, extensionId, worker, close };
}

/** the tab id of a page: bring it to the front and ask the extension for the active tab */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const w = await ext.worker();
  return w.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id!;
  });
}

export async function badgeOf(ext: ExtensionBrowser, tabId: number): Promise<{ text: string; color: number[] }> {
  const w = await ext.worker();
  return w.evaluate(async (id) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    color: (await chrome.action.getBadgeBackgroundColor({ tabId: id })) as number[],
  }), tabId);
}

/** the reports the background holds for a tab, frame by frame */
export async function storedReports(ext: ExtensionBrowser, tabId: number): Promise<Record<string, { report: FrameReport }>> {
  const w = await ext.worker();
  return w.evaluate(async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? {}) as Record<string, { report: FrameReport }>, tabId);
}

/** wait until the badge of a tab satisfies `ok` (content scripts run at document_idle, then message the background) */
export async function waitForBadge(ext: ExtensionBrowser, tabId: number, ok: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < end) {
    text = (await badgeOf(ext, tabId)).text;
    if (ok(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  return text;
}

/** open the popup as an extension page bound to a tab */
export async function openPopup(ext: ExtensionBrowser, tabId: number, popup?: Page): Promise<Page> {
  const page = popup ?? (await ext.context.newPage());
  await page.setViewportSize({ width: 440, height: 600 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  await page.waitForSelector('.verdict, .not-report');
  return page;
}
