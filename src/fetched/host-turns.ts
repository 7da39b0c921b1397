// One request at a time to a host, each `delayMs` after the previous one ended: the CLI's manners (src/fetched/limiter.ts
// with `oneAtATime`). A waiter cancelled by its signal gives its turn on at once.
import { abortError } from './limiter';

type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** `p`'s end, or an AbortError as soon as the signal aborts */
const ended = (p: Promise<void>, signal?: AbortSignal) => new Promise<void>((resolve, reject) => {
  if (signal?.aborted) return reject(abortError());
  const stop = () => reject(abortError());
  signal?.addEventListener('abort', stop, { once: true });
  void p.then(() => { signal?.removeEventListener('abort', stop); resolve(); });
});

/**
 * The turns of each host: `alone(host)` waits until the host is free and its pause is over, and resolves to the
 * function that frees it. `nextStart` is the limiter's own per-host clock.
 */
export function hostTurns(delayMs: number, now: () => number, wait: Sleep, nextStart: Map<string, number>) {
  /** per host, the end of the task under way on it */
  const busy = new Map<string, Promise<void>>();
  return async (host: string, signal?: AbortSignal): Promise<() => void> => {
    const before = busy.get(host) ?? Promise.resolve();
    let free!: () => void;
    busy.set(host, new Promise<void>((resolve) => { free = resolve; }));
    try {
      await ended(before, signal);
      const ms = (nextStart.get(host) ?? 0) - now();
      if (ms > 0) await wait(ms, signal);
    } catch (e) {
      void before.then(free); // the next one waits for the one before, not for this one that never ran
      throw e;
    }
    return () => { nextStart.set(host, now() + delayMs); free(); };
  };
}
