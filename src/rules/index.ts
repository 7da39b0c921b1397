// The catalogue: every rule as data (id, severity, help, why) plus its check. Rule ids are a public interface.
import type { AuditResult, Finding, Lang, NotChecked, ReportModel, Verdict } from '../model/types';
import { ARITHMETIC } from './arithmetic';
import { CELLS } from './cells';
import { CROSS_YEAR } from './crossYear';
import { evaluate } from './runner';
import { STATEMENTS } from './statements';
import { STRUCTURE } from './structure';
import type { Rule } from './types';

const UNREADABLE_SCAN: Record<Lang, string> = { zh: '扫描件：没有可读取的文字', en: 'scanned: no text to read' };

/** the catalogue's order, as template.md lists it */
const ORDER = ['balance', 'row-total', 'result-total', 'review-total', 'carry-over', 'narrative-mismatch', 'missing-section',
  'missing-table', 'missing-row', 'cell-count', 'non-numeric', 'placeholder-value', 'invalid-number', 'label-mismatch',
  'template-mismatch', 'fee-statement-missing', 'year-mismatch', 'section-order', 'late-publication', 'stock-roll-forward'];
const ALL = [...ARITHMETIC, ...CELLS, ...STRUCTURE, ...STATEMENTS, ...CROSS_YEAR];
export const RULES: readonly Rule[] = ORDER.map((id) => ALL.find((r) => r.id === id)!);

const REPORT_RULES = RULES.filter((r) => r.scope === 'report');

export function verdictOf(isReport: boolean, findings: Finding[], notChecked: NotChecked[]): Verdict {
  if (!isReport) return 'not-a-report';
  if (findings.some((f) => f.severity === 'error')) return 'inconsistent';
  if (findings.some((f) => f.severity === 'warning')) return 'warnings';
  if (notChecked.length) return 'unverified';
  return 'consistent';
}

export function runRules(model: ReportModel, lang: Lang, previous: ReportModel | null): AuditResult {
  const base = {
    source: model.source, isReport: model.isReport, title: model.title, agency: model.agency, year: model.year,
    template: model.template, publishedAt: model.publishedAt,
    ...(model.truncated ? { truncated: model.truncated } : {}),
  };
  if (model.unreadable) {
    // a scan: nothing could be read, so nothing is claimed — not "no report", not "inconsistent"
    const reason = model.unreadable.startsWith('scanned') ? UNREADABLE_SCAN[lang] : model.unreadable;
    return { ...base, verdict: 'unverified', findings: [], notChecked: [{ rule: 'missing-table', reason }] };
  }
  if (!model.isReport) return { ...base, verdict: 'not-a-report', findings: [], notChecked: [] };
  const rules = previous ? RULES : REPORT_RULES;
  const { findings, notChecked } = evaluate(rules as Rule[], model, lang, previous);
  return { ...base, verdict: verdictOf(true, findings, notChecked), findings, notChecked };
}

export type { Rule };
