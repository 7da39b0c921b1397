// A result in plain words, the same in the popup, the page's tooltips and the exports: a finding's place, values and
// why it matters, the verdict, the report's identity. Platform-neutral: the host hands in its translator (the
// extension's i18n, a test's stand-in), and the words come from the locale files (assets/public/_locales).
import type en from '../../assets/public/_locales/en/messages.json';
import type { AuditResult, Finding, Lang, Location, NotChecked, Severity, TemplateId, Verdict } from '../model/types';
import { ruleWords } from '../rules/render';

export type MessageKey = keyof typeof en;
/** a message of the locale files with its placeholders filled in */
export type Translate = (key: MessageKey, ...subs: Array<string | number>) => string;

export interface Words {
  severityLabel(s: Severity): string;
  /** "表3 · 行：… · 列：…" */
  whereText(loc: Location): string;
  /** "应为 26，实际 25"; empty when the finding compares nothing */
  expectedActualText(f: Finding): string;
  /** why a rule matters, in plain words, from the rule catalogue; empty for an unknown rule */
  whyText(rule: string): string;
  /** the tooltip over a cell */
  noteText(f: Finding): string;
  notCheckedText(n: NotChecked): string;
  verdictText(verdict: Verdict, n: Record<Severity, number>): string;
  templateText(id: TemplateId): string;
  /** "机关：… · 年度：2023 · 模板：…" (the parts that are known) */
  identityText(r: Pick<AuditResult, 'agency' | 'year' | 'template' | 'publishedAt'>): string;
}

/** the words for a translator; `lang` names the language the translator speaks (asked at each use) */
export function wordsOf(t: Translate, lang: () => Lang): Words {
  const severityLabel = (s: Severity) => t(`severity_${s}`);

  function whereText(loc: Location): string {
    const parts: string[] = [];
    if (loc.table) parts.push(t('where_table', loc.table));
    if (loc.section) parts.push(t('where_section', loc.section));
    if (loc.row) parts.push(t('where_row', loc.row));
    if (loc.column) parts.push(t('where_column', loc.column));
    return parts.join(' · ');
  }

  const show = (v: number | string | null) => (v === null || v === '' ? t('value_none') : String(v));

  function expectedActualText(f: Finding): string {
    if (f.expected === null && f.actual === null) return '';
    return t('expected_actual', show(f.expected), show(f.actual));
  }

  const whyText = (rule: string) => ruleWords(rule, lang())?.why ?? '';

  function noteText(f: Finding): string {
    const values = expectedActualText(f);
    const line = t('note_line', severityLabel(f.severity), f.message);
    return values ? `${line}\n${values}` : line;
  }

  const notCheckedText = (n: NotChecked) =>
    [n.reason, n.location ? whereText(n.location) : ''].filter(Boolean).join(' — ');

  function verdictText(verdict: Verdict, n: Record<Severity, number>): string {
    switch (verdict) {
      case 'inconsistent': return t('verdict_inconsistent_n', n.error, n.warning);
      case 'warnings': return t('verdict_warnings_n', n.warning);
      case 'unverified': return t('verdict_unverified');
      case 'consistent': return t('verdict_consistent');
      default: return t('verdict_not_a_report');
    }
  }

  const templateText = (id: TemplateId) => t(id === '2019' ? 'template_2019' : 'template_2021');

  function identityText(r: Pick<AuditResult, 'agency' | 'year' | 'template' | 'publishedAt'>): string {
    const parts: string[] = [];
    if (r.agency) parts.push(t('identity_agency', r.agency));
    if (r.year !== null) parts.push(t('identity_year', r.year));
    if (r.template) parts.push(t('identity_template', templateText(r.template)));
    if (r.publishedAt) parts.push(t('identity_published', r.publishedAt));
    return parts.join(' · ');
  }

  return { severityLabel, whereText, expectedActualText, whyText, noteText, notCheckedText, verdictText, templateText, identityText };
}
