// Running rules over a report model: each rule's drafts become findings with rendered messages, or — with
// `messages: false`, as the page's injected auditor runs them — with their rule id and parameters only (message ''),
// for the extension's pages to render in the reader's language (src/rules/messages.ts).
import type { Finding, Lang, NotChecked, ReportModel } from '../model/types';
import { TEMPLATES, templateForYear } from '../template';
import type { Rule, RuleContext } from './types';

export function evaluate(rules: Rule[], model: ReportModel, lang: Lang, previous: ReportModel | null, messages = true): { findings: Finding[]; notChecked: NotChecked[] } {
  const findings: Finding[] = [];
  const notChecked: NotChecked[] = [];
  const templateId = model.template ?? (model.year ? templateForYear(model.year) : '2021');
  for (const rule of rules) {
    const ctx: RuleContext = {
      model, previous, templateId, template: TEMPLATES[templateId],
      report: (d) => findings.push({
        rule: rule.id, severity: rule.severity, message: messages ? rule.message(d.params, lang) : '',
        location: d.location, expected: d.expected, actual: d.actual, params: d.params,
      }),
      notChecked: (reason, location) => notChecked.push({ rule: rule.id, ...(location ? { location } : {}), reason: reason[lang] }),
    };
    try {
      rule.check(ctx);
    } catch (e) {
      // a rule that trips over an odd page must not take the others down with it
      notChecked.push({ rule: rule.id, reason: `${lang === 'zh' ? '检查出错' : 'check failed'}: ${(e as Error).message}` });
    }
  }
  return { findings, notChecked };
}
