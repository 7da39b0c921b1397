// Small generated report pages: a title, section headings, table 3 and table 4 built from the template's own
// labels, with values in any notation and spans anywhere. Quick to audit, and they reach the arithmetic rules.
import fc from 'fast-check';
import { SECTIONS, TABLE3_2019, TABLE3_2021, TABLE3_COLUMNS, TABLE4 } from '../../src/template';
import type { Base } from './corpus';
import { numberText, spanValue } from './values';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const cell = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 30 }).map(String) }, { weight: 1, arbitrary: numberText }),
  fc.option(fc.tuple(fc.constantFrom('colspan', 'rowspan'), spanValue), { freq: 12 }))
  .map(([text, span]) => `<td${span ? ` ${span[0]}="${esc(span[1])}"` : ''}>${esc(text)}</td>`);

const table3 = fc.constantFrom(TABLE3_2021, TABLE3_2019).chain((def) =>
  fc.subarray(def.rows, { minLength: 1 }).chain((rows) =>
    fc.tuple(...rows.map(() => fc.array(cell, { minLength: 5, maxLength: 9 }))).map((values) => [
      '<table border="1"><tr><td colspan="2">申请人情况</td>',
      ...TABLE3_COLUMNS.map((c) => `<td>${esc(c.path.at(-1)!)}</td>`), '</tr>',
      ...rows.map((r, i) => `<tr><td>${esc(r.path[0])}</td><td>${esc(r.path.at(-1)!)}</td>${values[i].join('')}</tr>`),
      '</table>',
    ].join(''))));

const table4 = fc.array(cell, { minLength: 10, maxLength: 16 }).map((values) => [
  '<table border="1"><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
  `<tr>${TABLE4.columns.map((c) => `<td>${esc(c.path.at(-1)!)}</td>`).join('')}</tr>`,
  `<tr>${values.join('')}</tr></table>`,
].join(''));

export const generatedPage: fc.Arbitrary<Base> = fc.tuple(
  fc.integer({ min: 2018, max: 2026 }), table3, table4, fc.subarray(SECTIONS.map((s) => s.label)),
).map(([year, t3, t4, sections]) => ({
  name: 'generated',
  kind: 'html',
  content: `<title>某某局${year}年政府信息公开工作年度报告</title><h1>某某局${year}年政府信息公开工作年度报告</h1>`
    + sections.map((s) => `<h2>${esc(s)}</h2><p>本年度收到政府信息公开申请3件。</p>`).join('')
    + t3 + t4,
}));
