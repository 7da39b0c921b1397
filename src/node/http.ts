// Fetching pages politely: at most a few requests at a time, one at a time to a host with a pause in between (the
// limiter the batch tab uses too), a time limit, and a User-Agent that names the tool. Every failure is an InputError
// with a message for the user.
import { MAX_INPUT_BYTES, readCapped, TooLarge } from '../fetched/capped';
import { createLimiter, type Schedule } from '../fetched/limiter';
import { extensionOf, FILE_TYPES, LEGACY_TYPES, legacyMessage, linkedKind } from '../fetched/format';
import { InputError, type HttpHints } from './load';

/** redirects followed for one request; each hop must pass the same host rule as the first address */
export const MAX_REDIRECTS = 5;
const REDIRECT = new Set([301, 302, 303, 307, 308]);

/** which addresses a request may go to, redirects included (--follow-links: the listing's site unless --any-host) */
export type HostRule = (url: URL) => boolean;

export interface FetchOptions {
  /** requests under way at once, over all hosts */
  concurrency: number;
  /** pause after a request to one host before the next one to it, ms */
  delayMs: number;
  /** time limit for one request, headers and body, ms */
  timeoutMs: number;
  userAgent: string;
}

export interface Fetched extends HttpHints {
  /** the URL after redirects */
  url: string;
  bytes: Uint8Array;
}

export class PoliteFetcher {
  private readonly schedule: Schedule;

  constructor(private readonly opts: FetchOptions) {
    this.schedule = createLimiter({ concurrency: opts.concurrency, delayMs: opts.delayMs, oneAtATime: true });
  }

  async get(url: string, allowed: HostRule = () => true): Promise<Fetched> {
    // what the address says, before any request: the batch tab's rule (src/fetched/format.ts)
    const kind = linkedKind(url);
    if (kind === 'legacy') throw new InputError(legacyMessage(`.${extensionOf(url)}`));
    if (kind === 'other-file') throw new InputError(`an attachment (.${extensionOf(url)}), not a web page: only HTML, text, PDF and .docx can be audited`);
    return this.schedule(new URL(url).host, () => this.request(url, allowed));
  }

  private async request(url: string, allowed: HostRule): Promise<Fetched> {
    const seconds = `${this.opts.timeoutMs / 1000} s`;
    // one time limit over every hop, headers and body
    const signal = AbortSignal.timeout(this.opts.timeoutMs);
    let res: Response;
    let at = new URL(url);
    for (let hop = 0; ; hop++) {
      try {
        res = await fetch(at, { headers: { 'user-agent': this.opts.userAgent, accept: 'text/html,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.1' }, redirect: 'manual', signal });
      } catch (e) {
        throw new InputError(failure(e, seconds));
      }
      const location = REDIRECT.has(res.status) ? res.headers.get('location') : null;
      if (location === null) break;
      void res.body?.cancel().catch(() => undefined);
      if (hop === MAX_REDIRECTS) throw new InputError(`more than ${MAX_REDIRECTS} redirects, not followed further (last: ${at.href})`);
      let next: URL;
      try { next = new URL(location, at); } catch { throw new InputError(`a redirect to an address that is not valid (${location})`); }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new InputError(`a redirect to ${next.protocol} (only http and https are followed)`);
      if (!allowed(next)) throw new InputError(`redirected to another site (${next.host}), not followed: use --any-host to follow links to other sites`);
      at = next;
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      throw new InputError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    const mime = type.split(';')[0].trim();
    const html = mime === '' || mime === 'text/html' || mime === 'application/xhtml+xml';
    if (LEGACY_TYPES.has(mime)) {
      void res.body?.cancel().catch(() => undefined);
      throw new InputError(legacyMessage(mime));
    }
    if (!html && mime !== 'text/plain' && !FILE_TYPES.has(mime)) {
      void res.body?.cancel().catch(() => undefined);
      throw new InputError(`an attachment (${mime}), not a web page: only HTML, text, PDF and .docx can be audited`);
    }
    const tooLarge = () => new InputError(`page ${new TooLarge(MAX_INPUT_BYTES).message}`);
    if (Number(res.headers.get('content-length')) > MAX_INPUT_BYTES) {
      void res.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    let bytes: Uint8Array;
    try {
      // counted as it streams, after decompression: a chunked or gzip-bombed body stops at the cap
      bytes = await readCapped(res.body, MAX_INPUT_BYTES);
    } catch (e) {
      if (e instanceof TooLarge) throw tooLarge();
      throw new InputError(failure(e, seconds));
    }
    const charset = /charset\s*=\s*["']?([\w.:-]+)/.exec(type)?.[1] ?? null;
    return { url: at.href, bytes, charset, html };
  }
}

function failure(e: unknown, seconds: string): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${seconds} (timed out)`;
  return `could not be fetched: ${err.cause?.code ?? err.cause?.message ?? err.message}`;
}
