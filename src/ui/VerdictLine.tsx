import type { AuditResult } from '../model/types';
import { countBySeverity } from '../summary';
import { verdictText } from './report-text';

const SIGN: Record<AuditResult['verdict'], string> = {
  inconsistent: '✗', warnings: '!', unverified: '?', consistent: '✓', 'not-a-report': '–',
};

/** the one line that says whether the report adds up */
export function VerdictLine({ result }: { result: AuditResult }) {
  return (
    <p class={`verdict ${result.verdict}`} data-verdict={result.verdict}>
      <span class="sign" aria-hidden="true">{SIGN[result.verdict]}</span>
      {verdictText(result.verdict, countBySeverity(result.findings))}
    </p>
  );
}
