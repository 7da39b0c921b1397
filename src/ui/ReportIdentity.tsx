import type { AuditResult } from '../model/types';
import { t } from '../i18n';
import { identityText } from './report-text';

/** which report this is: its title, agency, year and template, and whether it sits in a frame */
export function ReportIdentity({ result, inFrame }: { result: AuditResult; inFrame: boolean }) {
  const identity = identityText(result);
  return (
    <div class="identity">
      {result.title && <p class="title">{result.title}</p>}
      {identity && <p class="meta">{identity}</p>}
      {inFrame && <p class="meta">{t('in_frame')}</p>}
    </div>
  );
}
