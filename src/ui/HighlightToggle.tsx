import { t } from '../i18n';

/** show or hide all the highlights on the page */
export function HighlightToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="toggle">
      <input type="checkbox" checked={on} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      {t('highlights_toggle')}
    </label>
  );
}
