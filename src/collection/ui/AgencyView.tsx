// Each agency's saved years side by side: verdicts, counts, the figures that carry from one year to the next,
// and whether the carry-over was checked against the year before.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { ListRow } from '../list';
import type { SavedReport } from '../schema';
import { agencies, type YearLink } from '../years';
import { verdictLabel } from './text';
import { YearCompare } from './YearCompare';
import { AgencyCharts } from './AgencyCharts';

/** the 总计 cell of a table-3 row, as the page wrote it */
const totalOf = (r: SavedReport, rowId: string) => r.tables['3']?.rows.find((x) => x.id === rowId)?.cells.at(-1)?.raw ?? '';

export function AgencyView({ rows, links, onOpen }: { rows: ListRow[]; links: YearLink[]; onOpen(id: string): void }) {
  const byId = new Map(rows.map((r) => [r.record.id, r]));
  const groups = [...agencies(rows.map((r) => r.record)).entries()].sort(([a], [b]) => a.localeCompare(b, 'zh-CN'));
  return (
    <section class="agencies">
      {groups.map(([key, years]) => {
        const line = (label: string, cell: (r: SavedReport) => ComponentChildren) => (
          <tr><th>{label}</th>{years.map((r) => <td key={r.id}>{cell(r)}</td>)}</tr>
        );
        const carry = (r: SavedReport) => {
          const link = links.find((l) => l.later.id === r.id);
          if (!link) return t('collection_carry_none');
          return link.findings.length ? t('collection_carry_n', link.findings.length) : t('collection_carry_ok');
        };
        return (
          <div class="agency-block" key={key} data-agency-block={key}>
          <table class="agency" data-agency={key}>
            <caption>{t('collection_agency_years', years[0].agency ?? key, new Set(years.map((r) => r.year)).size)}</caption>
            <thead><tr><th />{years.map((r) => <th key={r.id}>{r.year ?? '?'}</th>)}</tr></thead>
            <tbody>
              {line(t('collection_agency_row_report'), (r) => <button type="button" class="link" onClick={() => onOpen(r.id)}>{r.title}</button>)}
              {line(t('collection_agency_row_verdict'), (r) => {
                const v = byId.get(r.id)?.verdict ?? r.verdict;
                return <span class={`verdict-tag ${v}`}>{verdictLabel(v)}</span>;
              })}
              {line(t('collection_agency_row_findings'), (r) => String(byId.get(r.id)?.findings.filter((f) => f.severity !== 'info').length ?? 0))}
              {line(t('collection_agency_row_carry'), carry)}
              {line(t('collection_agency_row_received'), (r) => totalOf(r, 'new'))}
              {line(t('collection_agency_row_carried_in'), (r) => totalOf(r, 'carried'))}
              {line(t('collection_agency_row_carried_out'), (r) => totalOf(r, 'carryOver'))}
            </tbody>
          </table>
          <YearsTools years={years} />
          </div>
        );
      })}
    </section>
  );
}

/** what one agency's years offer besides the table: two years compared, charts over the years (loaded when asked) */
function YearsTools({ years }: { years: SavedReport[] }) {
  const [open, setOpen] = useState<'compare' | 'charts' | null>(null);
  const toggle = (what: 'compare' | 'charts') => setOpen(open === what ? null : what);
  if (years.length < 2) return null;
  return (
    <div class="years-tools">
      <div class="years-buttons">
        <button type="button" name="compare-years" aria-expanded={open === 'compare'} onClick={() => toggle('compare')}>
          {t(open === 'compare' ? 'years_compare_hide' : 'years_compare_show')}
        </button>
        <button type="button" name="charts" aria-expanded={open === 'charts'} onClick={() => toggle('charts')}>
          {t(open === 'charts' ? 'years_charts_hide' : 'years_charts_show')}
        </button>
      </div>
      {open === 'compare' && <YearCompare years={years} />}
      {open === 'charts' && <AgencyCharts years={years} />}
    </div>
  );
}
