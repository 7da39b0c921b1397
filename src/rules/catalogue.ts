// The catalogue: every rule of the rule families, in its declared order, and the checker over a report model.
// No words here (they are in ./locales, rendered by ./render.ts): the content script can run the checks without them.
// A rule joins by being in its family's list; test/rules/catalogue.test.ts fails on a rule defined but not listed.
import type { AuditResult, Finding, NotChecked, ReportModel, Verdict } from '../model/types';
import { ARITHMETIC } from './arithmetic';
import { CELLS } from './cells';
import { copiedText } from './copiedText';
import { CROSS_YEAR } from './crossYear';
import { evaluate } from './runner';
import { STATEMENTS } from './statements';
import { STRUCTURE } from './structure';
import type { Renderer, Rule } from './types';

export const RULES: readonly Rule[] = [...ARITHMETIC, ...CELLS, ...STRUCTURE, ...STATEMENTS, ...CROSS_YEAR, copiedText].sort((a, b) => a.order - b.order);
export const REPORT_RULES: readonly Rule[] = RULES.filter((r) => r.scope === 'report');
export const CROSS_YEAR_RULES: readonly Rule[] = RULES.filter((r) => r.scope === 'cross-year');
export const EARLIER_YEARS_RULES: readonly Rule[] = RULES.filter((r) => r.scope === 'earlier-years');
/** a report with the year before at hand: its own rules and the cross-year ones (earlier-years rules run apart) */
const WITH_PREVIOUS: readonly Rule[] = RULES.filter((r) => r.scope !== 'earlier-years');

/** the verdict over a report's findings and not-checked list: the one fold, for the checker, the CLI and the collection */
export function verdictOf(isReport: boolean, findings: Finding[], notChecked: NotChecked[]): Verdict {
  if (!isReport) return 'not-a-report';
  if (findings.some((f) => f.severity === 'error')) return 'inconsistent';
  if (findings.some((f) => f.severity === 'warning')) return 'warnings';
  if (notChecked.length) return 'unverified';
  return 'consistent';
}

const RANK: Verdict[] = ['consistent', 'unverified', 'warnings', 'inconsistent'];

/**
 * A verdict once more findings and not-checked items count too (a report's cross-year ones, added after its own
 * audit): the same as verdictOf over all of them, so the CLI and the collection agree.
 */
export function verdictWith(verdict: Verdict, findings: Finding[], notChecked: NotChecked[]): Verdict {
  if (verdict === 'not-a-report') return verdict;
  const extra = verdictOf(true, findings, notChecked);
  return RANK.indexOf(extra) > RANK.indexOf(verdict) ? extra : verdict;
}

/** findings and verdict for a report model; cross-year rules too when the previous year's report is given */
export function checkModel(model: ReportModel, previous: ReportModel | null, render?: Renderer): AuditResult {
  const base = {
    source: model.source, isReport: model.isReport, title: model.title, agency: model.agency,
    ...(model.level !== undefined ? { level: model.level } : {}), year: model.year,
    template: model.template, publishedAt: model.publishedAt,
    ...(model.truncated ? { truncated: model.truncated } : {}),
  };
  if (model.unreadableFile) {
    // a scan: nothing could be read, so nothing is claimed — not "no report", not "inconsistent"
    const reason = model.unreadableFile.startsWith('scanned') ? (render ? render.reason('scanned') : 'scanned') : model.unreadableFile;
    return { ...base, verdict: 'unverified', findings: [], notChecked: [{ rule: 'missing-table', reason }] };
  }
  if (!model.isReport) return { ...base, verdict: 'not-a-report', findings: [], notChecked: [] };
  const { findings, notChecked } = evaluate(previous ? WITH_PREVIOUS : REPORT_RULES, model, previous, render);
  return { ...base, verdict: verdictOf(true, findings, notChecked), findings, notChecked };
}
