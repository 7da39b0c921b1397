// Cross-year pairing when reports are audited apart (worker threads): each report's own audit arrives without
// the year before, so its cross-year findings are added afterwards — the same findings, in the same order, as
// auditing it with the previous report at hand.
import type { AuditResult, Lang, ReportModel } from '../model/types';
import { CROSS_YEAR_RULES, renderer, RULES, verdictOf } from '../rules';
import { agencyKey } from '../rules/crossYear';
import { evaluate } from '../rules/runner';
import type { TableKey } from '../rules/types';

const TABLE_KEYS: TableKey[] = ['2', '3', '4'];
/** the rows the cross-year rules read, as they declare them (`reads`): 'all', or the row ids, per table */
const KEPT_ROWS = new Map(TABLE_KEYS.map((t) => {
  const reads = CROSS_YEAR_RULES.map((r) => r.reads.tables?.[t]).filter((x) => x !== undefined);
  return [t, reads.includes('all') ? 'all' as const : new Set(reads.flat())];
}));
/** the other parts of the model they read */
const KEPT_PARTS = new Set(CROSS_YEAR_RULES.flatMap((r) => r.reads.parts ?? []));

/**
 * What pairing keeps of a report: identity and the few rows the cross-year rules read — a few hundred bytes
 * instead of the whole model. Null when the report cannot be paired (not a report, no agency or year).
 */
export function pairingModel(model: ReportModel): ReportModel | null {
  if (!model.isReport || model.year === null || agencyKey(model) === null) return null;
  const tables: ReportModel['tables'] = {};
  for (const t of TABLE_KEYS) {
    const table = model.tables[t];
    const kept = KEPT_ROWS.get(t)!;
    if (table && (kept === 'all' || kept.size)) tables[t] = kept === 'all' ? table : { ...table, rows: table.rows.filter((r) => kept.has(r.id)) };
  }
  const keep = <K extends 'sections' | 'labels' | 'statements' | 'templateEvidence'>(part: K, empty: ReportModel[K]) => (KEPT_PARTS.has(part) ? model[part] : empty);
  return {
    source: model.source, isReport: true, title: model.title, agency: model.agency, year: model.year,
    template: model.template, publishedAt: model.publishedAt, sections: keep('sections', []), tables, labels: keep('labels', []),
    years: model.years, statements: keep('statements', { applications: [], noReviewLitigation: null, fee: null }),
    templateEvidence: keep('templateEvidence', []),
  };
}

const CROSS_YEAR_IDS = new Set(CROSS_YEAR_RULES.map((r) => r.id));
const RANK = new Map(RULES.map((r, i) => [r.id, i]));
const byRule = <T extends { rule: string }>(a: T, b: T) => RANK.get(a.rule)! - RANK.get(b.rule)!;

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
