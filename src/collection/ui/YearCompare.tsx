// Two reports of one agency side by side: sections 一, 五, 六 with the changed words marked, the three tables with
// each cell's change. Everything is drawn from stored text as Preact elements — never the page's HTML.
import { useMemo, useState } from 'preact/hooks';
import type { Change } from 'diff';
import { t, uiLang } from '../../i18n';
import { download } from '../../ui/download';
import { comparisonMarkdown, compareReports, deltaText, isChanged, type CellChange, type SectionChange, type TableChange } from '../compare';
import type { SavedReport } from '../schema';

const yearLabel = (r: SavedReport) => `${r.year ?? '?'}`;

/** one side of a diff: the common text, and what only this side has, marked */
function DiffSide({ parts, side }: { parts: Change[]; side: 'before' | 'after' }) {
  return (
    <div class={`diff-text ${side}`}>
      {parts.map((p, i) => {
        if (p.added) return side === 'after' ? <ins key={i}>{p.value}</ins> : null;
        if (p.removed) return side === 'before' ? <del key={i}>{p.value}</del> : null;
        return <span key={i}>{p.value}</span>;
      })}
    </div>
  );
}

function SectionPair({ s }: { s: SectionChange }) {
  const plain = (text: string, side: string) => <div class={`diff-text ${side}`}>{text || t('years_compare_missing')}</div>;
  return (
    <div class="section-pair" data-section={s.id}>
      <h4>{s.label}</h4>
      {s.before === s.after && <p class="hint">{t('years_compare_same')}</p>}
      {s.before !== s.after && !s.parts && <p class="hint">{t('years_compare_slow')}</p>}
      <div class="pair">
        {s.parts && s.before && s.after ? <DiffSide parts={s.parts} side="before" /> : plain(s.before, 'before')}
        {s.parts && s.before && s.after ? <DiffSide parts={s.parts} side="after" /> : plain(s.after, 'after')}
      </div>
    </div>
  );
}

function TableDelta({ table, earlier, later }: { table: TableChange; earlier: string; later: string }) {
  const rows: CellChange[][] = [];
  for (const c of table.cells) {
    const last = rows.at(-1);
    if (last && last[0].rowId === c.rowId) last.push(c);
    else rows.push([c]);
  }
  const changed = table.cells.filter(isChanged);
  let header = '';
  return (
    <table class="stored-table delta-table" data-table={table.table}>
      <caption>
        {t('collection_table_n', table.table)} · {t('years_compare_changed_n', changed.length, changed.filter((c) => c.flipped).length)}
      </caption>
      <tbody>
        {rows.flatMap((cells) => {
          const columns = cells.map((c) => c.column).join('\u0000');
          const head = columns !== header ? (
            <tr class="head" key={`${cells[0].rowId}-head`}>
              <th>{t('collection_row_label')}</th>
              {cells.map((c) => <th key={c.index}>{c.column}</th>)}
            </tr>
          ) : null;
          header = columns;
          const line = (
            <tr key={cells[0].rowId}>
              <th title={cells[0].row}>{cells[0].row.split(' / ').at(-1)}</th>
              {cells.map((c) => {
                const d = deltaText(c);
                const cls = [isChanged(c) ? 'changed' : '', c.flipped ? 'flipped' : '', c.delta !== null && c.delta > 0 ? 'up' : '', c.delta !== null && c.delta < 0 ? 'down' : ''].filter(Boolean).join(' ');
                return (
                  <td key={c.index} class={cls || undefined} title={t('years_compare_cell', earlier, later, c.before ?? '—', c.after ?? '—')}>
                    {c.after ?? '—'}{d && <span class="delta"> ({d})</span>}
                  </td>
                );
              })}
            </tr>
          );
          return head ? [head, line] : [line];
        })}
      </tbody>
    </table>
  );
}

/** pick two of an agency's reports and see what changed */
export function YearCompare({ years }: { years: SavedReport[] }) {
  const [from, setFrom] = useState(years.at(-2)?.id ?? years[0].id);
  const [to, setTo] = useState(years.at(-1)!.id);
  const earlier = years.find((r) => r.id === from) ?? years[0];
  const later = years.find((r) => r.id === to) ?? years.at(-1)!;
  const comparison = useMemo(() => (earlier.id === later.id ? null : compareReports(earlier, later)), [earlier, later]);
  const choose = (value: string, set: (id: string) => void) => set(value);
  const options = years.map((r) => <option key={r.id} value={r.id}>{yearLabel(r)} · {r.title}</option>);
  return (
    <div class="year-compare">
      <div class="compare-pick">
        <label>{t('years_compare_from')} <select name="compare-from" value={earlier.id} onChange={(e) => choose(e.currentTarget.value, setFrom)}>{options}</select></label>
        <label>{t('years_compare_to')} <select name="compare-to" value={later.id} onChange={(e) => choose(e.currentTarget.value, setTo)}>{options}</select></label>
        {comparison && (
          <button type="button" name="export-compare-md" onClick={() => download(
            `${(later.agency ?? 'agency').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}-${earlier.year}-${later.year}.md`,
            comparisonMarkdown(comparison, uiLang()), 'text/markdown',
          )}>{t('years_compare_export_md')}</button>
        )}
      </div>
      {comparison && (
        <>
          <h3>{t('years_compare_heading', yearLabel(earlier), yearLabel(later))}</h3>
          <p class="hint">{t('years_compare_legend')}</p>
          <div class="pair pair-head"><strong>{yearLabel(earlier)}</strong><strong>{yearLabel(later)}</strong></div>
          {comparison.sections.map((s) => <SectionPair key={s.id} s={s} />)}
          <h4>{t('years_compare_tables')}</h4>
          {comparison.tables.map((tc) => <TableDelta key={tc.table} table={tc} earlier={yearLabel(earlier)} later={yearLabel(later)} />)}
        </>
      )}
    </div>
  );
}
