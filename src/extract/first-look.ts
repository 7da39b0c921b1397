// The first look: a page whose title names no annual report and that holds fewer than four of the template's
// sections is no report, whatever its tables hold (buildModel's own rule: without such a title a page needs four
// sections, two tables and numbers). Deciding that from the title and the section headings alone spares such pages
// — menus, listings, news, notices — the report model: tables, statements, years. The verdict, title and reason are
// buildModel's (test/golden/first-look.test.ts holds the two together).
import type { PageDoc } from '../page/types';
import type { AuditResult } from '../model/types';
import { readIdentity } from './identity';
import { findSections } from './sections';

export interface FirstLook {
  title: string;
  /** buildModel's notReportReason for the page */
  reason: string;
}

/** not-a-report when the title and the headings already settle it; null when the page needs the full model */
export function firstLook(doc: PageDoc): FirstLook | null {
  // a file with no text to read (a scan) is not settled by its missing title: the model says "unverified"
  if (doc.unreadable) return null;
  const identity = readIdentity(doc);
  if (identity.titled) return null;
  if (findSections(doc.blocks).length >= 4) return null;
  return {
    title: identity.title,
    reason: identity.title ? 'the title does not name an annual report (政府信息公开工作年度报告)' : 'no title naming an annual report',
  };
}

/** the audit result of a page the first look settled: what runRules gives a model that is no report, key for key */
export function notAReportResult(source: string, doc: PageDoc, look: FirstLook): AuditResult {
  return {
    source, isReport: false, title: look.title, agency: null, level: null, year: null, template: null, publishedAt: null,
    ...(doc.truncated ? { truncated: doc.truncated } : {}),
    verdict: 'not-a-report', findings: [], notChecked: [],
  };
}
