// The checker alone, for the content script: page model → report model → rules → findings, with no locale data
// (a finding's message is its rule id, a not-checked reason its key). The popup or any host renders the result with
// renderResult (src/rules/render.ts) from the findings' params. Everything else audits through ./index.ts.
import type { PageDoc } from '../page/types';
import type { AuditResult, ReportModel } from '../model/types';
import { buildModel } from '../extract';
import { checkModel } from '../rules/catalogue';

/** Read and check one page without words. `source` is its URL or path. */
export function checkDoc(doc: PageDoc, source: string, previous: ReportModel | null = null): { model: ReportModel; result: AuditResult } {
  const model = buildModel(doc, source);
  return { model, result: checkModel(model, previous) };
}
