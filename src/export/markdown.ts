// Markdown to paste into an article or a note: the verdict, the report's identity, the findings in plain words.
// The words come from the caller's translator (the extension passes its i18n).
import type { AuditResult, Finding, Lang, Severity } from '../model/types';
import { countBySeverity } from '../summary';
import { wordsOf, type Translate, type Words } from './words';

/** page text must not turn into markup, links or headings when pasted */
const esc = (s: string) => s.replace(/([\\`*_[\]<>|#!~])/g, '\\$1').replace(/\n+/g, ' ');

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function toMarkdown(result: AuditResult, url: string, auditedAt: number, t: Translate, lang: () => Lang): string {
  const words = wordsOf(t, lang);
  const { identityText, verdictText, severityLabel, notCheckedText } = words;
  const out: string[] = [`# ${esc(t('md_title', result.title || url))}`, ''];
  out.push(`- ${t('md_source')}: <${url.replace(/>/g, '%3E')}>`);
  const identity = identityText(result);
  if (identity) out.push(`- ${esc(identity)}`);
  out.push(`- ${t('md_verdict')}: **${esc(verdictText(result.verdict, countBySeverity(result.findings)))}**`);
  out.push(`- ${t('md_audited_at')}: ${new Date(auditedAt).toISOString()}`, '');
  for (const severity of SEVERITIES) {
    const list = result.findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    out.push(`## ${severityLabel(severity)} (${list.length})`, '');
    list.forEach((f, i) => out.push(...item(f, i + 1, t, words)));
    out.push('');
  }
  if (result.notChecked.length) {
    out.push(`## ${t('not_checked_title')} (${result.notChecked.length})`, '');
    for (const n of result.notChecked) out.push(`- \`${n.rule}\`: ${esc(notCheckedText(n))}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function item(f: Finding, n: number, t: Translate, words: Words): string[] {
  const where = words.whereText(f.location);
  const values = words.expectedActualText(f);
  const why = words.whyText(f.rule);
  return [
    `${n}. ${esc(f.message)}${values ? ` (${esc(values)})` : ''} \`${f.rule}\``,
    ...(where ? [`   - ${t('label_where')}: ${esc(where)}`] : []),
    ...(why ? [`   - ${t('label_why')}: ${esc(why)}`] : []),
  ];
}
