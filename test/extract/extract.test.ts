// page model → report model, piece by piece: sections by their headings, tables by their labels, cells by kind.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/extract';
import { findSections, sectionOf } from '../../src/extract/sections';
import { tableWidth } from '../../src/extract/expected';
import { readText } from '../../src/page/text';
import { parts, render } from '../rules/report-text';

describe('sections', () => {
  it('knows a numbered heading by its words, whatever the numeral', () => {
    expect(sectionOf('三、收到和处理政府信息公开申请情况')).toEqual({ id: 's3', numeral: 3 });
    expect(sectionOf('五、其他需要报告的事项')).toEqual({ id: 's6', numeral: 5 });
  });
  it('does not take a sub-heading, an unnumbered line or long prose for a section', () => {
    expect(sectionOf('（二）依申请公开情况')).toBeNull();
    expect(sectionOf('主动公开政府信息情况')).toBeNull();
    expect(sectionOf('主动公开政府信息情况', true)).toEqual({ id: 's2', numeral: null });
    expect(sectionOf(`一、总体情况${'本机关认真贯彻落实条例，'.repeat(5)}`)).toBeNull();
  });
  it('lists each section once, at its first heading', () => {
    const blocks = ['一、总体情况', '正文', '一、总体情况', '二、主动公开政府信息情况']
      .map((text, i) => ({ kind: 'text' as const, text, heading: false, anchor: `b${i}` }));
    expect(findSections(blocks).map((s) => [s.id, s.at])).toEqual([['s1', 0], ['s2', 3]]);
  });
});

describe('the report model', () => {
  it('reads identity, all six sections and the three tables of a consistent report, each row as wide as the template', () => {
    const model = buildModel(readText(render(parts())), 'r.txt');
    expect(model).toMatchObject({ isReport: true, year: 2023, template: '2021', publishedAt: '2024-01-20' });
    expect(model.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(Object.keys(model.tables).sort()).toEqual(['2', '3', '4']);
    for (const t of ['2', '3', '4'] as const) {
      for (const row of model.tables[t]!.rows) expect(row.cells.length, `${t}:${row.id}`).toBe(tableWidth('2021', Number(t) as 2 | 3 | 4, row.id));
    }
    const granted = model.tables['3']!.rows.find((r) => r.id === 'granted')!;
    expect(granted.cells.map((c) => c.value)).toEqual([10, 2, 0, 0, 1, 0, 13]);
  });
  it('reads placeholders as 0 and text as text, keeping what was written', () => {
    const p = parts();
    p.table3['refused.2'] = ['—', '/', '无', '', 0, 0, 0];
    p.table3.granted[1] = '见附件';
    const rows = buildModel(readText(render(p)), 'r.txt').tables['3']!.rows;
    expect(rows.find((r) => r.id === 'refused.2')!.cells.slice(0, 3).map((c) => [c.kind, c.value, c.raw])).toEqual([['placeholder', 0, '—'], ['placeholder', 0, '/'], ['placeholder', 0, '无']]);
    expect(rows.find((r) => r.id === 'granted')!.cells[1]).toMatchObject({ kind: 'text', value: null, raw: '见附件' });
  });
  it('takes a page without the tables and sections for no report, and says why', () => {
    const model = buildModel(readText('关于开展安全生产检查的通知\n各单位：请于本月底前完成自查。'), 'n.txt');
    expect(model.isReport).toBe(false);
    expect(model.notReportReason).toBeTruthy();
  });
});
