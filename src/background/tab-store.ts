// What each frame of each tab reported, in storage.session: it outlives the service worker's sleeps,
// stays in memory, is gone when the browser closes, and is not readable by content scripts.
import browser from 'webextension-polyfill';
import { tabKey, type FrameReport, type TabView } from '../messaging/protocol';

export interface FrameEntry {
  report: FrameReport;
  /** the document that sent it (Chrome), so that a late "gone" from an earlier document clears nothing */
  documentId?: string;
}

export type TabRecord = Record<string, FrameEntry>;

export { tabKey };

// Frames report concurrently; each change is a read-modify-write, so they run one after another.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const next = queue.then(fn, fn);
  queue = next.catch(() => undefined);
  return next;
}

export async function readTab(tabId: number): Promise<TabRecord> {
  const key = tabKey(tabId);
  const got = await browser.storage.session.get(key);
  return (got[key] as TabRecord | undefined) ?? {};
}

async function writeTab(tabId: number, rec: TabRecord): Promise<void> {
  if (Object.keys(rec).length) await browser.storage.session.set({ [tabKey(tabId)]: rec });
  else await browser.storage.session.remove(tabKey(tabId));
}

export const putFrame = (tabId: number, frameId: number, entry: FrameEntry) =>
  serial(async () => {
    const rec = await readTab(tabId);
    rec[frameId] = entry;
    await writeTab(tabId, rec);
    return rec;
  });

/**
 * A frame's document went away. While it unloads Chromium no longer gives it its frame id, so it is found by its
 * document id (Firefox keeps frame ids and gives no document ids). The top document's going clears the tab,
 * unless a newer top document has reported already.
 */
export const dropFrame = (tabId: number, gone: { frameId: number; documentId?: string; top: boolean }) =>
  serial(async () => {
    const rec = await readTab(tabId);
    const same = (e: FrameEntry, id: string) =>
      gone.documentId && e.documentId ? e.documentId === gone.documentId : id === String(gone.frameId);
    const newerTop = rec[0] && !same(rec[0], '0');
    const next: TabRecord = {};
    if (!gone.top || newerTop) {
      for (const [id, e] of Object.entries(rec)) if (!same(e, id)) next[id] = e;
    }
    await writeTab(tabId, next);
    return next;
  });

export const clearTab = (tabId: number) => serial(() => browser.storage.session.remove(tabKey(tabId)));

/**
 * The report a tab's badge and popup tell: the top frame's if it holds a report, else the first framed report;
 * failing any report, the top frame's audit (so the popup can say the checker looked and declined).
 */
export function chooseReport(rec: TabRecord): TabView | null {
  const frames = Object.keys(rec).map(Number).sort((a, b) => a - b);
  const reports = frames.filter((id) => rec[id].report.result.verdict !== 'not-a-report');
  const frameId = reports[0] ?? (frames.includes(0) ? 0 : frames[0]);
  if (frameId === undefined) return null;
  return { frameId, report: rec[frameId].report, reportFrames: reports.length };
}
