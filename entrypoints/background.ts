// Wiring only: frames report here, the badge follows, the popup asks for a tab's report; a frame whose quick detector
// took its page for a report gets the auditor injected (a bundled file, never a code string).
import browser from 'webextension-polyfill';
import { isToBackground, type ToBackground } from '../src/messaging/protocol';
import { chooseReport, clearTab, dropFrame, putFrame, readTab, type TabRecord } from '../src/background/tab-store';
import { showBadge } from '../src/background/badge';
import { notesFor } from '../src/background/notes';

type Sender = browser.Runtime.MessageSender & { documentId?: string };

export default defineBackground(() => {
  const refresh = (tabId: number, rec: TabRecord) => showBadge(tabId, chooseReport(rec)?.report.result ?? null).catch(() => undefined);

  const fromExtensionPage = (sender: Sender) => !!sender.url?.startsWith(browser.runtime.getURL('/'));

  async function handle(msg: ToBackground, sender: Sender) {
    // only the extension's own pages may read a tab's report; only pages' frames may report
    if (msg.type === 'get-tab') return fromExtensionPage(sender) ? chooseReport(await readTab(msg.tabId)) : null;
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined || fromExtensionPage(sender)) return null;
    if (msg.type === 'inject') {
      return browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId] }, files: ['/auditor.js'] })
        .then(() => true, () => false);
    }
    const rec = msg.type === 'report'
      ? await putFrame(tabId, sender.frameId, { report: msg.report, ...(sender.documentId ? { documentId: sender.documentId } : {}) })
      : await dropFrame(tabId, { frameId: sender.frameId, documentId: sender.documentId, top: msg.top });
    await refresh(tabId, rec);
    // the report's findings carry rule ids and parameters: their tooltips, in the reader's language, go back
    return msg.type === 'report' ? notesFor(msg.report.result) : null;
  }

  browser.runtime.onMessage.addListener((msg: unknown, sender: Sender) => {
    if (sender.id !== browser.runtime.id || !isToBackground(msg)) return undefined;
    return handle(msg, sender);
  });
  browser.tabs.onRemoved.addListener((tabId) => { void clearTab(tabId); });
});
