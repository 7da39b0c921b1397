// Fetching one linked page from the batch tab: no cookies sent (credentials 'omit'), a time limit over headers and
// body, attachments refused before any request, HTML and plain text only. Failures come out as BatchFailures.
import { attachmentOf } from '../fetched/sniff';
import { readCapped, TooLarge } from '../fetched/capped';
import { BatchFailure } from './failure';

export interface FetchedPage {
  /** the address after redirects */
  url: string;
  bytes: Uint8Array;
  /** the charset the server declared, if any */
  charset: string | null;
  /** text/plain is read as text; anything else as HTML */
  html: boolean;
}

export interface FetchOptions {
  timeoutMs: number;
  /** the batch's cancel */
  signal?: AbortSignal;
  maxBytes?: number;
  fetch?: typeof fetch;
}

const PAGE_TYPES = new Set(['', 'text/html', 'application/xhtml+xml', 'text/plain']);
const MAX_BYTES = 20 * 1024 * 1024;

export async function fetchPage(url: string, opts: FetchOptions): Promise<FetchedPage> {
  const ext = attachmentOf(url);
  if (ext) throw new BatchFailure('attachment', ext);
  const maxBytes = opts.maxBytes ?? MAX_BYTES;
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; ctl.abort(); }, opts.timeoutMs);
  const cancel = () => ctl.abort();
  opts.signal?.addEventListener('abort', cancel, { once: true });
  if (opts.signal?.aborted) ctl.abort();
  const aborted = () => new BatchFailure(timedOut ? 'timeout' : 'cancelled', timedOut ? `${opts.timeoutMs / 1000} s` : '');
  try {
    let res: Response;
    try {
      res = await (opts.fetch ?? fetch)(url, {
        credentials: 'omit', redirect: 'follow', signal: ctl.signal,
        headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.1' },
      });
    } catch (e) {
      if (ctl.signal.aborted) throw aborted();
      throw new BatchFailure('network', e instanceof Error ? e.message : String(e));
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      throw new BatchFailure('http', `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    const mime = type.split(';')[0].trim();
    if (!PAGE_TYPES.has(mime)) {
      void res.body?.cancel().catch(() => undefined);
      throw new BatchFailure('attachment', mime);
    }
    if (Number(res.headers.get('content-length')) > maxBytes) {
      void res.body?.cancel().catch(() => undefined);
      throw new BatchFailure('too-large', new TooLarge(maxBytes).message);
    }
    let bytes: Uint8Array;
    try {
      // counted while it streams (after decompression): reading stops at the cap
      bytes = await readCapped(res.body, maxBytes);
    } catch (e) {
      if (e instanceof TooLarge) throw new BatchFailure('too-large', e.message);
      if (ctl.signal.aborted) throw aborted();
      throw new BatchFailure('network', e instanceof Error ? e.message : String(e));
    }
    const charset = /charset\s*=\s*["']?([\w.:-]+)/.exec(type)?.[1] ?? null;
    return { url: res.url || url, bytes, charset, html: mime !== 'text/plain' };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', cancel);
  }
}
