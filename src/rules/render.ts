// Findings in words: a rule's message from its parameters, its help and why, a not-checked reason, in one language.
// The locale data (locales/zh.ts, en.ts) comes in through this module only, so the checker (runner, rules, extract)
// runs without it and a host renders afterwards: CLI, popup, batch and collection all render here.
import type { AuditResult, Finding, Lang, NotChecked } from '../model/types';
import { RULES } from './catalogue';
import { EN } from './locales/en';
import { fill, type Locale, type RuleWords } from './locales/types';
import { ZH } from './locales/zh';
import { FAILED } from './runner';
import type { Params, ReasonKey, Renderer } from './types';

export const LOCALES: Record<Lang, Locale> = { zh: ZH, en: EN };

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** a rule's words in a language; undefined for an id the catalogue does not know */
export const ruleWords = (id: string, lang: Lang): RuleWords | undefined => LOCALES[lang].rules[id];

/** a finding's message from its rule and parameters; the rule id when the rule is unknown */
export function renderMessage(rule: string, params: Params, lang: Lang): string {
  const locale = LOCALES[lang];
  const words = locale.rules[rule];
  if (!words) return rule;
  if (typeof words.message === 'function') return words.message(params);
  const types = BY_ID.get(rule)?.params ?? {};
  const shown: Params = { ...params };
  for (const [name, type] of Object.entries(types)) if (type === 'table' && name in params) shown[name] = locale.table(Number(params[name]));
  return fill(words.message, shown);
}

const REASONS = new Set<string>(Object.keys(ZH.reasons));

/** a reason's placeholders filled; a `table` parameter named as the locale names tables */
function reasonText(locale: Locale, key: ReasonKey, params?: Params): string {
  const text = locale.reasons[key];
  if (!params) return text;
  return fill(text, 'table' in params ? { ...params, table: locale.table(Number(params.table)) } : params);
}

/** a not-checked reason in a language: a reason key (from an unrendered check) is rendered, any other text kept */
export function renderReason(reason: string, lang: Lang, params?: Params): string {
  const locale = LOCALES[lang];
  if (REASONS.has(reason)) return reasonText(locale, reason as ReasonKey, params);
  if (reason.startsWith(FAILED)) return `${locale.checkFailed}: ${reason.slice(FAILED.length)}`;
  return reason;
}

/** the renderer `evaluate` takes */
export function renderer(lang: Lang): Renderer {
  return {
    lang,
    message: (rule, params) => renderMessage(rule, params, lang),
    reason: (key, params) => reasonText(LOCALES[lang], key, params),
    failed: (error) => `${LOCALES[lang].checkFailed}: ${error}`,
  };
}

/** a finding with its message in `lang` (from its params; a finding without params keeps its message) */
export const renderFinding = (f: Finding, lang: Lang): Finding =>
  (f.params ? { ...f, message: renderMessage(f.rule, f.params, lang) } : f);

/** a result of the checker alone (messages not rendered) in words */
export const renderResult = (r: AuditResult, lang: Lang): AuditResult => ({
  ...r,
  findings: r.findings.map((f) => renderFinding(f, lang)),
  notChecked: r.notChecked.map((n): NotChecked => ({ ...n, reason: renderReason(n.reason, lang, n.params) })),
});
