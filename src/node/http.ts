// Fetching pages politely: at most a few requests at a time, one at a time to a host with a pause in between,
// a time limit, and a User-Agent that names the tool. Every failure is an InputError with a message for the user.
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

/** links to files that are not web pages */
export const ATTACHMENT = /\.(?:pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|jpe?g|png|gif)$/i;
/** attachments the auditor reads (by their bytes, whatever the server calls them) */
const READABLE_ATTACHMENT = /\.(?:pdf|docx)$/i;
/** Office formats it cannot read: said without downloading them */
const LEGACY_ATTACHMENT = /\.(?:doc|wps|et|xls|ppt|dps)$/i;
/** Content-Types of files that are read by their magic bytes (PDF, .docx; a server may say only octet-stream) */
const FILE_TYPES = new Set(['application/pdf', 'application/x-pdf', 'application/octet-stream', 'binary/octet-stream',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/download', 'application/force-download']);
const LEGACY_TYPES = new Set(['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-works', 'application/kswps', 'application/wps-office.wps']);

const legacyMessage = (what: string) => `无法读取此格式（${what}）：请另存为 .docx 或 PDF / cannot read this format (${what}); save it as .docx or PDF`;

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

  async get(url: string): Promise<Fetched> {
    const path = new URL(url).pathname;
    const legacy = LEGACY_ATTACHMENT.exec(path);
    if (legacy) throw new InputError(legacyMessage(legacy[0].toLowerCase()));
    const attachment = READABLE_ATTACHMENT.test(path) ? null : ATTACHMENT.exec(path);
    if (attachment) throw new InputError(`an attachment (${attachment[0].toLowerCase()}), not a web page: only HTML, text, PDF and .docx can be audited`);
    const host = new URL(url).host;
    await this.turn(host);
    await this.slot();
    try {
      return await this.request(url);
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

  private async request(url: string): Promise<Fetched> {
    const seconds = `${this.opts.timeoutMs / 1000} s`;
    let res: Response;
    try {
      res = await fetch(url, { headers: { 'user-agent': this.opts.userAgent, accept: 'text/html,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.1' }, redirect: 'follow', signal: AbortSignal.timeout(this.opts.timeoutMs) });
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
    if (LEGACY_TYPES.has(mime)) {
      void res.body?.cancel();
      throw new InputError(legacyMessage(mime));
    }
    if (!html && mime !== 'text/plain' && !FILE_TYPES.has(mime)) {
      void res.body?.cancel();
      throw new InputError(`an attachment (${mime}), not a web page: only HTML, text, PDF and .docx can be audited`);
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
