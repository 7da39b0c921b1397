// From the popup to the batch tab: the link list goes through storage.session (not the URL, which long lists
// would overflow), keyed by a fresh id in the tab's address. The popup may close at once; the tab has what it needs.
import browser from 'webextension-polyfill';
import type { LinksReply } from '../messaging/protocol';
import { isLinksReply } from '../messaging/protocol';

export type BatchInput = LinksReply;

const key = (id: string) => `batch:${id}`;

/** store the list and open the batch page in a new tab next to the listing page */
export async function openBatch(input: BatchInput, besideTab?: number): Promise<void> {
  const id = crypto.randomUUID();
  await browser.storage.session.set({ [key(id)]: input });
  const url = browser.runtime.getURL(`/batch.html?id=${id}`);
  const tab = besideTab === undefined ? null : await browser.tabs.get(besideTab).catch(() => null);
  await browser.tabs.create({ url, ...(tab ? { index: tab.index + 1 } : {}) });
}

/** the list handed over for the batch in this page's address, or null (expired with the browser session) */
export async function readBatch(search = location.search): Promise<BatchInput | null> {
  const id = new URLSearchParams(search).get('id');
  if (!id) return null;
  const got: Record<string, unknown> = await browser.storage.session.get(key(id));
  return isLinksReply(got[key(id)]) ? (got[key(id)] as BatchInput) : null;
}
