import { t } from '../i18n';

/** a cap cut the page short (AuditResult.truncated): the findings cover only what was read */
export function TruncatedNote({ truncated }: { truncated?: string }) {
  if (!truncated) return null;
  return <p class="hint truncated" title={truncated}>{t('hardening_truncated')}</p>;
}
