// One finding in a saved report, with the researcher's status and note beside it.
import type { Finding } from '../../model/types';
import { t, uiLang } from '../../i18n';
import { renderFinding } from '../../rules/render';
import { expectedActualText, severityLabel, whereText } from '../../ui/finding-text';
import { FINDING_STATUSES, type Annotation, type FindingStatus } from '../schema';
import { NoteField } from './NoteField';
import { statusLabel } from './text';

interface Props {
  finding: Finding;
  annotation: Annotation;
  crossYear: boolean;
  onChange(a: Annotation): Promise<boolean>;
}

export function FindingEditor({ finding: f, annotation, crossYear, onChange }: Props) {
  const values = expectedActualText(f);
  return (
    <li class={`finding ${f.severity}`} data-rule={f.rule}>
      <div class="finding-head">
        <span class={`sev ${f.severity}`}>{severityLabel(f.severity)}</span>
        <code>{f.rule}</code>
        {crossYear && <span class="tag">{t('collection_cross_year_tag')}</span>}
        <select class="status" value={annotation.status} aria-label={t('collection_filter_status')}
          onChange={(e) => void onChange({ ...annotation, status: (e.currentTarget as HTMLSelectElement).value as FindingStatus })}>
          {FINDING_STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
        </select>
      </div>
      <p class="message">{renderFinding(f, uiLang()).message}</p>
      <p class="where">{[whereText(f.location), values].filter(Boolean).join(' · ')}</p>
      <NoteField label={t('collection_finding_note')} value={annotation.note} rows={1} onSave={(note) => onChange({ ...annotation, note })} />
    </li>
  );
}
