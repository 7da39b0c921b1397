// The batch's results written out: CSV for Excel (one row per link: UTF-8 with a byte-order mark, formulas
// neutralised) and JSON Lines (one line per link, with the checker's full result or the failure).
import { excelCsv } from '../export/csv';
import { cellText as str } from '../export/rows';
import { countBySeverity } from '../summary';
import type { BatchRow } from './run';

export const BATCH_CSV_FIELDS = ['url', 'link_text', 'title', 'agency', 'year', 'verdict', 'errors', 'warnings', 'infos', 'problem', 'problem_detail'] as const;

export function batchCsv(rows: BatchRow[]): string {
  const data = rows.map(({ link, state }) => {
    if (state.phase === 'done') {
      const r = state.audited.result;
      const n = countBySeverity(r.findings);
      return [link.href, link.text, r.title, str(r.agency), str(r.year), r.verdict, n.error, n.warning, n.info, '', ''].map(str);
    }
    const [problem, detail] = state.phase === 'failed' ? [state.kind, state.detail] : [state.phase, ''];
    return [link.href, link.text, '', '', '', '', '', '', '', problem, detail];
  });
  return excelCsv(BATCH_CSV_FIELDS, data);
}

export function batchJsonl(rows: BatchRow[]): string {
  return rows.map(({ link, state }) => {
    const line = state.phase === 'done'
      ? { url: link.href, linkText: link.text, ...state.audited.result }
      : { url: link.href, linkText: link.text, problem: state.phase === 'failed' ? state.kind : state.phase,
        ...(state.phase === 'failed' && state.detail ? { detail: state.detail } : {}) };
    return `${JSON.stringify(line)}\n`;
  }).join('');
}
