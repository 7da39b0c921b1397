import type { Finding, Lang, Location, ReportModel, Severity, TemplateId } from '../model/types';
import type { TemplateDef } from '../template/types';

export type Text = { zh: string; en: string };

/** what a rule hands to `ctx.report`: the finding before its message is rendered */
export interface Draft {
  location: Location;
  expected: number | string | null;
  actual: number | string | null;
  params: Record<string, string | number>;
}

export interface RuleContext {
  model: ReportModel;
  /** the template the report is read against (its tables' own, else its year's) */
  template: TemplateDef;
  templateId: TemplateId;
  /** the same agency's report on the year before, for cross-year rules */
  previous: ReportModel | null;
  report(d: Draft): void;
  notChecked(reason: Text, location?: Location): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** one line: what the rule checks */
  help: Text;
  /** why a reader should care when it fires */
  why: Text;
  /** 'cross-year' rules need the previous year's report */
  scope: 'report' | 'cross-year';
  /** the finding's message from its parameters: expected, found, where */
  message(p: Record<string, string | number>, lang: Lang): string;
  check(ctx: RuleContext): void;
}

export type { Finding };
