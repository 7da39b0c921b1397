import type { FrameReport } from '../messaging/protocol';
import { t, uiLang } from '../i18n';
import { toMarkdown } from '../export/markdown';
import { toJson } from '../export/json';
import { resultCsv } from '../export/csv';
import { download, exportName } from './download';

/** this page's findings as Markdown (for an article), JSON or CSV (UTF-8 with BOM, for Excel) */
export function ExportButtons({ report }: { report: FrameReport }) {
  const { result, url, at } = report;
  const name = exportName(result);
  return (
    <div class="export">
      <span>{t('export_label')}</span>
      <button type="button" onClick={() => download(`${name}.md`, toMarkdown(result, url, at, t, uiLang), 'text/markdown')}>Markdown</button>
      <button type="button" onClick={() => download(`${name}.json`, toJson(result, url, at), 'application/json')}>JSON</button>
      <button type="button" onClick={() => download(`${name}.csv`, resultCsv(result), 'text/csv')}>CSV</button>
    </div>
  );
}
