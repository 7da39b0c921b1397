// `years`: the key figures of every report as tidy rows (kind "figure": source, agency, year, measure, label, value),
// written as each input is read, then the cross-year findings among the inputs as rows of kind "finding" (measure:
// the rule id, label: the message, value: its found value, earlier: the earlier report's source). csv (UTF-8 with
// BOM) or jsonl, for pandas or Excel.
import { buildModel } from '../extract';
import { keyFigures } from '../export/figures';
import type { Finding, Lang, ReportModel } from '../model/types';
import { InputError, loadBytes, loadInput } from '../node/load';
import { copiedTextFindings } from '../rules/pairing';
import { crossYearFindings } from '../rules';
import { BOM, csvRows } from './csv';
import type { Out } from './output';
import { pairingModel } from './pairing';
import { reportProblem } from './problem';
import { sources, type WebOptions } from './sources';
import { YearIndex } from './years';

export type YearsFormat = 'csv' | 'jsonl';

export interface YearsOptions {
  paths: string[];
  format: YearsFormat;
  lang: Lang;
  web: WebOptions;
}

export interface YearsRow {
  kind: 'figure' | 'finding';
  source: string;
  agency: string | null;
  year: number | null;
  /** figure: "applications.natural" …; finding: the rule id */
  measure: string;
  /** figure: the template's words; finding: the message */
  label: string;
  value: number | string | null;
  /** finding only */
  severity: string | null;
  /** finding only: the earlier report it compares with */
  earlier: string | null;
}

export const YEARS_FIELDS = ['kind', 'source', 'agency', 'year', 'measure', 'label', 'value', 'severity', 'earlier'] as const;

export function figureRows(model: ReportModel, lang: Lang): YearsRow[] {
  return keyFigures(model.tables, model.template).map((f) => ({
    kind: 'figure', source: model.source, agency: model.agency, year: model.year, measure: f.measure,
    label: lang === 'zh' ? f.label : f.labelEn, value: f.value, severity: null, earlier: null,
  }));
}

const findingRow = (later: ReportModel, earlier: string, f: Finding): YearsRow => ({
  kind: 'finding', source: later.source, agency: later.agency, year: later.year, measure: f.rule, label: f.message,
  value: f.actual, severity: f.severity, earlier,
});

/** the cross-year findings among the reports: carry-over and stock roll-forward with the year before, copied-text with any earlier year */
export function findingRows(models: ReportModel[], lang: Lang): YearsRow[] {
  const index = new YearIndex<null>();
  for (const m of models) index.add(m, null);
  const out: YearsRow[] = [];
  const sorted = [...models].sort((a, b) => (a.agency ?? '').localeCompare(b.agency ?? '') || (a.year ?? 0) - (b.year ?? 0));
  for (const later of sorted) {
    const before = index.earlier(later);
    if (before && before.model !== later) for (const f of crossYearFindings(later, before.model, lang)) out.push(findingRow(later, before.model.source, f));
    for (const f of copiedTextFindings(later, index.sameAgency(later).map((e) => e.model), lang)) out.push(findingRow(later, String(f.params?.earlierSource ?? ''), f));
  }
  return out;
}

const render = (rows: YearsRow[], format: YearsFormat) =>
  format === 'jsonl'
    ? rows.map((r) => `${JSON.stringify(r)}\n`).join('')
    : csvRows(YEARS_FIELDS, rows.map((r) => YEARS_FIELDS.map((f) => r[f])), false);

export async function runYears(opts: YearsOptions, out: Out): Promise<number> {
  let unreadable = false;
  const models: ReportModel[] = [];
  if (opts.format === 'csv') await out.write(BOM + csvRows(YEARS_FIELDS, [], true));
  for await (const source of sources(opts.paths, opts.web)) {
    let model: ReportModel;
    try {
      const prepared = await source.prepare(0, opts.lang);
      if ('result' in prepared) throw new InputError(prepared.problem ?? 'could not be read');
      const { doc } = 'path' in prepared ? await loadInput(prepared.path) : await loadBytes(prepared.source, prepared.bytes, prepared.http);
      model = buildModel(doc, source.source);
    } catch (e) {
      reportProblem(source.source, e);
      unreadable = true;
      continue;
    }
    if (!model.isReport) continue;
    await out.write(render(figureRows(model, opts.lang), opts.format));
    const kept = pairingModel(model);
    if (kept) models.push(kept);
  }
  await out.write(render(findingRows(models, opts.lang), opts.format));
  return unreadable ? 2 : 0;
}
