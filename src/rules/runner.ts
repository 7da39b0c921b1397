// Running rules over a report model. With a renderer, each finding's message and each not-checked reason come out in
// its language; without one (the content script's checker, which carries no locale data), a finding's message is its
// rule id and a reason its key, and the host renders them later from the params (src/rules/render.ts renderResult).
import type { Finding, Location, NotChecked, ReportModel } from '../model/types';
import { TEMPLATES, templateForYear } from '../template';
import type { Renderer, Rule, RuleContext } from './types';

/** a PDF location carries its page, read from its anchor or its first cell's ("p3.t1.r4.c2", src/page/anchor.ts) */
const withPage = (l: Location): Location => {
  const m = /^p(\d+)\.[tb]\d/.exec(l.anchor ?? l.cells?.[0] ?? '');
  return m ? { ...l, page: Number(m[1]) } : l;
};

export function evaluate(rules: readonly Rule[], model: ReportModel, previous: ReportModel | null, render?: Renderer): { findings: Finding[]; notChecked: NotChecked[] } {
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
          rule: rule.id, severity: rule.severity, message: render ? render.message(rule.id, params) : rule.id,
          location: withPage(d.location), expected: d.expected, actual: d.actual, params,
        });
      },
      notChecked: (reason, location, params) => notChecked.push({
        rule: rule.id, ...(location ? { location: withPage(location) } : {}), reason: render ? render.reason(reason, params) : reason, ...(params ? { params } : {}),
      }),
    };
    try {
      rule.check(ctx);
    } catch (e) {
      // a rule that trips over an odd page must not take the others down with it
      const error = (e as Error).message;
      notChecked.push({ rule: rule.id, reason: render ? render.failed(error) : `${FAILED}${error}` });
    }
  }
  return { findings, notChecked };
}

/** the unrendered reason of a rule that threw: this prefix, then the error */
export const FAILED = 'check-failed: ';
