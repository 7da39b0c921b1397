// The rules with their words: the catalogue (./catalogue.ts, no locale data) plus rendering in a language
// (./render.ts). Hosts that print, store or export results come in here; the content script's checker uses the catalogue.
import type { AuditResult, Finding, Lang, NotChecked, ReportModel } from '../model/types';
import { checkModel, CROSS_YEAR_RULES } from './catalogue';
import { renderer } from './render';
import { evaluate } from './runner';

export { CROSS_YEAR_RULES, REPORT_RULES, RULES, checkModel, verdictOf, verdictWith } from './catalogue';
export { LOCALES, renderer, renderFinding, renderMessage, renderReason, renderResult, ruleWords } from './render';
export type { Renderer, Rule } from './types';

/** findings, not-checked list and verdict of a report model, in `lang` */
export function runRules(model: ReportModel, lang: Lang, previous: ReportModel | null): AuditResult {
  return checkModel(model, previous, renderer(lang));
}

/** what the cross-year rules find for `later`, given the same agency's report of the year before, in `lang` */
export function crossYearCheck(later: ReportModel, earlier: ReportModel, lang: Lang): { findings: Finding[]; notChecked: NotChecked[] } {
  return evaluate(CROSS_YEAR_RULES, later, earlier, renderer(lang));
}

/** findings of the cross-year rules for `later`, given the same agency's report of the year before, in `lang` */
export const crossYearFindings = (later: ReportModel, earlier: ReportModel, lang: Lang): Finding[] => crossYearCheck(later, earlier, lang).findings;
