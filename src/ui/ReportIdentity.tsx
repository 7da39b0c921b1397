import type { AuditResult } from '../model/types';
import { identityText } from './report-text';
import { frameText } from './frame-text';

/** which report this is: its title, agency, year and template, and the frame it sits in (`frameUrl`), if any */
export function ReportIdentity({ result, frameUrl }: { result: AuditResult; frameUrl: string | null }) {
  const identity = identityText(result);
  return (
    <div class="identity">
      {result.title && <p class="title">{result.title}</p>}
      {identity && <p class="meta">{identity}</p>}
      {frameUrl !== null && <p class="meta frame">{frameText(frameUrl)}</p>}
    </div>
  );
}
