// Audit the live document through the same reader and checker as the CLI, keeping each anchor's node
// so that findings can be drawn over the cells they name.
import { readDocument } from '../page/dom';
import { buildModel } from '../extract';
import { checkModel } from '../rules/catalogue';
import type { AuditResult, ReportModel } from '../model/types';
import type { PageDoc } from '../page/types';
import { yieldToPage } from './yield';

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

/**
 * The audit in one go (the bench measures it whole). No words: findings carry rule ids and parameters, not-checked
 * reasons their keys; the popup and the background render them (src/rules/render.ts), so no locale data is injected.
 */
export function auditPage(doc: Document, source: string): PageAudit {
  const steps = stages(doc, source);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same audit with the page given its turn between the stages (read the DOM, extract the model, run the
 * rules), so no one task of ours holds the page for the whole audit. Same stages, so the same result.
 */
export async function auditPageInSteps(doc: Document, source: string): Promise<PageAudit> {
  const steps = stages(doc, source);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToPage();
  }
}

/** the audit's stages; each `yield` is a point where the page may run */
function* stages(doc: Document, source: string): Generator<void, PageAudit> {
  const nodes = new Map<string, Element>();
  const page = readDocument(doc, (anchor, node) => {
    if (node.nodeType === Node.ELEMENT_NODE) nodes.set(anchor, node as Element);
  });
  yield;
  try {
    const model = buildModel(page, source);
    yield;
    const result = checkModel(model, null);
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
