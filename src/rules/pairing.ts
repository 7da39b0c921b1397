// Pairing years: which report is the same agency's report on the year before, wherever reports are gathered
// (the CLI's inputs, a batch, the collection). One agency is one normalised name (see sameAgency: width, spaces,
// 人民政府/政府, 办公室/办, a city in front in one year only); reports without an agency pair by site and title pattern.
// The cross-year findings of a report audited alone are added afterwards — the same findings, in the same order, as
// auditing it with the previous report at hand.
import type { AuditResult, Lang, ReportModel } from '../model/types';
import { reporterKeys, sameReporter } from '../extract/identity';
import { RULES, verdictOf } from './index';
import { CROSS_YEAR } from './crossYear';
import { evaluate } from './runner';

/** the rows the cross-year rules read (carry-over: table 3; stock-roll-forward: table 2's item 1) */
const KEPT_ROWS: Record<'2' | '3', ReadonlySet<string>> = {
  2: new Set(['item1.regulations', 'item1.normativeDocs']),
  3: new Set(['carried', 'carryOver']),
};

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
  for (const t of ['2', '3'] as const) {
    const table = model.tables[t];
    if (table) tables[t] = { ...table, rows: table.rows.filter((r) => KEPT_ROWS[t].has(r.id)) };
  }
  return {
    source: model.source, isReport: true, title: model.title, agency: model.agency,
    ...(model.level !== undefined ? { level: model.level } : {}), year: model.year,
    template: model.template, publishedAt: model.publishedAt, sections: [], tables, labels: [],
    years: model.years, statements: { applications: [], noReviewLitigation: null, fee: null }, templateEvidence: [],
  };
}

const CROSS_YEAR_IDS = new Set(CROSS_YEAR.map((r) => r.id));
const RANK = new Map(RULES.map((r, i) => [r.id, i]));
const byRule = <T extends { rule: string }>(a: T, b: T) => (RANK.get(a.rule) ?? 999) - (RANK.get(b.rule) ?? 999);

/** `result` (audited alone) as if audited with `earlier` as the previous year's report */
export function withPrevious(result: AuditResult, later: ReportModel, earlier: ReportModel, lang: Lang): AuditResult {
  const extra = evaluate(CROSS_YEAR, later, lang, earlier);
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
