// Findings that arrive without their message (the page's injected auditor sends rule ids and parameters only, so no
// text in two languages is injected into pages) get it here, from the rule catalogue, in the reader's language.
import type { AuditResult, Finding, Lang } from '../model/types';
import { RULES } from './index';

/** the finding's message from its rule and parameters; '' for a rule the catalogue does not know */
export function messageOf(f: Finding, lang: Lang): string {
  const rule = RULES.find((r) => r.id === f.rule);
  if (!rule) return '';
  try {
    return rule.message(f.params ?? {}, lang);
  } catch {
    return ''; // parameters from an older version the message no longer reads
  }
}

/** the finding with its message; one that has a message already is returned as it is */
export const withMessage = (f: Finding, lang: Lang): Finding => (f.message ? f : { ...f, message: messageOf(f, lang) });

/** the result with every finding's message filled in (the same object when none was missing) */
export function withMessages(result: AuditResult, lang: Lang): AuditResult {
  if (result.findings.every((f) => f.message)) return result;
  return { ...result, findings: result.findings.map((f) => withMessage(f, lang)) };
}
