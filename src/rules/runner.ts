// Running rules over a report model: each rule's drafts become findings with rendered messages.
import type { Finding, Lang, Location, NotChecked, ReportModel } from '../model/types';
import { TEMPLATES, templateForYear } from '../template';
import type { Rule, RuleContext } from './types';

/** a PDF location carries its page, read from its anchor or its first cell's ("p3.t1.r4.c2", src/page/anchor.ts) */
const withPage = (l: Location): Location => {
  const m = /^p(\d+)\.[tb]\d/.exec(l.anchor ?? l.cells?.[0] ?? '');
  return m ? { ...l, page: Number(m[1]) } : l;
};

export function evaluate(rules: Rule[], model: ReportModel, lang: Lang, previous: ReportModel | null): { findings: Finding[]; notChecked: NotChecked[] } {
  const findings: Finding[] = [];
  const notChecked: NotChecked[] = [];
  const templateId = model.template ?? (model.year ? templateForYear(model.year) : '2021');
  for (const rule of rules) {
    const ctx: RuleContext = {
      model, previous, templateId, template: TEMPLATES[templateId],
      report: (d) => findings.push({
        rule: rule.id, severity: rule.severity, message: rule.message(d.params, lang),
        location: withPage(d.location), expected: d.expected, actual: d.actual, params: d.params,
      }),
      notChecked: (reason, location) => notChecked.push({ rule: rule.id, ...(location ? { location: withPage(location) } : {}), reason: reason[lang] }),
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
