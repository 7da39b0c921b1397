// `audit`: every input (files, pages, the reports a listing links to) is loaded and checked by a pool of
// workers; results are taken in input order, paired across years of one agency, and written in the chosen format.
import type { Finding, Lang, NotChecked, ReportModel, Verdict } from '../model/types';
import { crossYearCheck, verdictWith } from '../rules';
import { ExitTally, type FailOn } from './exit';
import type { Out } from './output';
import { withCopied, withPrevious } from './pairing';
import { copiedTextFindings } from '../rules/pairing';
import { createRunner } from './pool';
import { createProgress } from './progress';
import { createSink } from './sinks';
import { sources, type WebOptions } from './sources';
import { Summary } from './summary';
import type { Outcome } from './task';
import { YearIndex, type YearEntry } from './years';
import { InOrder } from './in-order';
import { visibleLine } from './terminal';

export type AuditFormat = 'table' | 'json' | 'jsonl' | 'csv';

export interface AuditOptions {
  paths: string[];
  format: AuditFormat;
  lang: Lang;
  failOn: FailOn;
  color: boolean;
  /** worker threads (1 unless given: the command line passes the number of cores); even one job runs in a worker */
  jobs?: number;
  web?: Partial<WebOptions>;
  /** a progress bar on stderr */
  progress?: boolean;
  /** the summary line on stderr at the end */
  summary?: boolean;
}

export const WEB_DEFAULTS: WebOptions = { followLinks: false, anyHost: false, delayMs: 500, timeoutMs: 20_000 };

/**
 * where a report's output stands: its index (json, table: it can still change), its verdict as written, and the
 * sections a copied-text finding was written for already (jsonl, csv)
 */
interface Slot { index: number; verdict: Verdict; copied: Set<string> }


export async function runAudit(opts: AuditOptions, out: Out): Promise<number> {
  const jobs = Math.max(1, opts.jobs ?? 1);
  const totals = { exit: new ExitTally(opts.failOn), summary: new Summary() };
  const sink = createSink(opts.format, out, totals, opts);
  const runner = createRunner(jobs);
  const progress = createProgress(opts.progress === true);
  const years = new YearIndex<Slot>();

  /** outcomes are taken one at a time, in input order */
  const take = async (o: Outcome): Promise<void> => {
    progress.tick();
    if (o.problem) progress.note(`gov-report-auditor: ${visibleLine(o.result.source)}: ${visibleLine(o.problem)}\n`);
    const model = o.pairing;
    let result = o.result;
    if (!model || !('verdict' in result)) { await sink.put(o.index, result); return; }
    const earlier = years.earlier(model);
    if (earlier) result = withPrevious(result, model, earlier.model, opts.lang);
    // copied-text compares with every earlier year of the agency at hand, not only the one before
    const agency = years.sameAgency(model);
    const copied = copiedTextFindings(model, agency.map((e) => e.model), opts.lang);
    if (copied.length) result = withCopied(result, copied);
    const later = years.later(model);
    if (later && !sink.streaming) {
      sink.update(later.slot.index, (r) => withPrevious(r, later.model, model, opts.lang));
    }
    await sink.put(o.index, result);
    // later years already written: what this report adds to their findings
    const late = new Map<YearEntry<Slot>, { findings: Finding[]; notChecked: NotChecked[] }>();
    if (later && sink.streaming) late.set(later, crossYearCheck(later.model, model, opts.lang));
    for (const l of agency) {
      if (l.model.year! <= model.year!) continue;
      if (!sink.streaming) {
        const all = copiedTextFindings(l.model, [...agency.map((e) => e.model), model], opts.lang);
        sink.update(l.slot.index, (r) => withCopied(r, all));
        continue;
      }
      const fresh = copiedTextFindings(l.model, [model], opts.lang).filter((f) => !l.slot.copied.has(f.location.section ?? ''));
      if (!fresh.length) continue;
      for (const f of fresh) l.slot.copied.add(f.location.section ?? '');
      const held = late.get(l) ?? { findings: [], notChecked: [] };
      late.set(l, { ...held, findings: [...held.findings, ...fresh] });
    }
    for (const [l, { findings, notChecked }] of late) {
      if (!findings.length && !notChecked.length && l !== later) continue;
      await sink.late({ source: l.model.source, kind: 'cross-year', earlier: model.source, findings, ...(notChecked.length ? { notChecked } : {}) }, l.model, l.slot.verdict);
      l.slot.verdict = verdictWith(l.slot.verdict, findings, notChecked);
    }
    years.add(model, { index: o.index, verdict: result.verdict, copied: new Set(copied.map((f) => f.location.section ?? '')) });
  };

  // enough work started to keep every worker busy, little enough that memory stays flat
  const order = new InOrder(jobs * 8, take);
  let index = 0;
  try {
    for await (const source of sources(opts.paths, { ...WEB_DEFAULTS, ...opts.web })) {
      await order.room(index);
      progress.grow(1);
      source.prepare(index++, opts.lang)
        .then((prepared) => ('result' in prepared ? prepared : runner.run(prepared)))
        .then((o) => order.arrive(o));
    }
    await order.drain(index);
    await sink.end();
  } finally {
    progress.stop();
    await runner.close();
  }
  if (opts.summary) process.stderr.write(totals.summary.line());
  return totals.exit.code;
}
