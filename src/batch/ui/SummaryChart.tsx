// Above the batch's results: how many reports got each verdict, and how many findings each rule gave (the reports'
// own and, among the batch, those across years of one agency) — bars drawn with CSS in a plain table, so the chart
// is its own data table for screen readers. No chart library here: uPlot is loaded only by the collection page.
import { useMemo } from 'preact/hooks';
import { t, uiLang } from '../../i18n';
import type { Verdict } from '../../model/types';
import { RULES } from '../../rules';
import { crossYearAmong, type AmongFinding } from '../../rules/among';
import { verdictLabel } from '../../collection/ui/text';
import type { BatchRow } from '../run';

const VERDICTS: Verdict[] = ['inconsistent', 'warnings', 'unverified', 'consistent'];

function Bars({ title, items, name }: { title: string; items: Array<{ key: string; label: string; count: number; cls: string }>; name: string }) {
  const max = Math.max(1, ...items.map((i) => i.count));
  return (
    <table class="bars" data-chart={name} aria-label={t('batch_chart_aria', title)}>
      <caption>{title}</caption>
      <tbody>
        {items.map((i) => (
          <tr key={i.key} data-key={i.key}>
            <th scope="row">{i.label}</th>
            <td class="bar-cell"><span class={`bar ${i.cls}`} style={{ width: `${(100 * i.count) / max}%` }} /></td>
            <td class="num">{i.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SummaryChart({ rows }: { rows: BatchRow[] }) {
  const done = rows.flatMap((r) => (r.state.phase === 'done' ? [r.state.audited] : []));
  const among: AmongFinding[] = useMemo(() => crossYearAmong(
    rows.flatMap((r) => (r.state.phase === 'done' && r.state.audited.capture ? [r.state.audited.capture.model] : [])), uiLang(),
  ), [rows]);
  if (!done.length) return null;
  const verdicts = [
    ...VERDICTS.map((v) => ({ key: v, label: verdictLabel(v), count: done.filter((a) => a.result.verdict === v).length, cls: v })),
    { key: 'failed', label: t('batch_chart_failed'), count: rows.length - done.length, cls: 'failed' },
  ].filter((i) => i.count > 0);
  const findings = [...done.flatMap((a) => a.result.findings), ...among.map((a) => a.finding)];
  const rules = RULES.map((r) => ({ key: r.id, label: r.id, count: findings.filter((f) => f.rule === r.id).length, cls: r.severity }))
    .filter((i) => i.count > 0);
  return (
    <section class="summary-chart">
      <Bars title={t('batch_chart_verdicts')} items={verdicts} name="verdicts" />
      {rules.length > 0 && <Bars title={t('batch_chart_rules')} items={rules} name="rules" />}
      {among.length > 0 && (
        <details class="among" open>
          <summary>{t('batch_chart_cross_year', among.length)}</summary>
          <ul>{among.map((a, i) => <li key={i} data-rule={a.finding.rule}><code>{a.finding.rule}</code> {a.later.source}: {a.finding.message}</li>)}</ul>
        </details>
      )}
    </section>
  );
}
