// Cross-year pairing when reports are audited apart (worker threads): each report's own audit arrives without
// the year before, so its cross-year findings are added afterwards — the same findings, in the same order, as
// auditing it with the previous report at hand.
import type { AuditResult, Finding, Lang, ReportModel } from '../model/types';
import { RULES, verdictOf } from '../rules';
import { copiedText } from '../rules/copiedText';
import { agencyKey, CROSS_YEAR } from '../rules/crossYear';
import { evaluate } from '../rules/runner';

/** the rows the cross-year rules read (carry-over: table 3; stock-roll-forward: table 2's item 1); copied-text reads sectionText */
const KEPT_ROWS: Record<'2' | '3', ReadonlySet<string>> = {
  2: new Set(['item1.regulations', 'item1.normativeDocs']),
  3: new Set(['carried', 'carryOver']),
};

/**
 * What pairing keeps of a report: identity and the few rows the cross-year rules read — a few hundred bytes
 * instead of the whole model. Null when the report cannot be paired (not a report, no agency or year).
 */
export function pairingModel(model: ReportModel): ReportModel | null {
  if (!model.isReport || model.year === null || agencyKey(model) === null) return null;
  const tables: ReportModel['tables'] = {};
  for (const t of ['2', '3'] as const) {
    const table = model.tables[t];
    if (table) tables[t] = { ...table, rows: table.rows.filter((r) => KEPT_ROWS[t].has(r.id)) };
  }
  return {
    source: model.source, isReport: true, title: model.title, agency: model.agency, year: model.year,
    template: model.template, publishedAt: model.publishedAt, sections: [], tables, labels: [],
    years: model.years, statements: { applications: [], noReviewLitigation: null, fee: null }, templateEvidence: [],
    ...(model.sectionText ? { sectionText: model.sectionText, sections: model.sections.filter((s) => s.id === 's1' || s.id === 's5') } : {}),
  };
}

const CROSS_YEAR_IDS = new Set(CROSS_YEAR.map((r) => r.id));
const RANK = new Map(RULES.map((r, i) => [r.id, i]));
const byRule = <T extends { rule: string }>(a: T, b: T) => RANK.get(a.rule)! - RANK.get(b.rule)!;

/** `result` with its copied-text findings (against all the agency's earlier reports at hand) in place of any it had */
export function withCopied(result: AuditResult, copied: Finding[]): AuditResult {
  const findings = [...result.findings.filter((f) => f.rule !== copiedText.id), ...copied].sort(byRule);
  return { ...result, verdict: verdictOf(result.isReport, findings, result.notChecked), findings };
}

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
