import { t } from '../i18n';

interface Props {
  busy: boolean;
  failed: boolean;
  onAuditAnyway: () => void;
}

/** a report-like page the content script declined to read unasked, for its size: offer to audit it anyway */
export function TooLarge({ busy, failed, onAuditAnyway }: Props) {
  return (
    <div class="not-report too-large">
      <p>{t('hardening_too_large')}</p>
      {failed && <p class="hint error">{t('audit_failed')}</p>}
      <button type="button" class="primary" disabled={busy} onClick={onAuditAnyway}>
        {busy ? t('auditing') : t('hardening_audit_large')}
      </button>
    </div>
  );
}
