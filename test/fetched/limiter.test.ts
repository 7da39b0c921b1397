// The batch's manners: never more than N requests at once, a pause between two starts on one host, cancel honoured.
import { describe, expect, it } from 'vitest';
import { createLimiter, sleep } from '../../src/fetched/limiter';

/** a virtual clock: sleeping advances it, so the test is exact and instant */
function virtualClock() {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => { await Promise.resolve(); t += ms; },
  };
}

describe('limiter', () => {
  it('runs at most `concurrency` tasks at once', async () => {
    const schedule = createLimiter({ concurrency: 3, delayMs: 0 });
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
    };
    await Promise.all(Array.from({ length: 12 }, (_, i) => schedule(`h${i % 4}`, task)));
    expect(peak).toBe(3);
    expect(running).toBe(0);
  });

  it('spaces the starts of tasks on one host by the delay; other hosts do not wait for it', async () => {
    const starts: Array<[string, number]> = [];
    const t0 = Date.now();
    const schedule = createLimiter({ concurrency: 3, delayMs: 60 });
    const task = (host: string) => async () => { starts.push([host, Date.now() - t0]); };
    await Promise.all([schedule('a', task('a')), schedule('a', task('a')), schedule('b', task('b')), schedule('a', task('a'))]);
    const a = starts.filter(([h]) => h === 'a').map(([, at]) => at);
    const b = starts.filter(([h]) => h === 'b').map(([, at]) => at);
    expect(a).toHaveLength(3);
    for (let i = 1; i < a.length; i++) expect(a[i] - a[i - 1]).toBeGreaterThanOrEqual(55);
    expect(b[0]).toBeLessThan(40);
  });

  it('books the turns by the injected clock', async () => {
    const clock = virtualClock();
    const schedule = createLimiter({ concurrency: 1, delayMs: 500, ...clock });
    const at: number[] = [];
    for (let i = 0; i < 4; i++) await schedule('a', async () => { at.push(clock.now()); });
    expect(at).toEqual([0, 500, 1000, 1500]);
  });

  it('a task still waiting when the batch is cancelled never starts, and the queue drains', async () => {
    const ctl = new AbortController();
    const schedule = createLimiter({ concurrency: 1, delayMs: 0 });
    const started: number[] = [];
    const slow = (i: number) => async () => { started.push(i); await sleep(20); return i; };
    const runs = [0, 1, 2].map((i) => schedule('a', slow(i), ctl.signal));
    await Promise.resolve();
    ctl.abort();
    const outcomes = await Promise.allSettled(runs);
    expect(started).toEqual([0]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    // the limiter is free again
    expect(await schedule('a', async () => 'next')).toBe('next');
  });

  it('a cancelled pause between two requests to one host ends at once', async () => {
    const ctl = new AbortController();
    const schedule = createLimiter({ concurrency: 3, delayMs: 10_000 });
    await schedule('a', async () => 1, ctl.signal);
    const second = schedule('a', async () => 2, ctl.signal);
    setTimeout(() => ctl.abort(), 10);
    const t0 = Date.now();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - t0).toBeLessThan(1_000);
  });
});

describe('limiter, one at a time on a host (the CLI)', () => {
  it('starts a host\'s next task the delay after the previous one ended; other hosts go meanwhile', async () => {
    const clock = virtualClock();
    const schedule = createLimiter({ concurrency: 3, delayMs: 100, oneAtATime: true, ...clock });
    const log: string[] = [];
    let onA = 0;
    let peakA = 0;
    const task = (host: string, ms: number) => async () => {
      log.push(`${host}@${clock.now()}`);
      if (host === 'a') peakA = Math.max(peakA, ++onA);
      await clock.sleep(ms);
      if (host === 'a') onA--;
    };
    await Promise.all([schedule('a', task('a', 50)), schedule('a', task('a', 50)), schedule('b', task('b', 10)), schedule('a', task('a', 0))]);
    expect(peakA).toBe(1);
    const starts = log.filter((l) => l.startsWith('a@')).map((l) => Number(l.slice(2)));
    // each start at least 100 after the end (start + 50) of the one before
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(150);
    expect(log).toContain('b@0');
  });

  it('a task cancelled while waiting for its host lets the next one through', async () => {
    const ctl = new AbortController();
    const schedule = createLimiter({ concurrency: 2, delayMs: 0, oneAtATime: true });
    const first = schedule('a', () => sleep(30).then(() => 1));
    const second = schedule('a', async () => 2, ctl.signal);
    const third = schedule('a', async () => 3);
    ctl.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect(await first).toBe(1);
    expect(await third).toBe(3);
  });
});
