// Pairing years: which report is the same agency's report on the year before, wherever reports are gathered
// (the CLI's inputs, a batch, the collection). One agency is one normalised name (see sameAgency: width, spaces,
// 人民政府/政府, 办公室/办, a city in front in one year only); reports without an agency pair by site and title pattern.
// The cross-year findings of a report audited alone are added afterwards — the same findings, in the same order, as
// auditing it with the previous report at hand.
import type { AuditResult, Lang, ReportModel } from '../model/types';
import { reporterKeys, sameReporter } from '../extract/identity';
import { CROSS_YEAR_RULES, RULES, verdictOf } from './catalogue';
import { renderer } from './render';
import { evaluate } from './runner';
import type { TableKey } from './types';

const TABLE_KEYS: TableKey[] = ['2', '3', '4'];
/** the rows the cross-year rules read, as they declare them (`reads`): 'all', or the row ids, per table */
const KEPT_ROWS = new Map(TABLE_KEYS.map((t) => {
  const reads = CROSS_YEAR_RULES.map((r) => r.reads.tables?.[t]).filter((x) => x !== undefined);
  return [t, reads.includes('all') ? 'all' as const : new Set(reads.flat())];
}));
/** the other parts of the model they read */
const KEPT_PARTS = new Set(CROSS_YEAR_RULES.flatMap((r) => r.reads.parts ?? []));

/** can this report be paired at all: a report with a year and an agency (or a site and a title with a year) */
export const pairable = (model: ReportModel): boolean =>
  model.isReport && model.year !== null && reporterKeys(model).length > 0;

/**
 * What pairing keeps of a report: identity and the few rows the cross-year rules read — a few hundred bytes
 * instead of the whole model. Null when the report cannot be paired.
 */
export function pairingModel(model: ReportModel): ReportModel | null {
  if (!pairable(model)) return null;
  const tables: ReportModel['tables'] = {};
  for (const t of TABLE_KEYS) {
    const table = model.tables[t];
    const kept = KEPT_ROWS.get(t)!;
    if (table && (kept === 'all' || kept.size)) tables[t] = kept === 'all' ? table : { ...table, rows: table.rows.filter((r) => kept.has(r.id)) };
  }
  const keep = <K extends 'sections' | 'labels' | 'statements' | 'templateEvidence'>(part: K, empty: ReportModel[K]) => (KEPT_PARTS.has(part) ? model[part] : empty);
  return {
    source: model.source, isReport: true, title: model.title, agency: model.agency,
    ...(model.level !== undefined ? { level: model.level } : {}), year: model.year,
    template: model.template, publishedAt: model.publishedAt, sections: keep('sections', []), tables, labels: keep('labels', []),
    years: model.years, statements: keep('statements', { applications: [], noReviewLitigation: null, fee: null }),
    templateEvidence: keep('templateEvidence', []),
  };
}

const CROSS_YEAR_IDS = new Set(CROSS_YEAR_RULES.map((r) => r.id));
const RANK = new Map(RULES.map((r, i) => [r.id, i]));
const byRule = <T extends { rule: string }>(a: T, b: T) => (RANK.get(a.rule) ?? 999) - (RANK.get(b.rule) ?? 999);

/** `result` (audited alone) as if audited with `earlier` as the previous year's report */
export function withPrevious(result: AuditResult, later: ReportModel, earlier: ReportModel, lang: Lang): AuditResult {
  const extra = evaluate(CROSS_YEAR_RULES, later, earlier, renderer(lang));
  // each rule's findings stand together in catalogue order: a stable sort puts the new ones where they belong;
  // cross-year ones from another pairing (two reports of one agency and year) are replaced
  const own = <T extends { rule: string }>(items: T[]) => items.filter((x) => !CROSS_YEAR_IDS.has(x.rule));
  const findings = [...own(result.findings), ...extra.findings].sort(byRule);
  const notChecked = [...own(result.notChecked), ...extra.notChecked].sort(byRule);
  return { ...result, verdict: verdictOf(result.isReport, findings, notChecked), findings, notChecked };
}

export interface YearEntry<T> {
  model: ReportModel;
  /** what the caller keeps with the report (where its output stands) */
  slot: T;
}

/** Reports filed by agency (or site + title pattern) and year; the first of two reports of one agency and year is kept. */
export class YearIndex<T> {
  private readonly entries = new Map<string, Array<YearEntry<T>>>();

  private find(model: ReportModel, year: number): YearEntry<T> | null {
    for (const k of reporterKeys(model)) {
      for (const e of this.entries.get(`${k}\u0000${year}`) ?? []) if (sameReporter(model, e.model)) return e;
    }
    return null;
  }

  /** the same agency's report on the year before, if among the reports so far */
  earlier(model: ReportModel): YearEntry<T> | null {
    return pairable(model) ? this.find(model, model.year! - 1) : null;
  }

  /** the same agency's report on the year after, if among the reports so far */
  later(model: ReportModel): YearEntry<T> | null {
    return pairable(model) ? this.find(model, model.year! + 1) : null;
  }

  add(model: ReportModel, slot: T): void {
    if (!pairable(model) || this.find(model, model.year!)) return;
    const entry = { model, slot };
    for (const k of reporterKeys(model)) {
      const key = `${k}\u0000${model.year}`;
      this.entries.set(key, [...(this.entries.get(key) ?? []), entry]);
    }
  }
}
