import type { Finding } from '../model/types';
import { t } from '../i18n';
import { expectedActualText, whereText, whyText } from './finding-text';

interface Props {
  finding: Finding;
  /** scroll the page to the finding's cell; absent when the finding names no place on the page */
  onReveal?: () => void;
  /** the page could not show the cell */
  missed: boolean;
  /** the file page(s) the finding is on ("第 4 页"), for findings read from a PDF */
  page?: string;
}

/** one finding in plain words: what, expected vs found, where, why it matters */
export function FindingItem({ finding: f, onReveal, missed, page }: Props) {
  const values = expectedActualText(f);
  const where = whereText(f.location);
  const why = whyText(f.rule);
  const body = (
    <>
      <span class="message">{f.message}</span>
      {values && <span class="values">{values}</span>}
      {where && <span class="where">{where}</span>}
      {page && <span class="where page">{page}</span>}
      {why && <span class="why">{t('why_line', why)}</span>}
      {missed && <span class="missed">{t('reveal_failed')}</span>}
    </>
  );
  return (
    <li class={`finding ${f.severity}`} data-rule={f.rule} data-anchor={f.location.anchor ?? ''}>
      {onReveal ? <button type="button" title={t('reveal_hint')} onClick={onReveal}>{body}</button> : <div>{body}</div>}
    </li>
  );
}
