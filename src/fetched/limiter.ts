// Fetching politely, the same for the CLI and the batch tab: at most a few requests under way at once, and a pause
// between two requests to one host, so a column of fifty reports does not hammer a small government server. The batch
// spaces the starts of requests to a host; the CLI (`oneAtATime`, ./host-turns.ts) sends one at a time to a host.
// Clock and sleep are injectable for the tests. A task still waiting when the signal aborts is not started.
import { hostTurns } from './host-turns';

export interface LimiterOptions {
  /** tasks under way at once, over all hosts */
  concurrency: number;
  /** pause between the starts of two tasks on one host (with oneAtATime: after the end of one), ms */
  delayMs: number;
  /** one task at a time on a host */
  oneAtATime?: boolean;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type Schedule = <T>(host: string, task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

export const abortError = () => new DOMException('cancelled', 'AbortError');

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const done = () => { signal?.removeEventListener('abort', stop); resolve(); };
    const timer = setTimeout(done, ms);
    const stop = () => { clearTimeout(timer); reject(abortError()); };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

export function createLimiter(opts: LimiterOptions): Schedule {
  const now = opts.now ?? Date.now;
  const wait = opts.sleep ?? sleep;
  let running = 0;
  const queue: Array<() => void> = [];
  /** per host, when its next task may start */
  const nextStart = new Map<string, number>();

  const slot = async (signal?: AbortSignal) => {
    while (running >= opts.concurrency) {
      await new Promise<void>((go) => queue.push(go));
      if (signal?.aborted) { queue.shift()?.(); throw abortError(); }
    }
    running++;
  };
  const release = () => { running--; queue.shift()?.(); };

  /** wait for this host's turn, and book the next one */
  const turn = async (host: string, signal?: AbortSignal) => {
    const t = now();
    const at = Math.max(t, nextStart.get(host) ?? 0);
    nextStart.set(host, at + opts.delayMs);
    if (at > t) await wait(at - t, signal);
  };

  const alone = hostTurns(opts.delayMs, now, wait, nextStart);

  if (opts.oneAtATime) {
    return async (host, task, signal) => {
      if (signal?.aborted) throw abortError();
      const done = await alone(host, signal);
      try {
        await slot(signal);
        try { return await task(); } finally { release(); }
      } finally {
        done();
      }
    };
  }

  return async (host, task, signal) => {
    if (signal?.aborted) throw abortError();
    await slot(signal);
    try {
      await turn(host, signal);
      return await task();
    } finally {
      release();
    }
  };
}
