// An agency's key figures over the years, as chart series: applications received by applicant type, how they were
// handled, reviews and suits with their outcomes, table 2's proactive-disclosure counts. Plain data (the page draws
// it with uPlot and offers it as CSV); a year whose report does not give a figure is a gap, never a 0.
import { excelCsv } from '../export/csv';
import { keyFigures, type FigureGroup } from '../export/figures';
import type { Lang } from '../model/types';
import type { SavedReport } from './schema';

export type ChartId = 'applications' | 'results' | 'review' | 'proactive';
export const CHARTS: ChartId[] = ['applications', 'results', 'review', 'proactive'];
const GROUP: Record<ChartId, FigureGroup> = { applications: 'applications', results: 'results', review: 'review', proactive: 'proactive' };
/** table 2's money columns and signed changes do not share an axis with counts */
const NOT_COUNTS = /feeAmount|procurementAmount|\.change$/;

export interface Series {
  measure: string;
  label: string;
  values: Array<number | null>;
}

export interface ChartData {
  id: ChartId;
  years: number[];
  series: Series[];
}

/** one report per year: the collection's newest save of it */
function byYear(reports: SavedReport[]): Map<number, SavedReport> {
  const out = new Map<number, SavedReport>();
  for (const r of [...reports].sort((a, b) => b.savedAt.localeCompare(a.savedAt))) {
    if (r.year !== null && r.verdict !== 'not-a-report' && !out.has(r.year)) out.set(r.year, r);
  }
  return out;
}

/** short series names: the last part of the template's label ("自然人", "结果维持" with its group) */
function shortLabel(id: ChartId, label: string): string {
  const parts = label.split(' / ');
  if (id === 'review') return parts.length > 2 ? `${parts[1]}·${parts.at(-1)}` : parts.join('·');
  if (id === 'proactive') return parts.slice(1).join('·');
  return parts.at(-1)!;
}

export function chartData(reports: SavedReport[], lang: Lang): ChartData[] {
  const years = byYear(reports);
  const xs = [...years.keys()].sort((a, b) => a - b);
  const figures = xs.map((y) => {
    const r = years.get(y)!;
    return new Map(keyFigures(r.tables, r.template).map((f) => [f.measure, f]));
  });
  return CHARTS.map((id) => {
    const measures: Array<{ measure: string; label: string }> = [];
    for (const fs of figures) {
      for (const f of fs.values()) {
        if (f.group !== GROUP[id] || NOT_COUNTS.test(f.measure) || measures.some((m) => m.measure === f.measure)) continue;
        measures.push({ measure: f.measure, label: lang === 'zh' ? shortLabel(id, f.label) : f.labelEn });
      }
    }
    const series = measures
      .map((m) => ({ ...m, values: figures.map((fs) => fs.get(m.measure)?.value ?? null) }))
      // a line that is zero every year says nothing (totals stay, to show the zero)
      .filter((s) => s.measure.endsWith('.total') || s.values.some((v) => v !== null && v !== 0));
    return { id, years: xs, series };
  });
}

/** a chart's data for Excel: one row per year, one column per series (UTF-8 with BOM) */
export function chartCsv(chart: ChartData, yearLabel: string): string {
  return excelCsv([yearLabel, ...chart.series.map((s) => s.label)], chart.years.map((y, i) => [y, ...chart.series.map((s) => s.values[i])]));
}
