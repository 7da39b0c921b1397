import type { Finding, Lang, Location, ReportModel, Severity, TemplateId } from '../model/types';
import type { TemplateDef } from '../template/types';

/** a finding's message parameters */
export type Params = Record<string, string | number>;

/** how a parameter is rendered: as written, a number, or a table number ("表三" / "Table 3") */
export type ParamType = 'string' | 'number' | 'table';

export type TableKey = '2' | '3' | '4';

/** what of the report model a rule reads; cross-year pairing keeps just this of each report (src/cli/pairing.ts) */
export interface Reads {
  /** the template row ids read in each table, or 'all' */
  tables?: Partial<Record<TableKey, readonly string[] | 'all'>>;
  /** other parts of the model (identity: title, agency, year, template, publishedAt — always kept) */
  parts?: ReadonlyArray<'sections' | 'sectionText' | 'labels' | 'years' | 'statements' | 'templateEvidence'>;
}

/** why a relation could not be checked: a key of the locales' reasons (src/rules/locales) */
export type ReasonKey = 'text' | 'blank-total' | 'shifted' | 'missing' | 'row-shifted' | 'two-years' | 'new-total-unreadable'
  | 'earlier-table-unread' | 'own-table-unread' | 'level-unknown' | 'agency-unknown'
  | 'table-unreadable' | 'section-unreadable' | 'cells-run-together' | 'row-unplaced' | 'scanned';

/** what a rule hands to `ctx.report`: the finding before its message is rendered */
export interface Draft {
  location: Location;
  expected: number | string | null;
  actual: number | string | null;
  params: Params;
}

export interface RuleContext {
  model: ReportModel;
  /** the template the report is read against (its tables' own, else its year's) */
  template: TemplateDef;
  templateId: TemplateId;
  /** the same agency's report on the year before, for cross-year rules */
  previous: ReportModel | null;
  report(d: Draft): void;
  /** `params` fill the reason's placeholders ("{earlierSource}"); a `table` parameter is rendered as the table's name */
  notChecked(reason: ReasonKey, location?: Location, params?: Params): void;
}

/**
 * A rule of the catalogue. Its words (help, why, message) are not here but in the locales (src/rules/locales/zh.ts,
 * en.ts), keyed by its id, so that the checks run without them (the content script) and the host renders later.
 */
export interface Rule {
  id: string;
  severity: Severity;
  /** place in the catalogue (findings are listed rule by rule in this order); unique */
  order: number;
  /** what kind of check: 'arithmetic', 'cells', 'structure', 'statements', 'cross-year' … */
  tags: readonly string[];
  /**
   * 'report': the report alone; 'cross-year': with the same agency's report of the year before; 'earlier-years': with
   * each of the agency's earlier reports at hand, any year (copied-text), run by src/rules/pairing.ts
   */
  scope: 'report' | 'cross-year' | 'earlier-years';
  /** what of the model the check reads */
  reads: Reads;
  /** the message parameters the check fills in, and their types */
  params: Readonly<Record<string, ParamType>>;
  check(ctx: RuleContext): void;
}

/** renders findings and not-checked reasons in one language (src/rules/render.ts builds one from the locales) */
export interface Renderer {
  lang: Lang;
  message(rule: string, params: Params): string;
  reason(key: ReasonKey, params?: Params): string;
  /** "check failed: …" for a rule that threw */
  failed(error: string): string;
}

export type { Finding };
