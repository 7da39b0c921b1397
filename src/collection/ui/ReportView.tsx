// One saved report opened: who and when, the evidence kept, the note, the findings with their statuses and notes,
// the years before and after, and the tables drawn again from the stored data.
import type { ModelTable } from '../../model/types';
import { isWebUrl } from '../../fetched/web-url';
import { t } from '../../i18n';
import { annotationOf, type Annotation, type SavedReport } from '../schema';
import type { Edit } from '../record';
import { templateOf } from '../layout';
import type { ListRow } from '../list';
import { yearsOf, type YearLink } from '../years';
import { FindingEditor } from './FindingEditor';
import { NoteField } from './NoteField';
import { marksOf, StoredTable } from './StoredTable';
import { verdictLabel, when } from './text';
import { templateText } from '../../ui/report-text';

interface Props {
  row: ListRow;
  links: YearLink[];
  /** apply a change to the report as currently stored */
  save(change: (current: SavedReport) => Edit): Promise<boolean>;
  open(id: string): void;
}

export function ReportView({ row, links, save, open }: Props) {
  const r = row.record;
  const own = r.findings.length;
  const years = yearsOf(links, r.id);
  const setAnnotation = (key: string, a: Annotation) => save((current) => ({ annotations: { ...current.annotations, [key]: a } }));
  const marks = marksOf(row.findings);
  return (
    <article class="report" data-id={r.id}>
      <h2>{r.title}</h2>
      <p class="meta">
        <span class={`verdict-tag ${row.verdict}`}>{verdictLabel(row.verdict)}</span>{' '}
        {[r.agency, r.year, r.template && templateText(r.template), r.publishedAt].filter((x) => x !== null && x !== '').join(' · ')}
      </p>
      <p class="meta">
        {t('collection_saved_meta', when(r.savedAt), r.checkerVersion)} · {isWebUrl(r.url) ? <a href={r.url} target="_blank" rel="noreferrer noopener">{t('collection_source')}</a> : r.url}
      </p>
      <NoteField label={t('collection_report_note')} value={r.note} onSave={(note) => save(() => ({ note }))} />

      <section class="cross-year">
        <h3>{t('collection_cross_year')}</h3>
        {years.asLater && (
          <p>{t('collection_cross_year_later', years.asLater.earlier.year ?? '', years.asLater.findings.length)}{' '}
            <button type="button" class="link" onClick={() => open(years.asLater!.earlier.id)}>{t('collection_open')}</button></p>
        )}
        {years.asLater?.notChecked.map((n, i) => <p key={`nc${i}`} class="hint not-checked" data-rule={n.rule}>{n.reason}</p>)}
        {years.asEarlier.map((l) => (
          <p key={l.later.id}>{t('collection_cross_year_earlier', l.later.year ?? '', l.findings.length)}{' '}
            <button type="button" class="link" onClick={() => open(l.later.id)}>{t('collection_open')}</button></p>
        ))}
        {!years.asLater && years.asEarlier.length === 0 && <p class="hint">{t('collection_cross_year_none')}</p>}
      </section>

      <section>
        <h3>{t('collection_findings')}</h3>
        {row.findings.length === 0 ? <p class="hint">{t('collection_no_findings')}</p> : (
          <ul class="findings">
            {row.findings.map((f, i) => (
              <FindingEditor key={row.keys[i]} finding={f} annotation={annotationOf(r, row.keys[i])} crossYear={i >= own}
                onChange={(a) => setAnnotation(row.keys[i], a)} />
            ))}
          </ul>
        )}
      </section>

      <section>
        <h3>{t('collection_tables')}</h3>
        {(Object.values(r.tables) as ModelTable[]).map((table) => (
          <StoredTable key={table.table} table={table} template={templateOf(r)} marks={marks} />
        ))}
      </section>

      <details class="evidence">
        <summary>{t('collection_evidence')}</summary>
        <p class="meta">{t('collection_evidence_meta', when(r.evidence.capturedAt), r.evidence.sha256)}</p>
        <p class="hint">{t('collection_evidence_hash_help')}</p>
        <h4>{t('collection_evidence_text')}</h4>
        <pre>{r.evidence.capturedText}</pre>
      </details>
    </article>
  );
}
