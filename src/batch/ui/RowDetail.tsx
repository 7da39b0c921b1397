// One row opened: the report's findings in plain words, or why the link gave no audit. Text only.
import { t } from '../../i18n';
import { expectedActualText, severityLabel, whereText } from '../../ui/finding-text';
import { NotCheckedList } from '../../ui/NotCheckedList';
import type { RowState } from '../run';

export function RowDetail({ state }: { state: RowState }) {
  if (state.phase === 'failed') return <p class="detail">{state.detail}</p>;
  if (state.phase !== 'done') return null;
  const { result } = state.audited;
  // what could not be checked (a cross-year neighbour whose table was unread, say) is listed, never dropped
  const notChecked = <NotCheckedList items={result.notChecked} />;
  if (!result.findings.length) return <><p class="detail">{t('batch_no_findings')}</p>{notChecked}</>;
  return (
    <>
    <ul class="findings">
      {result.findings.map((f, i) => {
        const values = expectedActualText(f);
        const where = whereText(f.location);
        return (
          <li key={i} class={`finding ${f.severity}`} data-rule={f.rule}>
            <span class={`sev ${f.severity}`}>{severityLabel(f.severity)}</span>{' '}
            <span class="message">{f.message}</span>
            {values && <span class="values"> · {values}</span>}
            {where && <span class="where"> · {where}</span>}
          </li>
        );
      })}
    </ul>
    {notChecked}
    </>
  );
}
