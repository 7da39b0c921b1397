import type { AuditResult } from '../model/types';
import { countBySeverity } from '../summary';
import { t } from '../i18n';
import { verdictText } from './report-text';

const SIGN: Record<AuditResult['verdict'], string> = {
  inconsistent: '✗', warnings: '!', unverified: '?', consistent: '✓', 'not-a-report': '–',
};

/** the one line that says whether the report adds up (with a word on what "consistent" or "unverified" means) */
export function VerdictLine({ result }: { result: AuditResult }) {
  const detail = result.verdict === 'consistent' ? t('consistent_detail')
    : result.verdict === 'unverified' ? t('unverified_detail') : '';
  return (
    <>
      <p class={`verdict ${result.verdict}`} data-verdict={result.verdict}>
        <span class="sign" aria-hidden="true">{SIGN[result.verdict]}</span>
        {verdictText(result.verdict, countBySeverity(result.findings))}
      </p>
      {detail && <p class="hint verdict-detail">{detail}</p>}
    </>
  );
}
