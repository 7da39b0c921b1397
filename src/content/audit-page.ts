// Audit the live document through the same reader and checker as the CLI, keeping each anchor's node
// so that findings can be drawn over the cells they name.
import { readDocument } from '../page/dom';
import { auditDoc } from '../audit';
import type { AuditResult, Lang, ReportModel } from '../model/types';
import type { PageDoc } from '../page/types';

export interface PageAudit {
  result: AuditResult;
  /** the page as read and the checker's model: kept so that the popup can save the report as audited */
  page: PageDoc;
  /** null when the extraction failed */
  model: ReportModel | null;
  /** why the checker did not take the page for a report, when it did not */
  reason?: string;
  /** anchor → the element it names (cells "t0.r3.c2", tables "t0", text blocks "b12") */
  nodes: Map<string, Element>;
}

export function auditPage(doc: Document, source: string, lang: Lang): PageAudit {
  const nodes = new Map<string, Element>();
  const page = readDocument(doc, (anchor, node) => {
    if (node.nodeType === Node.ELEMENT_NODE) nodes.set(anchor, node as Element);
  });
  try {
    const { model, result } = auditDoc(page, source, { lang });
    return { result, page, model, nodes, ...(model.notReportReason ? { reason: model.notReportReason } : {}) };
  } catch (e) {
    // never break the page: an extraction failure is reported, not thrown
    const result = failed(source, doc.title, e);
    return { result, page, model: null, nodes, reason: result.error };
  }
}

function failed(source: string, title: string, e: unknown): AuditResult {
  return {
    source, isReport: false, verdict: 'not-a-report', title, agency: null, year: null, template: null,
    publishedAt: null, findings: [], notChecked: [], error: e instanceof Error ? e.message : String(e),
  };
}
