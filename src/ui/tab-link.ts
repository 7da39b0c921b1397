// The popup's line to the tab it describes: which tab, its report (kept up to date), and requests to its frames.
import browser from 'webextension-polyfill';
import {
  isCapture, isFrameReport, isLinksReply, isRevealReply, isTabView, tabKey, type LinksReply, type TabView, type ToBackground, type ToContent,
} from '../messaging/protocol';
import type { Capture } from '../model/types';
import { renderResult } from '../rules';
import { uiLang } from '../i18n';

/** the tab named by ?tabId= (the extension page opened in a tab, as the tests do), else the active tab */
export async function resolveTabId(): Promise<number | null> {
  const param = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(param) && param >= 0 && new URLSearchParams(location.search).has('tabId')) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function loadView(tabId: number): Promise<TabView | null> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'get-tab', tabId } satisfies ToBackground);
  if (!isTabView(reply)) return null;
  // the page's auditor sends findings without their messages: render them here, in the reader's language
  return { ...reply, report: { ...reply.report, result: renderResult(reply.report.result, uiLang()) } };
}

/** calls back whenever the tab's stored reports change; returns the unsubscribe function */
export function watchView(tabId: number, onChange: () => void): () => void {
  const key = tabKey(tabId);
  const listener = (changes: Record<string, unknown>, area: string) => { if (area === 'session' && key in changes) onChange(); };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const toFrame = (tabId: number, frameId: number, msg: ToContent) => browser.tabs.sendMessage(tabId, msg, { frameId });

export async function reveal(tabId: number, frameId: number, index: number, anchor: string): Promise<boolean> {
  const reply: unknown = await toFrame(tabId, frameId, { type: 'reveal', index, anchor }).catch(() => null);
  return isRevealReply(reply) && reply.ok;
}

export async function setHighlights(tabId: number, frameId: number, visible: boolean): Promise<void> {
  await toFrame(tabId, frameId, { type: 'highlights', visible }).catch(() => undefined);
}

/** the frame's page as audited, for the collection; rejects when the frame has no report to give */
export async function captureFrom(tabId: number, frameId: number): Promise<Capture> {
  const reply: unknown = await toFrame(tabId, frameId, { type: 'capture' });
  if (!isCapture(reply)) throw new Error('no report to save on this page');
  return { ...reply, result: renderResult(reply.result, uiLang()) };
}

/** the links of the tab's top page that look like annual reports; null where no content script runs */
export async function reportLinksOf(tabId: number): Promise<LinksReply | null> {
  const reply: unknown = await toFrame(tabId, 0, { type: 'links' }).catch(() => null);
  return isLinksReply(reply) ? reply : null;
}

/**
 * Audit every frame of the tab although the quick check said no. Where the content script (the quick detector) does
 * not run (pages outside *.gov.cn), inject it first: the toolbar click grants activeTab for that. The detector then
 * has the background inject the auditor into its frame, and answers once the auditor has audited.
 * Resolves to whether any frame answered; the view updates through watchView.
 */
export async function auditAnyway(tabId: number): Promise<boolean> {
  const ask = () => browser.tabs.sendMessage(tabId, { type: 'audit', force: true } satisfies ToContent);
  const reply: unknown = await ask().catch(async () => {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/content-scripts/content.js'] });
    return ask();
  });
  return reply === null || isFrameReport(reply);
}
