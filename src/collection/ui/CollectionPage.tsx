// The collection page: the saved reports as a table, one report opened, or the agencies' years side by side;
// exports, import, and deletions that can be undone.
import { useMemo, useState } from 'preact/hooks';
import { t, uiLang } from '../../i18n';
import type { Collection } from '../db';
import { edited } from '../record';
import type { SavedReport } from '../schema';
import { filterRows, listRows, NO_FILTERS, sortRows, type Filters, type Sort } from '../list';
import { useCollection } from './useCollection';
import { ReportList } from './ReportList';
import { ReportView } from './ReportView';
import { AgencyView } from './AgencyView';
import { ExportBar } from './ExportBar';
import { ImportDialog } from './ImportDialog';

type View = { kind: 'list' } | { kind: 'report'; id: string } | { kind: 'agencies' };

export function CollectionPage({ col }: { col: Collection }) {
  const { records, error, dismissError, act } = useCollection(col);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'savedAt', descending: true });
  const [deleted, setDeleted] = useState<SavedReport | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const { rows, links } = useMemo(() => listRows(records ?? [], uiLang()), [records]);
  const shown = useMemo(() => sortRows(filterRows(rows, filters), sort), [rows, filters, sort]);

  if (records === null) {
    return <main class="collection"><h1>{t('collection_title')}</h1>{error ? <Banner text={error} /> : <p class="hint">{t('collection_loading')}</p>}</main>;
  }

  const remove = async (id: string) => {
    let gone: SavedReport | undefined;
    if (await act(async () => { gone = await col.remove(id); })) setDeleted(gone ?? null);
    if (view.kind === 'report' && view.id === id) setView({ kind: 'list' });
  };
  const undo = async () => {
    const r = deleted;
    if (r && (await act(() => col.write({ put: [r] })))) setDeleted(null);
  };
  const opened = view.kind === 'report' ? rows.find((r) => r.record.id === view.id) : undefined;

  return (
    <main class="collection">
      <header>
        <h1>{t('collection_title')}</h1>
        <nav>
          <button type="button" name="view-list" aria-pressed={view.kind === 'list'} onClick={() => setView({ kind: 'list' })}>{t('collection_view_list')}</button>
          <button type="button" name="view-agencies" aria-pressed={view.kind === 'agencies'} onClick={() => setView({ kind: 'agencies' })}>{t('collection_view_agencies')}</button>
        </nav>
        <ExportBar records={records} />
        <ImportDialog col={col} act={act} onDone={setNotice} />
      </header>
      {error && <Banner text={error} onClose={dismissError} />}
      {notice && <p class="notice" role="status">{notice} <button type="button" class="link" onClick={() => setNotice(null)}>×</button></p>}
      {deleted && (
        <p class="notice undo" role="status">
          {t('collection_deleted', deleted.title)} <button type="button" name="undo" onClick={() => void undo()}>{t('collection_undo')}</button>
        </p>
      )}
      {records.length === 0 && <p class="hint">{t('collection_empty')}</p>}
      {view.kind === 'list' && records.length > 0 && (
        <ReportList all={rows} shown={shown} filters={filters} sort={sort} onFilters={setFilters} onSort={setSort}
          onOpen={(id) => setView({ kind: 'report', id })} onDelete={(id) => void remove(id)} />
      )}
      {view.kind === 'agencies' && <AgencyView rows={rows} links={links} onOpen={(id) => setView({ kind: 'report', id })} />}
      {opened && (
        <>
          <button type="button" class="link back" onClick={() => setView({ kind: 'list' })}>{t('collection_back')}</button>
          <ReportView row={opened} links={links} open={(id) => setView({ kind: 'report', id })}
            save={(change) => act(() => col.update(opened.record.id, (current) => edited(current, change(current))))} />
          <button type="button" class="delete" onClick={() => void remove(opened.record.id)}>{t('collection_delete')}</button>
        </>
      )}
    </main>
  );
}

function Banner({ text, onClose }: { text: string; onClose?: () => void }) {
  return (
    <p class="error-banner" role="alert">
      {text} {onClose && <button type="button" class="link" onClick={onClose}>×</button>}
    </p>
  );
}
