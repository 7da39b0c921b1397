// An agency's figures over the years as line charts (uPlot, loaded only when the charts are opened), each with
// its data as a table below it (for screen readers, and to read exact numbers), a PNG and a CSV download.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type uPlotType from 'uplot';
import { t, uiLang, type MessageKey } from '../../i18n';
import { download } from '../../ui/download';
import { chartCsv, chartData, type ChartData, type ChartId } from '../charts';
import type { SavedReport } from '../schema';

type UPlot = typeof uPlotType;

/** uPlot and its stylesheet, fetched once, on first use */
let loading: Promise<UPlot> | null = null;
export function loadUPlot(): Promise<UPlot> {
  loading ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([m]) => m.default);
  return loading;
}

const TITLE: Record<ChartId, MessageKey> = {
  applications: 'years_chart_applications', results: 'years_chart_results', review: 'years_chart_review',
  documents: 'years_chart_documents', decisions: 'years_chart_decisions',
};

/** Okabe–Ito colours (distinguishable with colour-blindness); past eight, lines are dashed */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];
const colour = (i: number) => COLOURS[i % COLOURS.length];

const fileName = (agency: string, id: ChartId, ext: string) => `${agency.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}-${id}.${ext}`;

/** the plot with its title and legend drawn on one canvas, for the PNG */
function pictureOf(u: uPlotType, title: string, series: ChartData['series']): HTMLCanvasElement {
  const labels = series.map((s) => s.label);
  const plot = u.ctx.canvas;
  const ratio = plot.width / Math.max(1, u.width);
  const legendRows = Math.ceil(labels.length / 3);
  const out = document.createElement('canvas');
  out.width = plot.width;
  out.height = plot.height + Math.round((34 + legendRows * 20) * ratio);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#202124';
  ctx.font = '600 14px system-ui, "Noto Sans CJK SC", sans-serif';
  ctx.fillText(title, 8, 20);
  ctx.drawImage(plot, 0, 30, u.width, plot.height / ratio);
  ctx.font = '12px system-ui, "Noto Sans CJK SC", sans-serif';
  const top = 30 + plot.height / ratio + 8;
  labels.forEach((label, i) => {
    const x = 8 + (i % 3) * (u.width / 3);
    const y = top + Math.floor(i / 3) * 20;
    ctx.fillStyle = colour(series[i].colour ?? i);
    if (series[i].dashed) { ctx.fillRect(x, y + 4, 5, 4); ctx.fillRect(x + 9, y + 4, 5, 4); } else ctx.fillRect(x, y + 4, 14, 4);
    ctx.fillStyle = '#202124';
    ctx.fillText(label, x + 20, y + 10);
  });
  return out;
}

function Chart({ chart, agency, uPlot }: { chart: ChartData; agency: string; uPlot: UPlot }) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlotType | null>(null);
  const title = t(TITLE[chart.id]);
  useEffect(() => {
    if (!host.current || !chart.series.length || chart.years.length < 2) return;
    const width = Math.max(320, Math.min(1100, host.current.clientWidth || 800));
    const u = new uPlot({
      width, height: 260,
      scales: { x: { time: false } },
      axes: [
        { values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')) },
        { values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')) },
      ],
      series: [
        { label: t('years_chart_year') },
        ...chart.series.map((s, i) => ({ label: s.label, stroke: colour(s.colour ?? i), width: 2, dash: s.dashed || (s.colour === undefined && i >= COLOURS.length) ? [6, 4] : undefined, points: { show: true, size: 6 }, spanGaps: false })),
      ],
      legend: { live: false },
    }, [chart.years, ...chart.series.map((s) => s.values)] as uPlotType.AlignedData, host.current);
    // the canvas is a picture: its words are the label and the table below
    u.root.setAttribute('aria-hidden', 'true');
    plot.current = u;
    return () => { u.destroy(); plot.current = null; };
  }, [chart, uPlot]);

  const png = () => {
    const u = plot.current;
    if (!u) return;
    pictureOf(u, `${agency} · ${title}`, chart.series).toBlob((blob) => {
      if (!blob) return;
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName(agency, chart.id, 'png');
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }, 'image/png');
  };
  const first = chart.years[0];
  const last = chart.years.at(-1);
  return (
    <figure class="year-chart" data-chart={chart.id} role="group" aria-label={t('years_chart_aria', title, first ?? '', last ?? '')}>
      <figcaption>
        <strong>{title}</strong>
        {chart.series.length > 0 && (
          <span class="chart-actions">
            <button type="button" name="chart-png" onClick={png} disabled={chart.years.length < 2}>{t('years_chart_png')}</button>
            <button type="button" name="chart-csv" onClick={() => download(fileName(agency, chart.id, 'csv'), chartCsv(chart, t('years_chart_year')), 'text/csv')}>{t('years_chart_csv')}</button>
          </span>
        )}
      </figcaption>
      {!chart.series.length && <p class="hint">{t('years_chart_no_data')}</p>}
      {chart.series.length > 0 && chart.years.length < 2 && <p class="hint">{t('years_chart_one_year')}</p>}
      <div class="chart-host" ref={host} />
      {chart.series.length > 0 && (
        <details class="chart-data">
          <summary>{t('years_chart_table')}</summary>
          <table class="stored-table">
            <caption class="visually-hidden">{title}</caption>
            <thead><tr><th scope="col">{t('years_chart_year')}</th>{chart.series.map((s) => <th scope="col" key={s.measure}>{s.label}</th>)}</tr></thead>
            <tbody>
              {chart.years.map((y, i) => (
                <tr key={y}><th scope="row">{y}</th>{chart.series.map((s) => <td key={s.measure}>{s.values[i] ?? '—'}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

export function AgencyCharts({ years }: { years: SavedReport[] }) {
  const charts = useMemo(() => chartData(years, uiLang()), [years]);
  const [lib, setLib] = useState<UPlot | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadUPlot().then((u) => { if (live) setLib(() => u); }, (e: Error) => { if (live) setFailed(e.message); });
    return () => { live = false; };
  }, []);
  const agency = years.at(-1)?.agency ?? '';
  if (failed) return <p class="error-banner" role="alert">{t('years_chart_failed', failed)}</p>;
  if (!lib) return <p class="hint" role="status">{t('years_chart_loading')}</p>;
  return <div class="year-charts">{charts.map((c) => <Chart key={c.id} chart={c} agency={agency} uPlot={lib} />)}</div>;
}
