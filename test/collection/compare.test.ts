// Two years of one agency compared: sections with what changed, every table cell with its Δ and zero flips, Markdown.
import { describe, expect, it } from 'vitest';
import { comparisonMarkdown, compareReports, deltaText, isChanged } from '../../src/collection/compare';
import { recordOf } from '../../src/collection/record';
import type { SavedReport } from '../../src/collection/schema';
import { render } from '../generator';
import { agencyYears } from '../generator/years';
import { readContent } from '../support/read';
import { captureDoc } from './support';

async function records(copies: Record<number, number> = {}): Promise<{ saved: SavedReport[]; years: ReturnType<typeof agencyYears> }> {
  const years = agencyYears(5, [2022, 2023], copies);
  const saved = await Promise.all(years.map(({ report, doc }) => {
    const page = render(doc, 'word');
    return recordOf(captureDoc(readContent(page.kind, page.content), `https://example.gov.cn/${report.year}.html`, '2025-03-01T08:00:00.000Z'));
  }));
  return { saved, years };
}

describe('comparing two years', () => {
  it('marks the changed words of sections 一, 五, 六 and keeps the unchanged ones', async () => {
    const { saved } = await records({ 2023: 2022 });
    const c = compareReports(saved[0], saved[1]);
    expect(c.sections.map((s) => s.id)).toEqual(['s1', 's5', 's6']);
    const five = c.sections.find((s) => s.id === 's5')!;
    // section 五 was copied with its years changed: the only changes are the years
    const changed = five.parts!.filter((p) => p.added || p.removed).map((p) => p.value.trim());
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((v) => /^20\d\d$/.test(v))).toBe(true);
    // the diff rebuilds both texts
    expect(five.parts!.filter((p) => !p.added).map((p) => p.value).join('')).toBe(five.before);
    expect(five.parts!.filter((p) => !p.removed).map((p) => p.value).join('')).toBe(five.after);
    const one = c.sections.find((s) => s.id === 's1')!;
    expect(one.parts!.some((p) => p.added && p.value.length > 10)).toBe(true);
  });

  it('gives every cell of the three tables its Δ, flips between zero and non-zero', async () => {
    const { saved, years } = await records();
    const c = compareReports(saved[0], saved[1]);
    expect(c.tables.map((t) => t.table)).toEqual([2, 3, 4]);
    const t3 = c.tables.find((t) => t.table === 3)!;
    expect(t3.cells).toHaveLength(saved[1].tables['3']!.rows.length * 7);
    const [a, b] = years.map((y) => y.report);
    const natural = t3.cells.find((x) => x.rowId === 'new' && x.index === 0)!;
    expect(natural.delta).toBe(b.table3.new.natural - a.table3.new.natural);
    expect(natural.flipped).toBe((a.table3.new.natural === 0) !== (b.table3.new.natural === 0));
    for (const x of c.tables.flatMap((t) => t.cells)) {
      if (x.flipped) expect([Number(x.before), Number(x.after)].filter((v) => v === 0)).toHaveLength(1);
      if (!isChanged(x)) expect(deltaText(x)).toBe('');
    }
    // the year before's carry-over is this year's carried-over row (the generator chains them)
    expect(t3.cells.find((x) => x.rowId === 'carried' && x.index === 6)!.after).toBe(String(a.table3.carryOver.total));
  });

  it('exports Markdown: struck and bold words, the changed cells, page text escaped', async () => {
    const { saved } = await records({ 2023: 2022 });
    const c = compareReports(saved[0], { ...saved[1], title: '标题*带<标记>' });
    const md = comparisonMarkdown(c, 'zh');
    expect(md).toMatch(/^# .+：2022 年与 2023 年报告对比\n/);
    expect(md).toContain('~~2022~~');
    expect(md).toContain('**2023**');
    expect(md).toContain('标题\\*带\\<标记\\>');
    expect(md).toMatch(/\| 行 \| 列 \| 前 \| 后 \| Δ \| 零↔非零 \|/);
    const changed = c.tables.flatMap((t) => t.cells).filter(isChanged).length;
    expect(md.split('\n').filter((l) => /^\| (?!行 |---)/.test(l))).toHaveLength(changed);
    expect(comparisonMarkdown(c, 'en')).toContain('the 2022 and 2023 reports compared');
  });
});
