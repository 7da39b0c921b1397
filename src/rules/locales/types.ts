// The shape of a language's rule texts (as axe-core keeps its rule texts in locale files): plain data keyed by rule id.
import type { Lang } from '../../model/types';
import type { Params, ReasonKey } from '../types';

export interface RuleWords {
  /** one line: what the rule checks (the README's rule list) */
  help: string;
  /** why a reader should care when it fires */
  why: string;
  /** the finding's message: "{param}" placeholders, or a small formatter where the wording depends on a parameter */
  message: string | ((p: Params) => string);
}

export interface Locale {
  lang: Lang;
  /** how a message names a table: "表三" / "Table 3" */
  table(t: number): string;
  /** a rule that threw: "检查出错" / "check failed" */
  checkFailed: string;
  /** why a relation could not be checked */
  reasons: Record<ReasonKey, string>;
  rules: Record<string, RuleWords>;
}

/** a message template with its "{name}" placeholders filled in (an unknown name stays as written) */
export const fill = (template: string, p: Params): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in p ? String(p[name]) : whole));
