import { t } from '../i18n';

interface Props {
  /** the checker looked (on request) and declined, with its reason */
  declined: string | null;
  busy: boolean;
  failed: boolean;
  onAuditAnyway: () => void;
}

/** a page not taken for a report: say so, and offer to audit it anyway */
export function NotAReport({ declined, busy, failed, onAuditAnyway }: Props) {
  return (
    <div class="not-report">
      <p>{declined !== null ? t('declined') : t('not_recognised')}</p>
      {declined && <p class="hint">{declined}</p>}
      {failed && <p class="hint error">{t('audit_failed')}</p>}
      <button type="button" class="primary" disabled={busy} onClick={onAuditAnyway}>
        {busy ? t('auditing') : t('audit_anyway')}
      </button>
    </div>
  );
}
