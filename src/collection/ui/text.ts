// The collection page's words: statuses, errors, dates and import problems in the browser's language.
import { t, type MessageKey } from '../../i18n';
import { asCollectionError } from '../errors';
import type { FindingStatus } from '../schema';
import type { ImportProblem } from '../import';

export const statusLabel = (s: FindingStatus) => t(`collection_status_${s.replace('-', '_')}` as MessageKey);

export const verdictLabel = (v: string) => t(`verdict_${v.replace(/-/g, '_')}` as MessageKey);

/** a storage failure in plain words; the technical detail only where the message has room for it */
export function errorText(e: unknown): string {
  const err = asCollectionError(e);
  return t(`collection_error_${err.code}`, err.message);
}

export const when = (iso: string) => new Date(iso).toLocaleString(t('lang') === 'en' ? 'en' : 'zh-CN');
export const day = (iso: string) => iso.slice(0, 10);

export function problemText(p: ImportProblem): string {
  const what = p.field === null ? p.problem : t('collection_import_problem_field', p.field, p.problem);
  return p.line !== null ? t('collection_import_problem_line', p.line, what) : t('collection_import_problem_entry', p.entry, what);
}
