// Markdown to paste into an article or a note: the verdict, the report's identity, the findings in plain words.
import type { AuditResult, Finding, Severity } from '../model/types';
import { t } from '../i18n';
import { countBySeverity } from '../summary';
import { expectedActualText, notCheckedText, severityLabel, whereText, whyText } from '../ui/finding-text';
import { identityText, verdictText } from '../ui/report-text';

/** page text must not turn into markup, links or headings when pasted */
const esc = (s: string) => s.replace(/([\\`*_[\]<>|#!~])/g, '\\$1').replace(/\n+/g, ' ');

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function toMarkdown(result: AuditResult, url: string, auditedAt: number): string {
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
    list.forEach((f, i) => out.push(...item(f, i + 1)));
    out.push('');
  }
  if (result.notChecked.length) {
    out.push(`## ${t('not_checked_title')} (${result.notChecked.length})`, '');
    for (const n of result.notChecked) out.push(`- \`${n.rule}\`: ${esc(notCheckedText(n))}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function item(f: Finding, n: number): string[] {
  const where = whereText(f.location);
  const values = expectedActualText(f);
  const why = whyText(f.rule);
  return [
    `${n}. ${esc(f.message)}${values ? ` (${esc(values)})` : ''} \`${f.rule}\``,
    ...(where ? [`   - ${t('label_where')}: ${esc(where)}`] : []),
    ...(why ? [`   - ${t('label_why')}: ${esc(why)}`] : []),
  ];
}
