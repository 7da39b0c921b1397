// "Save to collection" for the popup. A page saved before is compared with its last capture first: the user sees
// whether and what it changed, and chooses to replace the earlier save (notes kept) or keep both.
// When storage is full the capture can still be downloaded as a JSON Lines file and imported later.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../i18n';
import { download } from '../../ui/download';
import type { Capture } from '../capture';
import { Collection } from '../db';
import { asCollectionError } from '../errors';
import { toJsonl } from '../export';
import { applySave, planSave, type ConflictChoice, type SavePlan } from '../save';
import { day, errorText } from './text';

type State =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'choose'; plan: SavePlan }
  | { phase: 'saved' }
  | { phase: 'failed'; message: string; plan: SavePlan | null; quota: boolean };

/** `capture` asks the content script for the page as captured now (see src/collection/capture.ts) */
export function SaveButton({ capture, col = new Collection() }: { capture: () => Promise<Capture>; col?: Collection }) {
  const [state, setState] = useState<State>({ phase: 'idle' });

  const fail = (e: unknown, plan: SavePlan | null) =>
    setState({ phase: 'failed', message: errorText(e), plan, quota: asCollectionError(e).code === 'quota' });

  const write = async (plan: SavePlan, choice: ConflictChoice) => {
    setState({ phase: 'busy' });
    try {
      await applySave(col, plan, choice);
      setState({ phase: 'saved' });
    } catch (e) { fail(e, plan); }
  };

  const start = async () => {
    setState({ phase: 'busy' });
    let plan: SavePlan | null = null;
    try {
      plan = await planSave(col, await capture());
      if (plan.changes) setState({ phase: 'choose', plan });
      else await write(plan, 'keep-both');
    } catch (e) { fail(e, plan); }
  };

  const openCollection = () => void browser.tabs.create({ url: browser.runtime.getURL('/collection.html') });

  return (
    <div class="save-to-collection">
      {(state.phase === 'idle' || state.phase === 'busy') && (
        <button type="button" class="primary" name="save-to-collection" disabled={state.phase === 'busy'} onClick={() => void start()}>
          {state.phase === 'busy' ? t('collection_saving') : t('collection_save')}
        </button>
      )}
      {state.phase === 'choose' && <Changed plan={state.plan} onChoose={(c) => void write(state.plan, c)} />}
      {state.phase === 'saved' && <p class="hint">{t('collection_saved')}</p>}
      {state.phase === 'failed' && (
        <div class="hint error" role="alert">
          <p>{state.message}</p>
          {state.quota && state.plan && (
            <button type="button" onClick={() => download(`${state.plan!.record.id}.jsonl`, toJsonl([state.plan!.record]), 'application/x-ndjson')}>
              {t('collection_save_download')}
            </button>
          )}
        </div>
      )}
      <button type="button" class="link" onClick={openCollection}>{t('collection_open_collection')}</button>
    </div>
  );
}

function Changed({ plan, onChoose }: { plan: SavePlan; onChoose(c: ConflictChoice): void }) {
  const c = plan.changes!;
  const since = day(c.before.capturedAt);
  return (
    <div class="save-changed">
      <p>{c.same ? t('collection_save_unchanged', since)
        : t('collection_save_changed', since, c.cellCount, c.added.length + c.removed.length, c.sections.join('、'))}</p>
      {c.cells.slice(0, 5).map((x, i) => (
        <p class="hint" key={i}>{t('collection_changed_cell', x.where ?? `${x.table} r${x.row} c${x.column}`, x.before ?? '', x.after ?? '')}</p>
      ))}
      <button type="button" class="primary" onClick={() => onChoose('keep-newer')}>{t('collection_save_replace')}</button>{' '}
      {plan.existing.length > 0 && <button type="button" onClick={() => onChoose('keep-both')}>{t('collection_save_keep_both')}</button>}
    </div>
  );
}
