// A finding in plain words, the same in the popup, the page's tooltips and the exports:
// where it is, what was expected and found, and why it matters.
import type { Finding, Location, NotChecked, Severity } from '../model/types';
import { RULES } from '../rules';
import { t, uiLang } from '../i18n';

export const severityLabel = (s: Severity) => t(`severity_${s}`);

/** "表3 · 行：… · 列：…" */
export function whereText(loc: Location): string {
  const parts: string[] = [];
  if (loc.table) parts.push(t('where_table', loc.table));
  if (loc.section) parts.push(t('where_section', loc.section));
  if (loc.row) parts.push(t('where_row', loc.row));
  if (loc.column) parts.push(t('where_column', loc.column));
  return parts.join(' · ');
}

const show = (v: number | string | null) => (v === null || v === '' ? t('value_none') : String(v));

/** "应为 26，实际 25"; empty when the finding compares nothing */
export function expectedActualText(f: Finding): string {
  if (f.expected === null && f.actual === null) return '';
  return t('expected_actual', show(f.expected), show(f.actual));
}

/** why a rule matters, in plain words, from the rule catalogue; empty for an unknown rule */
export const whyText = (rule: string) => RULES.find((r) => r.id === rule)?.why[uiLang()] ?? '';

/** the tooltip over a cell */
export function noteText(f: Finding): string {
  const values = expectedActualText(f);
  const line = t('note_line', severityLabel(f.severity), f.message);
  return values ? `${line}\n${values}` : line;
}

export const notCheckedText = (n: NotChecked) =>
  [n.reason, n.location ? whereText(n.location) : ''].filter(Boolean).join(' — ');
