// Running rules over a report model: each rule's drafts become findings with rendered messages.
import type { Finding, Lang, NotChecked, ReportModel } from '../model/types';
import { TEMPLATES, templateForYear } from '../template';
import type { Rule, RuleContext } from './types';

export function evaluate(rules: Rule[], model: ReportModel, lang: Lang, previous: ReportModel | null): { findings: Finding[]; notChecked: NotChecked[] } {
  const findings: Finding[] = [];
  const notChecked: NotChecked[] = [];
  const templateId = model.template ?? (model.year ? templateForYear(model.year) : '2021');
  for (const rule of rules) {
    const ctx: RuleContext = {
      model, previous, templateId, template: TEMPLATES[templateId],
      report: (d) => {
        // a cross-year finding says which report it was compared with
        const params = rule.scope === 'cross-year' && previous ? { ...d.params, earlierSource: previous.source } : d.params;
        findings.push({
          rule: rule.id, severity: rule.severity, message: rule.message(params, lang),
          location: d.location, expected: d.expected, actual: d.actual, params,
        });
      },
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
