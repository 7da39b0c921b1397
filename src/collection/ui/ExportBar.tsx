// The collection written to files: CSV for Excel, JSON Lines, and a full backup.
import { t, uiLang } from '../../i18n';
import { download } from '../../ui/download';
import { collectionCsv, exportFileName, toBackup, toJsonl } from '../export';
import type { SavedReport } from '../schema';

export function ExportBar({ records }: { records: SavedReport[] }) {
  return (
    <div class="export-bar">
      <button type="button" name="export-csv" onClick={() => download(exportFileName('csv'), collectionCsv(records, uiLang()), 'text/csv')}>{t('collection_export_csv')}</button>
      <button type="button" name="export-jsonl" onClick={() => download(exportFileName('jsonl'), toJsonl(records), 'application/x-ndjson')}>{t('collection_export_jsonl')}</button>
      <button type="button" name="export-backup" onClick={() => download(exportFileName('json'), toBackup(records), 'application/json')}>{t('collection_export_backup')}</button>
    </div>
  );
}
