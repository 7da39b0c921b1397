// Fetching pages politely: at most a few requests at a time, one at a time to a host with a pause in between (the
// limiter the batch tab uses too), a time limit, and a User-Agent that names the tool. Every failure is an InputError
// with a message for the user.
import { createLimiter, type Schedule } from '../fetched/limiter';
import { attachmentOf } from '../fetched/sniff';
import { InputError, MAX_INPUT_BYTES, type HttpHints } from './load';

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

  async get(url: string): Promise<Fetched> {
    const attachment = attachmentOf(url);
    if (attachment) throw new InputError(`an attachment (${attachment}), not a web page: only HTML and text can be audited`);
    return this.schedule(new URL(url).host, () => this.request(url));
  }

  private async request(url: string): Promise<Fetched> {
    const seconds = `${this.opts.timeoutMs / 1000} s`;
    let res: Response;
    try {
      res = await fetch(url, { headers: { 'user-agent': this.opts.userAgent, accept: 'text/html,text/plain;q=0.9,*/*;q=0.1' }, redirect: 'follow', signal: AbortSignal.timeout(this.opts.timeoutMs) });
    } catch (e) {
      throw new InputError(failure(e, seconds));
    }
    if (!res.ok) {
      void res.body?.cancel();
      throw new InputError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    const mime = type.split(';')[0].trim();
    const html = mime === '' || mime === 'text/html' || mime === 'application/xhtml+xml';
    if (!html && mime !== 'text/plain') {
      void res.body?.cancel();
      throw new InputError(`an attachment (${mime}), not a web page: only HTML and text can be audited`);
    }
    if (Number(res.headers.get('content-length')) > MAX_INPUT_BYTES) {
      void res.body?.cancel();
      throw new InputError(`page too large (more than ${MAX_INPUT_BYTES} bytes)`);
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      throw new InputError(failure(e, seconds));
    }
    const charset = /charset\s*=\s*["']?([\w.:-]+)/.exec(type)?.[1] ?? null;
    return { url: res.url || url, bytes, charset, html };
  }
}

function failure(e: unknown, seconds: string): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${seconds} (timed out)`;
  return `could not be fetched: ${err.cause?.code ?? err.cause?.message ?? err.message}`;
}
