// Importing a file: what it holds is shown first — new entries, bad lines with their field, conflicts with saved
// reports — and nothing is written until the user confirms, choosing for the conflicts.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { Collection } from '../db';
import { applyImport, MAX_IMPORT_BYTES, planImport, refusedPlan, tooLargeProblem, type ImportPlan } from '../import';
import type { ConflictChoice } from '../save';
import { problemText, when } from './text';

interface Props {
  col: Collection;
  act(change: () => Promise<unknown>): Promise<boolean>;
  onDone(message: string): void;
}

export function ImportDialog({ col, act, onDone }: Props) {
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [choice, setChoice] = useState<ConflictChoice | null>(null);

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // refused before reading: a huge file would hold the page while it is read
    if (file.size > MAX_IMPORT_BYTES) { setPlan(refusedPlan(tooLargeProblem(file.size))); setChoice(null); return; }
    const text = await file.text();
    await act(async () => { setPlan(await planImport(col, text)); setChoice(null); });
  };
  const confirm = async () => {
    if (!plan) return;
    let message = '';
    const ok = await act(async () => {
      const out = await applyImport(col, plan, choice);
      message = t('collection_import_done', out.added, out.replaced, out.skipped);
    });
    if (ok) { setPlan(null); onDone(message); }
  };

  return (
    <div class="import">
      <label class="file-button">
        {t('collection_import')}
        <input type="file" name="import" accept=".jsonl,.json,application/json,application/x-ndjson" onChange={(e) => void read(e.currentTarget as HTMLInputElement)} />
      </label>
      {plan && (
        <div class="import-plan" role="dialog">
          <p>{t('collection_import_summary', plan.total, plan.fresh.length, plan.unchanged, plan.conflicts.length, plan.problems.length)}</p>
          {plan.problems.length > 0 && <ul class="problems">{plan.problems.map((p, i) => <li key={i}>{problemText(p)}</li>)}</ul>}
          {plan.conflicts.length > 0 && (
            <fieldset class="conflicts">
              <legend>{t('collection_import_conflicts', plan.conflicts.length)}</legend>
              <ul>
                {plan.conflicts.map((c) => (
                  <li key={c.incoming.id}>{c.incoming.title} ({c.incoming.year ?? '?'}): {when(c.incoming.savedAt)} ↔ {c.existing.map((r) => when(r.savedAt)).join(', ')}</li>
                ))}
              </ul>
              {(['keep-newer', 'keep-both'] as const).map((c) => (
                <label key={c}>
                  <input type="radio" name="conflict" value={c} checked={choice === c} onChange={() => setChoice(c)} />
                  {t(c === 'keep-newer' ? 'collection_keep_newer' : 'collection_keep_both')}
                </label>
              ))}
            </fieldset>
          )}
          <div class="actions">
            <button type="button" class="primary" disabled={plan.conflicts.length > 0 && !choice} onClick={() => void confirm()}>{t('collection_import_go')}</button>
            <button type="button" onClick={() => setPlan(null)}>{t('collection_cancel')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
