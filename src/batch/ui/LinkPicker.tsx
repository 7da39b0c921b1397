// Confirming the list: same-origin links are ticked by default; links to other hosts are shown, unticked, with a
// note that they need the user's permission, asked for when the batch starts.
import { t } from '../../i18n';
import type { Candidate } from '../../fetched/links';

interface Props {
  links: Candidate[];
  selected: boolean[];
  /** origin patterns the extension holds no access to yet; null while they are looked up */
  missing: string[] | null;
  onChange(selected: boolean[]): void;
  onStart(): void;
}

const patternOf = (href: string) => `${new URL(href).origin}/*`;

export function LinkPicker({ links, selected, missing, onChange, onStart }: Props) {
  const count = selected.filter(Boolean).length;
  const set = (i: number, on: boolean) => onChange(selected.map((s, j) => (j === i ? on : s)));
  return (
    <section class="picker">
      <p class="hint">{t('batch_confirm_hint')}</p>
      <div class="picker-actions">
        <button type="button" name="batch-select-all" onClick={() => onChange(links.map(() => true))}>{t('batch_select_all')}</button>
        <button type="button" name="batch-select-none" onClick={() => onChange(links.map(() => false))}>{t('batch_select_none')}</button>
        <button type="button" class="primary" name="batch-start" disabled={count === 0 || missing === null} onClick={onStart}>{t('batch_start', count)}</button>
      </div>
      <ul class="links">
        {links.map((l, i) => (
          <li key={l.href} class={l.sameOrigin ? 'same-origin' : 'other-host'}>
            <label>
              <input type="checkbox" name="batch-link" value={l.href} checked={selected[i]}
                onChange={(e) => set(i, (e.currentTarget as HTMLInputElement).checked)} />
              <span class="text">{l.text || l.href}</span>
            </label>
            <span class="url">{l.href}</span>
            {!l.sameOrigin && <span class="tag">{t('batch_other_host', new URL(l.href).host)}</span>}
            {missing?.includes(patternOf(l.href)) && <span class="tag warn">{t('batch_needs_permission')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
