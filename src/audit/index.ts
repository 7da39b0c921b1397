// The checker's front door, the same for the content script, the extension pages and the CLI:
// page model → report model → rules → findings → verdict.
import type { PageDoc } from '../page/types';
import type { AuditResult, Lang, ReportModel } from '../model/types';
import { buildModel } from '../extract';
import { runRules } from '../rules';

export interface AuditOptions {
  lang?: Lang;
  /** the same agency's report for the year before, when known (carry-over, stock-roll-forward) */
  previous?: ReportModel | null;
  /** false: findings without rendered messages (rule ids and parameters only), for a host that renders them later */
  messages?: boolean;
}

export function auditModel(model: ReportModel, opts: AuditOptions = {}): AuditResult {
  return runRules(model, opts.lang ?? 'zh', opts.previous ?? null, opts.messages ?? true);
}

/** Read and audit one page. `source` is its URL or path. */
export function auditDoc(doc: PageDoc, source: string, opts: AuditOptions = {}): { model: ReportModel; result: AuditResult } {
  const model = buildModel(doc, source);
  return { model, result: auditModel(model, opts) };
}
