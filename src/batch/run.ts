// The batch itself: every confirmed link fetched under the limiter's manners, audited, and reported row by row.
// Each link ends as a row — audited, or failed with its reason — and the run never throws.
import type { Lang } from '../model/types';
import type { Candidate } from '../fetched/links';
import { createLimiter, type Schedule } from '../fetched/limiter';
import { fetchPage, type FetchedPage } from './fetch-page';
import type { Audited } from './audit-fetched';
import { auditAny } from './audit-any';
import { BatchFailure, failureOf, type FailureKind } from './failure';
import { withPrevious, YearIndex } from '../rules/pairing';

export type RowState =
  | { phase: 'waiting' }
  | { phase: 'fetching' }
  | { phase: 'done'; audited: Audited }
  | { phase: 'failed'; kind: FailureKind; detail: string };

export interface BatchRow {
  link: Candidate;
  state: RowState;
}

export interface RunOptions {
  lang: Lang;
  signal: AbortSignal;
  /** hosts the user did not grant: their links fail at once, without a request */
  denied?: (url: string) => boolean;
  /** the row's new state */
  onRow: (index: number, state: RowState) => void;
  concurrency?: number;
  delayMs?: number;
  timeoutMs?: number;
  /** injectable for tests */
  fetchPage?: (url: string, signal: AbortSignal, timeoutMs: number) => Promise<FetchedPage>;
  audit?: (page: FetchedPage, lang: Lang) => Audited | Promise<Audited>;
}

/** at most 3 at a time, half a second between two requests to one host, 20 s per page (as the CLI) */
export const BATCH_DEFAULTS = { concurrency: 3, delayMs: 500, timeoutMs: 20_000 };

export async function runBatch(links: Candidate[], opts: RunOptions): Promise<void> {
  const { concurrency, delayMs, timeoutMs } = { ...BATCH_DEFAULTS, ...definedOf(opts) };
  const schedule: Schedule = createLimiter({ concurrency, delayMs });
  const get = opts.fetchPage ?? ((url, signal, ms) => fetchPage(url, { signal, timeoutMs: ms }));
  const audit = opts.audit ?? auditAny;

  const audited: Array<Audited | undefined> = [];
  const one = async (link: Candidate, i: number) => {
    try {
      if (opts.denied?.(link.href)) throw new BatchFailure('permission', new URL(link.href).host);
      const page = await schedule(new URL(link.href).host, () => {
        opts.onRow(i, { phase: 'fetching' });
        return get(link.href, opts.signal, timeoutMs);
      }, opts.signal);
      const got = await audit(page, opts.lang);
      // a scanned PDF is no "not a report": it is a row of its own, unverified, with the reason
      if (got.result.verdict === 'not-a-report') throw new BatchFailure('not-report', got.reason ?? '');
      audited[i] = got;
      opts.onRow(i, { phase: 'done', audited: got });
    } catch (e) {
      const f = failureOf(e);
      opts.onRow(i, { phase: 'failed', kind: f.kind, detail: f.detail });
    }
  };
  await Promise.all(links.map(one));
  pairYears(audited, opts);
}

/**
 * Years of one agency among the batch's reports: each later year gets its cross-year findings (carry-over, stock
 * roll-forward) against the year before, which its findings name (params.earlierSource); the row is updated.
 */
function pairYears(audited: Array<Audited | undefined>, opts: RunOptions): void {
  const years = new YearIndex<number>();
  audited.forEach((a, i) => { if (a?.pairing) years.add(a.pairing, i); });
  audited.forEach((a, i) => {
    const earlier = a?.pairing ? years.earlier(a.pairing) : null;
    if (!a?.pairing || !earlier) return;
    opts.onRow(i, { phase: 'done', audited: { ...a, result: withPrevious(a.result, a.pairing, earlier.model, opts.lang) } });
  });
}

function definedOf(o: RunOptions) {
  const out: Partial<typeof BATCH_DEFAULTS> = {};
  for (const k of ['concurrency', 'delayMs', 'timeoutMs'] as const) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
