// An agency's key figures over the years, as chart series: applications received by applicant type, how they were
// handled, reviews and suits with their outcomes, table 2's proactive-disclosure counts. Plain data (the page draws
// it with uPlot and offers it as CSV); a year whose report does not give a figure is a gap, never a 0.
import { excelCsv } from '../export/csv';
import { keyFigures, type FigureGroup } from '../export/figures';
import type { Lang } from '../model/types';
import type { SavedReport } from './schema';

export type ChartId = 'applications' | 'results' | 'review' | 'documents' | 'decisions';
export const CHARTS: ChartId[] = ['applications', 'results', 'review', 'documents', 'decisions'];
const GROUP: Record<ChartId, FigureGroup> = { applications: 'applications', results: 'results', review: 'review', documents: 'proactive', decisions: 'proactive' };
/** which of table 2's figures each of its charts draws: documents (item 1), decisions (items 5 and 6); money apart */
const PART: Partial<Record<ChartId, RegExp>> = { documents: /^proactive\.item1\./, decisions: /^proactive\.item[56]\..*\.decisions$/ };

export interface Series {
  measure: string;
  label: string;
  values: Array<number | null>;
  /** drawn dashed (suits, beside reviews drawn solid) */
  dashed?: boolean;
  /** colour index: a review's and a suit's outcome share one */
  colour?: number;
}

const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'];
const OUTCOME_WORDS: Record<Lang, Record<string, string>> = {
  zh: { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计', review: '行政复议', suits: '行政诉讼' },
  en: { upheld: 'upheld', corrected: 'corrected', other: 'other outcome', pending: 'pending', total: 'total', review: 'reviews', suits: 'suits' },
};

/** reviews, and suits (with or without review first) added up, each with its outcomes */
function reviewSeries(figures: Array<Map<string, { value: number }>>, lang: Lang): Series[] {
  const w = OUTCOME_WORDS[lang];
  const out: Series[] = [];
  for (const [group, parts] of [['review', ['review']], ['suits', ['direct', 'afterReview']]] as const) {
    OUTCOMES.forEach((o, i) => {
      const values = figures.map((fs) => {
        const vs = parts.map((p) => fs.get(`review.${p}.${o}`)?.value);
        return vs.some((v) => v === undefined) ? null : vs.reduce((a, b) => a! + b!, 0)!;
      });
      out.push({ measure: `${group}.${o}`, label: `${w[group]}·${w[o]}`, values, dashed: group === 'suits', colour: o === 'total' ? 6 : i });
    });
  }
  return out;
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
  if (id === 'documents' || id === 'decisions') return parts.slice(1).join('·');
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
        if (f.group !== GROUP[id] || (PART[id] && !PART[id]!.test(f.measure)) || measures.some((m) => m.measure === f.measure)) continue;
        // the chart's title says what is counted: the series are named by what tells them apart
        const en = id === 'applications' || id === 'results' ? f.labelEn.split(': ').at(-1)! : f.labelEn;
        measures.push({ measure: f.measure, label: lang === 'zh' ? shortLabel(id, f.label) : en });
      }
    }
    const all: Series[] = id === 'review' ? reviewSeries(figures, lang)
      : measures.map((m) => ({ ...m, values: figures.map((fs) => fs.get(m.measure)?.value ?? null) }));
    const series = all
      // a line that is zero every year says nothing (totals stay, to show the zero)
      .filter((s) => s.measure.endsWith('.total') || s.values.some((v) => v !== null && v !== 0));
    return { id, years: xs, series };
  });
}

/** a chart's data for Excel: one row per year, one column per series (UTF-8 with BOM) */
export function chartCsv(chart: ChartData, yearLabel: string): string {
  return excelCsv([yearLabel, ...chart.series.map((s) => s.label)], chart.years.map((y, i) => [y, ...chart.series.map((s) => s.values[i])]));
}
