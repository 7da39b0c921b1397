// The batch page's words for states and failures.
import { t, type MessageKey } from '../../i18n';
import type { RowState } from '../run';
import { verdictLabel } from '../../collection/ui/text';

/** what a row's verdict column says */
export function stateText(state: RowState): string {
  switch (state.phase) {
    case 'waiting': return t('batch_waiting');
    case 'fetching': return t('batch_fetching');
    case 'done': return verdictLabel(state.audited.result.verdict);
    case 'failed': return t(`batch_failure_${state.kind.replace('-', '_')}` as MessageKey);
  }
}

/** data-status of a row: the verdict, or the failure's kind, or the phase */
export const statusOf = (state: RowState): string =>
  state.phase === 'done' ? state.audited.result.verdict : state.phase === 'failed' ? state.kind : state.phase;
