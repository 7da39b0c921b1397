// What to do with the results: export CSV / JSON Lines, save every audited report to the collection.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../i18n';
import { download } from '../../ui/download';
import { Collection } from '../../collection/db';
import { saveCapture } from '../../collection/save';
import { errorText } from '../../collection/ui/text';
import { batchCsv, batchJsonl } from '../export';
import type { BatchRow } from '../run';

type SaveState = { phase: 'idle' } | { phase: 'busy' } | { phase: 'saved'; n: number } | { phase: 'failed'; message: string };

const stamp = () => new Date().toISOString().slice(0, 10);

export function ResultActions({ rows, col }: { rows: BatchRow[]; col: Collection }) {
  const [save, setSave] = useState<SaveState>({ phase: 'idle' });
  const captures = rows.flatMap((r) => (r.state.phase === 'done' && r.state.audited.capture ? [r.state.audited.capture] : []));

  // one save per report: an earlier save of the same page and year is replaced, its notes kept (src/collection/save.ts)
  const saveAll = async () => {
    setSave({ phase: 'busy' });
    try {
      for (const c of captures) await saveCapture(col, c);
      setSave({ phase: 'saved', n: captures.length });
    } catch (e) {
      setSave({ phase: 'failed', message: errorText(e) });
    }
  };

  return (
    <div class="result-actions">
      <button type="button" name="batch-export-csv" onClick={() => download(`gov-report-batch-${stamp()}.csv`, batchCsv(rows), 'text/csv')}>
        {t('batch_export_csv')}
      </button>
      <button type="button" name="batch-export-jsonl" onClick={() => download(`gov-report-batch-${stamp()}.jsonl`, batchJsonl(rows), 'application/x-ndjson')}>
        {t('batch_export_jsonl')}
      </button>
      <button type="button" class="primary" name="batch-save-all" disabled={!captures.length || save.phase === 'busy'} onClick={() => void saveAll()}>
        {save.phase === 'busy' ? t('batch_saving') : t('batch_save_all', captures.length)}
      </button>
      {save.phase === 'saved' && <span class="hint saved">{t('batch_saved', save.n)}</span>}
      {save.phase === 'failed' && <span class="hint error" role="alert">{save.message}</span>}
      <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/collection.html') })}>
        {t('batch_open_collection')}
      </button>
    </div>
  );
}
