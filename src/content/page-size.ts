// Whether a page is too large to audit unasked. Two native counts, no walk: a page the size of a book is
// declined for a fraction of what reading it would cost, and the popup offers to audit it anyway.
import { AUTO_AUDIT_MAX_ELEMENTS, AUTO_AUDIT_MAX_TEXT } from '../page/limits';
import type { AuditResult } from '../model/types';

export function tooLargeToAudit(doc: Document): boolean {
  if (doc.getElementsByTagName('*').length > AUTO_AUDIT_MAX_ELEMENTS) return true;
  return (doc.body?.textContent?.length ?? 0) > AUTO_AUDIT_MAX_TEXT;
}

/** what a page declined for its size reports: unverified ("?"), nothing found, nothing checked */
export function unread(source: string, title: string): AuditResult {
  return {
    source, isReport: false, verdict: 'unverified', title, agency: null, year: null, template: null,
    publishedAt: null, findings: [], notChecked: [],
  };
}
