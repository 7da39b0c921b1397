// Hosts the user granted for this batch only (other sites than *.gov.cn): once the batch ended, offer to give the
// access back, so that a one-off batch does not leave the extension able to reach those sites for good.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { removeOrigins } from '../permissions';

type State = 'idle' | 'busy' | 'removed' | 'failed';

/** `patterns`: the origin patterns ("https://example.com/*") this batch asked for and was granted */
export function RevokeAccess({ patterns }: { patterns: string[] }) {
  const [state, setState] = useState<State>('idle');
  if (!patterns.length) return null;
  const hosts = patterns.map((p) => p.replace(/\/\*$/, '').replace(/^[a-z]+:\/\//, ''));
  const remove = async () => {
    setState('busy');
    setState((await removeOrigins(patterns)) ? 'removed' : 'failed');
  };
  return (
    <div class="revoke-access">
      <p class="hint">{t('batch_access_granted', hosts.join(', '))}</p>
      {state === 'removed'
        ? <p class="hint saved" role="status">{t('batch_access_removed')}</p>
        : (
          <button type="button" name="batch-remove-access" disabled={state === 'busy'} onClick={() => void remove()}>
            {t('batch_remove_access')}
          </button>
        )}
      {state === 'failed' && <p class="hint error" role="alert">{t('batch_access_remove_failed')}</p>}
    </div>
  );
}
