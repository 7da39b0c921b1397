// The report as a whole in words: its verdict and its identity (agency, year, template).
import type { AuditResult, Severity, TemplateId, Verdict } from '../model/types';
import { t } from '../i18n';

export function verdictText(verdict: Verdict, n: Record<Severity, number>): string {
  switch (verdict) {
    case 'inconsistent': return t('verdict_inconsistent_n', n.error, n.warning);
    case 'warnings': return t('verdict_warnings_n', n.warning);
    case 'unverified': return t('verdict_unverified');
    case 'consistent': return t('verdict_consistent');
    default: return t('verdict_not_a_report');
  }
}

export const templateText = (id: TemplateId) => t(id === '2019' ? 'template_2019' : 'template_2021');

/** "机关：… · 年度：2023 · 模板：…" (the parts that are known) */
export function identityText(r: Pick<AuditResult, 'agency' | 'year' | 'template' | 'publishedAt'>): string {
  const parts: string[] = [];
  if (r.agency) parts.push(t('identity_agency', r.agency));
  if (r.year !== null) parts.push(t('identity_year', r.year));
  if (r.template) parts.push(t('identity_template', templateText(r.template)));
  if (r.publishedAt) parts.push(t('identity_published', r.publishedAt));
  return parts.join(' · ');
}
