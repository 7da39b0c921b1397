// An agency's figures over the years as chart series, and their CSV.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { chartCsv, chartData, CHARTS } from '../../src/collection/charts';
import { recordOf } from '../../src/collection/record';
import { agencyCaptures, AGENCY_YEARS } from './years-support';

const records = () => Promise.all(agencyCaptures(7, {}).map((c) => recordOf(c)));

describe('charts over the years', () => {
  it('one point per year per series, the figures as the reports give them', async () => {
    const saved = await records();
    const charts = chartData(saved, 'zh');
    expect(charts.map((c) => c.id)).toEqual(CHARTS);
    for (const c of charts) expect(c.years).toEqual(AGENCY_YEARS);
    const apps = charts.find((c) => c.id === 'applications')!;
    const natural = apps.series.find((s) => s.measure === 'applications.natural')!;
    expect(natural.label).toBe('自然人');
    expect(natural.values).toEqual(saved.map((r) => r.tables['3']!.rows.find((x) => x.id === 'new')!.cells[0].value));
    const results = charts.find((c) => c.id === 'results')!;
    expect(results.series.map((s) => s.label)).toContain('总计');
    // suits add up both kinds, drawn dashed beside reviews
    const review = charts.find((c) => c.id === 'review')!;
    const suits = review.series.find((s) => s.measure === 'suits.total')!;
    expect(suits.dashed).toBe(true);
    expect(suits.values).toEqual(saved.map((r) => {
      const cells = r.tables['4']!.rows[0].cells;
      return cells[9].value! + cells[14].value!;
    }));
    expect(charts.find((c) => c.id === 'documents')!.series.every((s) => s.measure.startsWith('proactive.item1.'))).toBe(true);
    expect(charts.find((c) => c.id === 'decisions')!.series.every((s) => s.measure.endsWith('.decisions'))).toBe(true);
  });

  it('a year that does not give a figure is a gap, not a zero; a series zero every year is left out (totals stay)', async () => {
    const saved = await records();
    saved[1] = { ...saved[1], tables: { ...saved[1].tables, '3': undefined } };
    const apps = chartData(saved, 'en').find((c) => c.id === 'applications')!;
    const total = apps.series.find((s) => s.measure === 'applications.total')!;
    expect(total.label).toBe('total');
    expect(apps.series.map((s) => s.label)).toContain('natural persons');
    expect(total.values[1]).toBeNull();
    for (const s of apps.series) if (!s.measure.endsWith('.total')) expect(s.values.some((v) => v !== null && v !== 0)).toBe(true);
  });

  it('exports a chart’s data: a row per year, a column per series, with a BOM', async () => {
    const chart = chartData(await records(), 'zh').find((c) => c.id === 'results')!;
    const csv = chartCsv(chart, '年度');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['年度', ...chart.series.map((s) => s.label)]);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(AGENCY_YEARS);
  });
});
