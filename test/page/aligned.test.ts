// Tables as space-aligned text: `pdftotext -layout` of a real PDF, and generated reports (consistent and broken)
// written as aligned text in a .txt, in <pre>, in <br>-separated lines and in a white-space:pre block.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import { tidyValues } from '../../src/cli/tidy';
import { buildModel } from '../../src/extract';
import { readHtmlString } from '../../src/node/cheerio';
import { findAlignedTables, runsOf } from '../../src/page/aligned';
import { readText } from '../../src/page/text';
import { TEMPLATES, TABLE3_COLUMNS, TABLE4 } from '../../src/template';
import { buildDoc, cellKey, generateReport, mutateCell, type Report } from '../generator';
import { relationFindings, type ExpectedFinding } from '../generator/fixtures';
import { alignedPage, alignedText, ALIGNED_SHAPES, type AlignedOptions, type AlignedShape } from '../generator/render/aligned';
import { describeFinding, errorsAndWarnings, mismatches } from '../support/expect';

const FORMATS = join(__dirname, '../fixtures/formats');

function audit(report: Report, shape: AlignedShape, opts: AlignedOptions) {
  const doc = buildDoc(report);
  const page = shape === 'txt' ? readText(alignedText(doc, opts)) : readHtmlString(alignedPage(doc, shape, opts));
  return auditDoc(page, `gen:${report.seed}:${shape}`).result;
}

describe('runs and columns', () => {
  it('a CJK character is two columns wide, runs split at two spaces or a tab', () => {
    expect(runsOf('规章  1 0\t11')).toEqual([
      { text: '规章', start: 0, end: 4 }, { text: '1 0', start: 6, end: 9 }, { text: '11', start: 16, end: 18 },
    ]);
  });

  it('a wrapped label, values on its middle line, a side label one character a line: one row each', () => {
    const lines = [
      '                    自然人    总计',
      '一、本年新收政府信息公开申请数量      3        3',
      '      （一）予以公开             1        1',
      '三、    1.申请人无正当理由逾期不补',
      '本      正、行政机关不再处理其政府信    2        2',
      '        息公开申请',
      '年      2.重复申请                    0        0',
    ];
    const [t] = findAlignedTables(lines, (l, f) => `L${l}.f${f}`);
    const rows = t.block.rows.map((r) => r.map((c) => c.text));
    expect(rows).toEqual([
      ['自然人', '总计'],
      ['一、本年新收政府信息公开申请数量', '3', '3'],
      ['（一）予以公开', '1', '1'],
      // the side label goes with the rows beside it (the numbering restarting at 1. begins them)
      ['三、本年', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2', '2'],
      ['三、本年', '2.重复申请', '0', '0'],
    ]);
    expect(t.block.shape).toBe('aligned');
  });

  it('a value missing from a row stays in its column (blank cell), found by position', () => {
    const lines = ['规章              1       0      11', '行政规范性文件    8              66'];
    const [t] = findAlignedTables(lines, (l, f) => `L${l}.f${f}`);
    expect(t.block.rows[1].map((c) => c.text)).toEqual(['行政规范性文件', '8', '', '66']);
  });

  it('prose with numbers is no table', () => {
    expect(findAlignedTables(['全年共受理申请 3119 件，答复 3050 件。', '其中 34 件为上年结转。'], (l, f) => `${l}.${f}`)).toEqual([]);
  });
});

describe('pdftotext -layout of huaian-2024.pdf (a real six-page PDF exported from Word)', () => {
  const text = readFileSync(join(FORMATS, 'huaian-2024-layout.txt'), 'utf8');

  it('report, 2024, 2021 template, consistent, no error or warning', () => {
    const { result } = auditDoc(readText(text), 'huaian-2024-layout.txt');
    expect(result).toMatchObject({ isReport: true, year: 2024, template: '2021', verdict: 'consistent' });
    expect(errorsAndWarnings(result).map(describeFinding)).toEqual([]);
    expect(result.notChecked ?? []).toEqual([]);
  });

  it('extract: table 3 gives the numbers the README lists', () => {
    const values = tidyValues(buildModel(readText(text), 'huaian'));
    const row = (path: string) => values.filter((v) => v.table === 3 && v.row === path).map((v) => v.value);
    const rows = TEMPLATES['2021'].table3.rows.map((r) => r.path.join(' / '));
    expect(row(rows.find((r) => r.startsWith('一、'))!)).toEqual([3001, 53, 0, 0, 61, 4, 3119]);
    expect(row(rows.find((r) => r.startsWith('二、'))!)).toEqual([34, 0, 0, 0, 0, 0, 34]);
    expect(row(rows.find((r) => r.endsWith('（七）总计'))!)).toEqual([2932, 53, 0, 0, 61, 4, 3050]);
    expect(row(rows.find((r) => r.startsWith('四、'))!)).toEqual([103, 0, 0, 0, 0, 0, 103]);
    // every row of the template read, seven values each
    expect(new Set(values.filter((v) => v.table === 3).map((v) => v.row)).size).toBe(rows.length);
    const t4 = values.filter((v) => v.table === 4).map((v) => v.value);
    expect(t4).toEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
  });
});

/** every value cell of tables 3 and 4 */
const cellsOf = (report: Report) => [
  ...TEMPLATES[report.template].table3.rows.flatMap((r) => TABLE3_COLUMNS.map((c) => cellKey(3, r.id, c.id))),
  ...TABLE4.columns.map((c) => cellKey(4, '', c.id)),
];

const narrativeBroken = (after: Report) => {
  const t = after.table3;
  const stated = after.text.applications;
  return (stated !== t.new.total && stated !== t.new.total + t.carried.total) || (after.text.noReview && Object.values(after.table4).some((v) => v !== 0));
};

describe('generated reports with aligned-text tables, every shape', () => {
  const wraps: AlignedOptions[] = [{}, { wrapAt: 10 }, { wrapAt: 7 }];
  for (const shape of ALIGNED_SHAPES) {
    it(`${shape}: consistent reports give no error or warning`, () => {
      for (const [i, seed] of [11, 12, 13, 14].entries()) {
        const report = generateReport(seed, { year: [2020, 2021, 2022, 2023][i] });
        const result = audit(report, shape, wraps[i % wraps.length]);
        expect(result.isReport).toBe(true);
        expect(errorsAndWarnings(result).map(describeFinding), `seed ${seed}`).toEqual([]);
        expect(result.verdict).toBe('consistent');
      }
    });

    it(`${shape}: one changed cell fires exactly its relations, at its row and column`, () => {
      for (let k = 0; k < 6; k++) {
        const report = generateReport(100 + k, { year: 2021 + (k % 3) });
        const cells = cellsOf(report);
        const key = cells[(k * 37 + 5) % cells.length];
        const m = mutateCell(report, key, k % 2 ? -2 : 3);
        const expected: ExpectedFinding[] = relationFindings(m.report, m.expected);
        if (narrativeBroken(m.report)) expected.push({ rule: 'narrative-mismatch' });
        const result = audit(m.report, shape, wraps[k % wraps.length]);
        expect(mismatches(result, expected, true), `${shape} ${key}: ${m.from} → ${m.to}`).toEqual([]);
        expect(result.verdict).toBe('inconsistent');
      }
    });
  }
});
