// Shared plumbing of the property tests: generate → render → read back through the real extraction → audit.
import { auditDoc } from '../../src/audit';
import type { AuditResult, Finding } from '../../src/model/types';
import { buildDoc, generateReport, render, type Report, type RenderOptions, type Shape } from '../generator';
import { readContent } from '../support/read';

export function auditRendered(report: Report, shape: Shape, opts: RenderOptions = {}): AuditResult {
  const page = render(buildDoc(report), shape, opts);
  return auditDoc(readContent(page.kind, page.content), `gen:${report.seed}:${shape}`).result;
}

export const reportFor = (seed: number, year: number) => generateReport(seed, { year });

/** a finding reduced to what must not change between two renderings of the same numbers */
export const findingKey = (f: Finding) => `${f.rule}|${f.severity}|${f.location.table}|${f.location.row}|${f.location.column}`;

/** runs per property; PROPERTY_RUNS=300 for a deeper search */
export const RUNS = Number(process.env.PROPERTY_RUNS) || 30;
