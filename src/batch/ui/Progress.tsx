import { t } from '../../i18n';

/** how far the batch is, and its cancel */
export function Progress({ done, total, running, onCancel }: { done: number; total: number; running: boolean; onCancel(): void }) {
  return (
    <div class="progress">
      <progress max={total} value={done} />
      <span class="count">{t('batch_progress', done, total)}</span>
      {running && <button type="button" name="batch-cancel" onClick={onCancel}>{t('batch_cancel')}</button>}
    </div>
  );
}
