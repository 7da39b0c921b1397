// Fetching one linked page from the batch tab: no cookies sent (credentials 'omit'), a time limit over headers and
// body, HTML and plain text, and report files (PDF, Word .docx) as bytes; legacy Office/WPS files and other
// attachments refused before any request. Failures come out as BatchFailures.
import { readCapped, TooLarge } from '../fetched/capped';
import { extensionOf, FILE_TYPES, LEGACY_TYPES, linkedKind } from '../fetched/format';
import { BatchFailure } from './failure';

export interface FetchedPage {
  /** the address after redirects */
  url: string;
  bytes: Uint8Array;
  /** the charset the server declared, if any */
  charset: string | null;
  /** text/plain is read as text; anything else as HTML */
  html: boolean;
  /** a file (PDF, .docx, or a download type): read by its leading bytes, not as text */
  file?: boolean;
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
  const kind = linkedKind(url);
  if (kind === 'legacy') throw new BatchFailure('unreadable-format', `.${extensionOf(url)}`);
  if (kind === 'other-file') throw new BatchFailure('attachment', `.${extensionOf(url)}`);
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
        headers: { accept: 'text/html,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.1' },
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
    const file = FILE_TYPES.has(mime) || (kind !== 'page' && !PAGE_TYPES.has(mime));
    if (!PAGE_TYPES.has(mime) && !file) {
      void res.body?.cancel().catch(() => undefined);
      throw new BatchFailure(LEGACY_TYPES.has(mime) ? 'unreadable-format' : 'attachment', mime);
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
    return { url: res.url || url, bytes, charset, html: mime !== 'text/plain', ...(file ? { file: true } : {}) };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', cancel);
  }
}
