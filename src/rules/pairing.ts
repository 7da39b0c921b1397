// Pairing years: which report is the same agency's report on the year before, wherever reports are gathered
// (the CLI's inputs, a batch, the collection). One agency is one normalised name (see sameAgency: width, spaces,
// 人民政府/政府, 办公室/办, a city in front in one year only); reports without an agency pair by site and title pattern.
// The cross-year findings of a report audited alone are added afterwards — the same findings, in the same order, as
// auditing it with the previous report at hand.
import type { AuditResult, Finding, Lang, ModelRow, ReportModel } from '../model/types';
import { sectionDef } from '../template/sections';
import { copiedText } from './copiedText';
import { reporterKeys, sameReporter } from '../extract/identity';
import { CROSS_YEAR_RULES, EARLIER_YEARS_RULES, RULES, verdictOf } from './catalogue';
import { renderer } from './render';
import { evaluate } from './runner';
import type { TableKey } from './types';

const TABLE_KEYS: TableKey[] = ['2', '3', '4'];
/** the rows the cross-year and earlier-years rules read, as they declare them (`reads`): 'all', or the row ids, per table */
const PAIRED_RULES = [...CROSS_YEAR_RULES, ...EARLIER_YEARS_RULES];
const KEPT_ROWS = new Map(TABLE_KEYS.map((t) => {
  const reads = PAIRED_RULES.map((r) => r.reads.tables?.[t]).filter((x) => x !== undefined);
  return [t, reads.includes('all') ? 'all' as const : new Set(reads.flat())];
}));
/** the other parts of the model they read */
const KEPT_PARTS = new Set(PAIRED_RULES.flatMap((r) => r.reads.parts ?? []));

/** the rows of these ids, by a loop (every page comes here; hot path: README, Performance) */
function rowsKept(rows: ModelRow[], ids: ReadonlySet<string>): ModelRow[] {
  const out: ModelRow[] = [];
  for (const r of rows) if (ids.has(r.id)) out.push(r);
  return out;
}

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
    if (table && (kept === 'all' || kept.size)) tables[t] = kept === 'all' ? table : { ...table, rows: rowsKept(table.rows, kept) };
  }
  const keep = <K extends 'sections' | 'labels' | 'statements' | 'templateEvidence'>(part: K, empty: ReportModel[K]) => (KEPT_PARTS.has(part) ? model[part] : empty);
  const sectionText = KEPT_PARTS.has('sectionText') && model.sectionText ? { sectionText: model.sectionText } : {};
  return {
    source: model.source, isReport: true, title: model.title, agency: model.agency,
    ...(model.level !== undefined ? { level: model.level } : {}), year: model.year,
    template: model.template, publishedAt: model.publishedAt, sections: keep('sections', []), tables, labels: keep('labels', []),
    years: model.years, statements: keep('statements', { applications: [], noReviewLitigation: null, fee: null }),
    templateEvidence: keep('templateEvidence', []), ...sectionText,
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


/**
 * `later`'s copied-text findings against the same agency's earlier reports (any earlier year, not only the one
 * before): per section the earlier report it shares most with (the nearer year on a tie).
 */
export function copiedTextFindings(later: ReportModel, earlier: ReportModel[], lang: Lang): Finding[] {
  const best = new Map<string, { finding: Finding; year: number }>();
  for (const e of earlier) {
    if (e === later || e.year === null || later.year === null || e.year >= later.year) continue;
    // unrendered: of an agency's many years only the best per section is kept, and its message is written below
    for (const f of evaluate([copiedText], later, e).findings) {
      const key = f.location.section ?? '';
      const held = best.get(key);
      const share = Number(f.actual);
      if (!held || share > Number(held.finding.actual) || (share === Number(held.finding.actual) && e.year > held.year)) best.set(key, { finding: f, year: e.year });
    }
  }
  // section 五 first, as the check reports them
  const order = [sectionDef('s5').label, sectionDef('s1').label];
  const render = renderer(lang);
  return [...best.values()].map((b) => ({ ...b.finding, message: render.message(copiedText.id, b.finding.params ?? {}) })).sort((a, b) => order.indexOf(a.location.section ?? '') - order.indexOf(b.location.section ?? ''));
}

/** `result` with its copied-text findings (against all the agency's earlier reports at hand) in place of any it had */
export function withCopied(result: AuditResult, copied: Finding[]): AuditResult {
  const findings = [...result.findings.filter((f) => f.rule !== copiedText.id), ...copied].sort(byRule);
  return { ...result, verdict: verdictOf(result.isReport, findings, result.notChecked), findings };
}

export interface YearEntry<T> {
  model: ReportModel;
  /** what the caller keeps with the report (where its output stands) */
  slot: T;
}

/** Reports filed by agency (or site + title pattern) and year; the first of two reports of one agency and year is kept. */
export class YearIndex<T> {
  private readonly entries = new Map<string, Array<YearEntry<T>>>();
  /** every year's entries under each key, for copied-text (which compares with any earlier year) */
  private readonly byKey = new Map<string, Array<YearEntry<T>>>();

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

  /** the same agency's reports among those so far, of every year, each once */
  sameAgency(model: ReportModel): Array<YearEntry<T>> {
    if (!pairable(model)) return [];
    const out = new Set<YearEntry<T>>();
    for (const k of reporterKeys(model)) for (const e of this.byKey.get(k) ?? []) if (sameReporter(model, e.model)) out.add(e);
    return [...out];
  }

  add(model: ReportModel, slot: T): void {
    if (!pairable(model) || this.find(model, model.year!)) return;
    const entry = { model, slot };
    for (const k of reporterKeys(model)) {
      const key = `${k}\u0000${model.year}`;
      this.entries.set(key, [...(this.entries.get(key) ?? []), entry]);
      this.byKey.set(k, [...(this.byKey.get(k) ?? []), entry]);
    }
  }
}
