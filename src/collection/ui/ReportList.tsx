// The table of saved reports: filters, search, sortable columns, and per report open and delete.
import { t } from '../../i18n';
import { filterOptions, type Filters, type ListRow, type Sort, type SortKey } from '../list';
import { FINDING_STATUSES } from '../schema';
import { statusLabel, verdictLabel, when } from './text';

interface Props {
  all: ListRow[];
  shown: ListRow[];
  filters: Filters;
  sort: Sort;
  onFilters(f: Filters): void;
  onSort(s: Sort): void;
  onOpen(id: string): void;
  onDelete(id: string): void;
}

export function ReportList({ all, shown, filters, sort, onFilters, onSort, onOpen, onDelete }: Props) {
  const options = filterOptions(all);
  const set = (k: keyof Filters) => (e: Event) => onFilters({ ...filters, [k]: (e.currentTarget as HTMLInputElement).value });
  const pick = (k: keyof Filters, label: string, values: Array<[string, string]>) => (
    <label>
      <span>{label}</span>
      <select name={k} value={filters[k]} onChange={set(k)}>
        <option value="">{t('collection_filter_all')}</option>
        {values.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
  const head = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" class="sort" onClick={() => onSort({ key, descending: sort.key === key ? !sort.descending : false })}>
        {label}{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  return (
    <section class="list">
      <div class="filters">
        <input type="search" name="search" placeholder={t('collection_search')} value={filters.search} onInput={set('search')} />
        {pick('agency', t('collection_filter_agency'), options.agencies.map((a) => [a, a]))}
        {pick('year', t('collection_filter_year'), options.years.map((y) => [y, y]))}
        {pick('verdict', t('collection_filter_verdict'), options.verdicts.map((v) => [v, verdictLabel(v)]))}
        {pick('rule', t('collection_filter_rule'), options.rules.map((r) => [r, r]))}
        {pick('status', t('collection_filter_status'), FINDING_STATUSES.map((s) => [s, statusLabel(s)]))}
      </div>
      <p class="count">{t('collection_count', all.length, shown.length)}</p>
      <table class="reports">
        <thead>
          <tr>
            {head('agency', t('collection_filter_agency'))}
            {head('year', t('collection_filter_year'))}
            <th>{t('collection_col_title')}</th>
            {head('verdict', t('collection_filter_verdict'))}
            {head('findings', t('collection_col_findings'))}
            {head('savedAt', t('collection_col_saved'))}
            {head('updatedAt', t('collection_col_updated'))}
            <th>{t('collection_col_actions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const r = row.record;
            return (
              <tr key={r.id} data-id={r.id}>
                <td>{r.agency ?? ''}</td>
                <td>{r.year ?? ''}</td>
                <td class="title"><button type="button" class="link" onClick={() => onOpen(r.id)}>{r.title}</button></td>
                <td><span class={`verdict-tag ${row.verdict}`}>{verdictLabel(row.verdict)}</span></td>
                <td class="num">{row.findings.filter((f) => f.severity !== 'info').length}</td>
                <td>{when(r.savedAt)}</td>
                <td>{when(r.updatedAt)}</td>
                <td><button type="button" class="delete" onClick={() => onDelete(r.id)}>{t('collection_delete')}</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
