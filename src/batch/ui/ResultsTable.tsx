// The summary table: one row per confirmed link, sortable by any column; a row opens to its findings.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n';
import { countBySeverity } from '../../summary';
import type { BatchRow } from '../run';
import { sortRows, type SortBy, type SortKey } from '../sort';
import { stateText, statusOf } from './words';
import { RowDetail } from './RowDetail';
import { identityText } from '../../ui/report-text';

const COLUMNS: SortKey[] = ['agency', 'year', 'verdict', 'errors', 'warnings', 'url'];

export function ResultsTable({ rows }: { rows: BatchRow[] }) {
  const [by, setBy] = useState<SortBy>({ key: 'verdict', dir: 1 });
  const [open, setOpen] = useState<Set<number>>(new Set());
  const sortBy = (key: SortKey) => setBy((b) => ({ key, dir: b.key === key ? (-b.dir as 1 | -1) : 1 }));
  const toggle = (i: number) => setOpen((s) => {
    const next = new Set(s);
    if (!next.delete(i)) next.add(i);
    return next;
  });

  return (
    <table class="results">
      <thead>
        <tr>
          {COLUMNS.map((key) => (
            <th key={key} aria-sort={by.key === key ? (by.dir === 1 ? 'ascending' : 'descending') : 'none'}>
              <button type="button" class="sort" name={`sort-${key}`} onClick={() => sortBy(key)}>
                {t(`batch_col_${key}` as MessageKey)}{by.key === key ? (by.dir === 1 ? ' ▲' : ' ▼') : ''}
              </button>
            </th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>
        {sortRows(rows, by).map(({ row, index }) => {
          const { link, state } = row;
          const result = state.phase === 'done' ? state.audited.result : null;
          const n = result ? countBySeverity(result.findings) : null;
          return (
            <Fragment key={index}>
              <tr class="row" data-index={index} data-status={statusOf(state)} data-url={link.href}>
                <td class="agency">{result?.agency ?? ''}</td>
                <td class="year num">{result?.year ?? ''}</td>
                <td class="verdict"><span class={`verdict-tag ${statusOf(state)}`}>{stateText(state)}</span></td>
                <td class="errors num">{n?.error ?? ''}</td>
                <td class="warnings num">{n?.warning ?? ''}</td>
                <td class="link">
                  <a href={link.href} target="_blank" rel="noopener noreferrer">{result?.title || link.text || link.href}</a>
                  {result && <span class="identity meta"> {identityText(result)}</span>}
                </td>
                <td>
                  {(state.phase === 'done' || state.phase === 'failed') && (
                    <button type="button" class="link expand" aria-expanded={open.has(index)} onClick={() => toggle(index)}>
                      {open.has(index) ? t('batch_collapse') : t('batch_expand')}
                    </button>
                  )}
                </td>
              </tr>
              {open.has(index) && (
                <tr class="detail-row"><td colSpan={COLUMNS.length + 1}><RowDetail state={state} /></td></tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
