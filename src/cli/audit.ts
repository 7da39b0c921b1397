// `audit`: read every input, run the checks, pair years of one agency, write in the chosen format.
import type { AuditResult, Lang, ReportModel } from '../model/types';
import { auditDoc, auditModel } from '../audit';
import { crossYearFindings } from '../rules/crossYear';
import { expandInputs, loadInput } from '../node/load';
import { ExitTally, type FailOn } from './exit';
import { inputError, type CrossYearObject, type InputObject, type Out } from './output';
import { reportProblem } from './problem';
import { YearIndex } from './years';
import { formatJson } from './format-json';
import { jsonLine } from './format-jsonl';
import { formatCsv } from './format-csv';
import { formatTable } from './format-table';

export type AuditFormat = 'table' | 'json' | 'jsonl' | 'csv';

export interface AuditOptions {
  paths: string[];
  format: AuditFormat;
  lang: Lang;
  failOn: FailOn;
  color: boolean;
}

/** where a report's output stands: its index among the collected outputs, or written already (jsonl) */
type Slot = { index: number } | { written: true };

export async function runAudit(opts: AuditOptions, out: Out): Promise<number> {
  const streaming = opts.format === 'jsonl';
  const tally = new ExitTally(opts.failOn);
  const outputs: InputObject[] = [];
  const trailing: CrossYearObject[] = [];
  const years = new YearIndex<Slot>();

  const emit = async (object: InputObject): Promise<Slot> => {
    if (!streaming) return { index: outputs.push(object) - 1 };
    tally.add(object);
    await out.write(jsonLine(object));
    return { written: true };
  };

  for (const path of await expandInputs(opts.paths)) {
    let model: ReportModel;
    let result: AuditResult;
    try {
      ({ model, result } = auditDoc((await loadInput(path)).doc, path, { lang: opts.lang }));
      const earlier = years.earlier(model);
      if (earlier) result = auditModel(model, { lang: opts.lang, previous: earlier.model });
    } catch (e) {
      await emit(inputError(path, reportProblem(path, e)));
      continue;
    }

    const later = years.later(model);
    if (later && 'index' in later.slot) {
      outputs[later.slot.index] = auditModel(later.model, { lang: opts.lang, previous: model });
    } else if (later) {
      trailing.push({ source: later.model.source, kind: 'cross-year', earlier: model.source, findings: crossYearFindings(later.model, model, opts.lang) });
    }
    years.add(model, await emit(result));
  }

  if (streaming) {
    for (const object of trailing) {
      tally.add(object);
      await out.write(jsonLine(object));
    }
  } else {
    outputs.forEach((o) => tally.add(o));
    await out.write(render(outputs, opts));
  }
  return tally.code;
}

function render(outputs: InputObject[], opts: AuditOptions): string {
  switch (opts.format) {
    case 'json': return formatJson(outputs);
    case 'csv': return formatCsv(outputs);
    default: return formatTable(outputs, { lang: opts.lang, color: opts.color });
  }
}
