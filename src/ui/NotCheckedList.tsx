import type { NotChecked } from '../model/types';
import { t } from '../i18n';
import { notCheckedText } from './finding-text';

/** the relations that could not be evaluated, kept apart so that "not checked" never reads as "consistent" */
export function NotCheckedList({ items }: { items: NotChecked[] }) {
  if (!items.length) return null;
  return (
    <details class="not-checked">
      <summary>{t('not_checked_title')} <span class="count">{items.length}</span></summary>
      <p class="hint">{t('not_checked_help')}</p>
      <ul>
        {items.map((n, i) => <li key={i} data-rule={n.rule}>{notCheckedText(n)}</li>)}
      </ul>
    </details>
  );
}
