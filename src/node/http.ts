// Fetching pages politely: at most a few requests at a time, one at a time to a host with a pause in between,
// a time limit, and a User-Agent that names the tool. Every failure is an InputError with a message for the user.
import { MAX_INPUT_BYTES, readCapped, TooLarge } from '../fetched/capped';
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

/** links to files that are not web pages: the auditor reads only HTML and text */
export const ATTACHMENT = /\.(?:pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|jpe?g|png|gif)$/i;

interface HostState {
  busy: boolean;
  /** requests waiting for their turn on this host */
  queue: Array<() => void>;
  /** when the next request may start */
  readyAt: number;
}

export class PoliteFetcher {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly opts: FetchOptions) {}

  async get(url: string, allowed: HostRule = () => true): Promise<Fetched> {
    const attachment = ATTACHMENT.exec(new URL(url).pathname);
    if (attachment) throw new InputError(`an attachment (${attachment[0].toLowerCase()}), not a web page: only HTML and text can be audited`);
    const host = new URL(url).host;
    await this.turn(host);
    await this.slot();
    try {
      return await this.request(url, allowed);
    } finally {
      this.running--;
      this.waiting.shift()?.();
      this.done(host);
    }
  }

  /** all hosts together: at most `concurrency` requests */
  private async slot(): Promise<void> {
    if (this.running >= this.opts.concurrency) await new Promise<void>((go) => this.waiting.push(go));
    this.running++;
  }

  /** one host: one request at a time, each `delayMs` after the previous one ended */
  private async turn(name: string): Promise<void> {
    let host = this.hosts.get(name);
    if (!host) this.hosts.set(name, (host = { busy: false, queue: [], readyAt: 0 }));
    if (host.busy) await new Promise<void>((go) => host.queue.push(go));
    host.busy = true;
    const wait = host.readyAt - Date.now();
    if (wait > 0) await new Promise((go) => setTimeout(go, wait));
  }

  private done(name: string): void {
    const host = this.hosts.get(name)!;
    host.readyAt = Date.now() + this.opts.delayMs;
    const next = host.queue.shift();
    if (next) next(); // the turn passes straight on
    else host.busy = false;
  }

  private async request(url: string, allowed: HostRule): Promise<Fetched> {
    const seconds = `${this.opts.timeoutMs / 1000} s`;
    // one time limit over every hop, headers and body
    const signal = AbortSignal.timeout(this.opts.timeoutMs);
    let res: Response;
    let at = new URL(url);
    for (let hop = 0; ; hop++) {
      try {
        res = await fetch(at, { headers: { 'user-agent': this.opts.userAgent, accept: 'text/html,text/plain;q=0.9,*/*;q=0.1' }, redirect: 'manual', signal });
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
    if (!html && mime !== 'text/plain') {
      void res.body?.cancel().catch(() => undefined);
      throw new InputError(`an attachment (${mime}), not a web page: only HTML and text can be audited`);
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
