// PDF reader: the real huaian-2024.pdf read as its README says a careful reader finds it; the layout rules on small
// hand-placed pages; scans, encrypted and broken files.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import type { ReportModel } from '../../src/model/types';
import { pageOfAnchor } from '../../src/page/anchor';
import { collectPdfText, pdfTextToDoc, type PdfDocumentLike, type PdfPageText, type PdfTextItem } from '../../src/page/pdf';
import type { Block, TableBlock } from '../../src/page/types';
import { isPdf, readPdfBytes, readPdfPages } from '../../src/node/pdf';
import { InputError } from '../../src/node/load';
import { imageOnlyPdf } from '../support/pdf';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
const HUAIAN = fixture('real/huaian-2024.pdf');

const rowValues = (model: ReportModel, table: '2' | '3' | '4') =>
  Object.fromEntries(model.tables[table]!.rows.map((r) => [r.id, r.cells.map((c) => c.value)]));
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (blocks: Block[]) => blocks.filter((b) => b.kind === 'text').map((b) => (b as { text: string }).text);

describe('huaian-2024.pdf — 淮安市人民政府 2024, six pages exported from Word', () => {
  let pages: PdfPageText[];
  beforeAll(async () => { ({ pages } = await readPdfPages(HUAIAN)); }, 60_000);
  const read = () => auditDoc(pdfTextToDoc(pages), 'huaian-2024.pdf');

  it('is a consistent 2024 report on the 2021 template by 淮安市人民政府, with no error or warning', () => {
    const { result, model } = read();
    expect(result).toMatchObject({ isReport: true, year: 2024, template: '2021', agency: '淮安市人民政府', verdict: 'consistent' });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(model.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
  });

  it('reads table 3 exactly, every row and column (split over pages 4 and 5, joined)', () => {
    const { model } = read();
    expect(rowValues(model, '3')).toEqual({
      new: [3001, 53, 0, 0, 61, 4, 3119], carried: [34, 0, 0, 0, 0, 0, 34],
      granted: [1288, 21, 0, 0, 50, 3, 1362], partial: [447, 7, 0, 0, 0, 0, 454],
      'refused.1': [2, 0, 0, 0, 0, 0, 2], 'refused.2': [30, 1, 0, 0, 0, 0, 31], 'refused.3': [5, 0, 0, 0, 0, 0, 5],
      'refused.4': [6, 0, 0, 0, 0, 0, 6], 'refused.5': [7, 1, 0, 0, 0, 0, 8], 'refused.6': [12, 0, 0, 0, 0, 0, 12],
      'refused.7': [9, 0, 0, 0, 0, 0, 9], 'refused.8': [105, 0, 0, 0, 0, 0, 105],
      'unable.1': [746, 12, 0, 0, 10, 1, 769], 'unable.2': [11, 0, 0, 0, 0, 0, 11], 'unable.3': [1, 0, 0, 0, 0, 0, 1],
      'notProcessed.1': [56, 6, 0, 0, 0, 0, 62], 'notProcessed.2': [25, 0, 0, 0, 0, 0, 25], 'notProcessed.3': [0, 0, 0, 0, 0, 0, 0],
      'notProcessed.4': [0, 0, 0, 0, 0, 0, 0], 'notProcessed.5': [1, 0, 0, 0, 0, 0, 1],
      'other.1': [67, 3, 0, 0, 1, 0, 71], 'other.2': [6, 0, 0, 0, 0, 0, 6], 'other.3': [108, 2, 0, 0, 0, 0, 110],
      total: [2932, 53, 0, 0, 61, 4, 3050], carryOver: [103, 0, 0, 0, 0, 0, 103],
    });
    expect(model.tables['3']!.anchors.map(pageOfAnchor)).toEqual([4, 5]);
  });

  it('reads table 4 under its three-level header, and table 2 split over pages 3 and 4', () => {
    const { model } = read();
    expect(rowValues(model, '4').outcomes).toEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
    expect(rowValues(model, '2')).toEqual({
      'item1.regulations': [1, 0, 11], 'item1.normativeDocs': [8, 26, 66], 'item5.licensing': [447228],
      'item6.penalty': [3985758], 'item6.enforcement': [88283], 'item8.fees': [96171.6],
    });
    expect(model.tables['2']!.anchors.map(pageOfAnchor)).toEqual([3, 4]);
  });

  it('joins the side label written one character per line, and header words broken mid-word', () => {
    const doc = pdfTextToDoc(pages);
    const cells = tables(doc.blocks).flatMap((t) => t.rows.flat().filter((c) => c.origin).map((c) => c.text.replace(/\s/g, '')));
    expect(cells).toContain('三、本年度办理结果');
    expect(cells).toContain('商业企业');
    expect(cells).toContain('科研机构');
    expect(cells).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
  });

  it('drops the page numbers, keeps section headings as blocks of their own, merges prose lines into paragraphs', () => {
    const doc = pdfTextToDoc(pages);
    const t = texts(doc.blocks);
    expect(t.filter((s) => /^[-—\s]*\d+[-—\s]*$/.test(s))).toEqual([]);
    for (const h of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '六、其他需要报告的事项']) expect(t).toContain(h);
    // the paragraph on applications runs from page 2 over four lines
    expect(t.some((s) => s.includes('全市共受理政府信息公开申请') && s.includes('均在法定期限内予以答复'))).toBe(true);
    expect(doc.title.replace(/\s/g, '')).toBe('淮安市人民政府2024年政府信息公开工作年度报告');
  });

  it('collectPdfText walks a pdfjs document opened directly (as the extension does) to the same pages', async () => {
    const { createRequire } = await import('node:module');
    const { dirname, join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const pdfjs = await import(pathToFileURL(join(root, 'legacy/build/pdf.mjs')).href);
    const task = pdfjs.getDocument({
      data: new Uint8Array(HUAIAN), cMapUrl: `${pathToFileURL(join(root, 'cmaps')).href}/`, cMapPacked: true,
      standardFontDataUrl: `${pathToFileURL(join(root, 'standard_fonts')).href}/`, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0,
    });
    const direct = await collectPdfText((await task.promise) as unknown as PdfDocumentLike, { ops: pdfjs.OPS });
    await task.destroy();
    expect(direct.pages.map((p) => p.items.length)).toEqual(pages.map((p) => p.items.length));
    expect(direct.pages.map((p) => p.rules?.length)).toEqual(pages.map((p) => p.rules?.length));
    expect(rowValues(auditDoc(pdfTextToDoc(direct.pages), 'x').model, '3')).toEqual(rowValues(read().model, '3'));
  }, 60_000);

  it('finds a changed number at its row and column, with the page it is on', () => {
    const edited = structuredClone(pages);
    const p4 = edited.find((p) => p.page === 4)!;
    const total = p4.items.filter((it) => it.str === '3119');
    expect(total).toHaveLength(1);
    total[0].str = '3118';
    const { result } = auditDoc(pdfTextToDoc(edited), 'edited.pdf');
    const f = result.findings.find((x) => x.rule === 'row-total');
    expect(f).toBeDefined();
    expect(f!.location).toMatchObject({ table: 3, column: '总计', page: 4 });
    expect(f!.location.row).toContain('一、本年新收政府信息公开申请数量');
    expect(result.verdict).toBe('inconsistent');

    const again = structuredClone(pages);
    again.find((p) => p.page === 5)!.items.find((it) => it.str === '351')!.str = '350';
    const r4 = auditDoc(pdfTextToDoc(again), 'edited.pdf').result.findings.find((x) => x.rule === 'review-total');
    expect(r4?.location).toMatchObject({ table: 4, page: 5 });
  });
});

// ───── layout rules on hand-placed pages ─────

const A4 = { width: 595, height: 842 };
const item = (str: string, x: number, y: number, h = 12): PdfTextItem => ({ str, x, y, w: str.length * h, h });
const page = (n: number, items: PdfTextItem[], rules?: PdfPageText['rules']): PdfPageText => ({ page: n, ...A4, items, ...(rules ? { rules } : {}) });

describe('layout rules', () => {
  it('drops page numbers of every usual shape and a running header, keeps the body', () => {
    const shapes = ['- 1 -', '— 2 —', '第3页', '4/6', '第 5 页 共 6 页', '6'];
    const pages = shapes.map((num, i) => page(i + 1, [
      item('某某市某某局文件', 200, 40),
      { ...item(`正文第${i + 1}页的一段文字，写满一行`, 96, 300), w: 427 }, item('接着写完。', 72, 320),
      item(num, 280, 800),
    ]));
    const t = texts(pdfTextToDoc(pages).blocks);
    expect(t).toEqual(shapes.map((_, i) => `正文第${i + 1}页的一段文字，写满一行接着写完。`));
  });

  it('merges wrapped prose lines, starts a paragraph at an indent, keeps headings apart', () => {
    const doc = pdfTextToDoc([page(1, [
      item('某某县2023年政府信息公开工作年度报告', 120, 80, 20),
      item('一、总体情况', 96, 140),
      item('本年度我局认真贯彻落实条例，主动公开政府信息一百二十条，', 96, 170),
      item('依申请公开工作规范有序，全年收到申请12件。', 72, 190),
      item('（一）主动公开。全年主动公开信息多条，内容覆盖各个领域，', 96, 220),
      item('及时准确。', 72, 240),
    ])]);
    expect(texts(doc.blocks)).toEqual([
      '某某县2023年政府信息公开工作年度报告',
      '一、总体情况',
      '本年度我局认真贯彻落实条例，主动公开政府信息一百二十条，依申请公开工作规范有序，全年收到申请12件。',
      '（一）主动公开。全年主动公开信息多条，内容覆盖各个领域，及时准确。',
    ]);
    expect(doc.title).toBe('某某县2023年政府信息公开工作年度报告');
  });

  it('builds a ruled grid: spans from missing borders, a vertical label, values on the middle line of a wrapped label', () => {
    // columns at x 50 | 80 | 200 | 250 | 300 ; rows at y 100 | 130 | 160 | 190
    const xs = [50, 80, 200, 250, 300];
    const ys = [100, 130, 160, 190];
    const rules: NonNullable<PdfPageText['rules']> = [];
    for (const y of ys) rules.push({ x1: y === 130 || y === 160 ? 80 : 50, y1: y, x2: 300, y2: y }); // the side column spans rows
    for (const x of xs) rules.push({ x1: x, y1: 100, x2: x, y2: 190 });
    const items = [
      item('三', 55, 125, 10), item('、', 55, 140, 10), item('本', 55, 155, 10), item('年', 55, 170, 10), // one character per line
      item('（一）予以', 85, 108 + 4, 8), item('公开', 85, 118 + 4, 8), item('5', 210, 118, 8), item('5', 260, 118, 8), // wrapped
      item('（二）部分公开', 85, 150, 8), item('2', 210, 150, 8), item('2', 260, 150, 8),
      item('（七）总计', 85, 180, 8), item('7', 210, 180, 8), item('7', 260, 180, 8),
    ];
    const [t] = tables(pdfTextToDoc([page(1, items, rules)]).blocks);
    expect(t.shape).toBe('pdf');
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['三、本年', '（一）予以公开', '5', '5'],
      ['三、本年', '（二）部分公开', '2', '2'],
      ['三、本年', '（七）总计', '7', '7'],
    ]);
    expect(t.rows[1][0].origin).toBe(false);
    expect(t.rows[0][1].anchor).toBe('p1.t0.r0.c1');
  });

  it('reads a table drawn without lines from the numbers’ columns, a wrapped label joined to its values', () => {
    const items = [
      { ...item('申请人情况', 210, 100, 10), w: 100 },
      item('自然人', 200, 115, 10), item('商业企', 250, 115, 10), item('总计', 300, 115, 10),
      item('业', 250, 127, 10),
      item('一、本年新收政府信息公开申请', 40, 140, 10), item('3', 205, 147, 10), item('1', 255, 147, 10), item('4', 305, 147, 10),
      item('数量', 40, 154, 10),
      item('二、上年结转政府信息公开申请数量', 30, 175, 8), item('0', 205, 175, 10), item('2', 255, 175, 10), item('2', 305, 175, 10),
    ];
    const [t] = tables(pdfTextToDoc([page(1, items)]).blocks);
    const grid = t.rows.map((r) => r.map((c) => c.text));
    expect(grid).toContainEqual(['一、本年新收政府信息公开申请数量', '3', '1', '4']);
    expect(grid).toContainEqual(['二、上年结转政府信息公开申请数量', '0', '2', '2']);
    expect(grid.flat()).toContain('商业企业');
  });

  it('gives a document with no text at all as unreadable (a scan)', () => {
    const doc = pdfTextToDoc([page(1, []), page(2, [{ str: ' ', x: 0, y: 0, w: 0, h: 0 }])]);
    expect(doc.unreadable).toMatch(/^scanned/);
  });
});

// ───── scans, encrypted and broken files ─────

describe('scans, encrypted and broken PDFs', () => {
  it('a scan (images, no text layer) is unverified, "scanned: no text to read" — not "no report", never inconsistent', async () => {
    const doc = await readPdfBytes(imageOnlyPdf());
    expect(doc.unreadable).toBeDefined();
    const zh = auditDoc(doc, 'scan.pdf', { lang: 'zh' }).result;
    expect(zh.verdict).toBe('unverified');
    expect(zh.findings).toEqual([]);
    expect(zh.notChecked.map((n) => n.reason)).toEqual(['扫描件：没有可读取的文字']);
    expect(auditDoc(doc, 'scan.pdf', { lang: 'en' }).result.notChecked[0].reason).toBe('scanned: no text to read');
  }, 30_000);

  it('an encrypted PDF is a clear input error', async () => {
    await expect(readPdfBytes(fixture('pdf/encrypted.pdf'))).rejects.toThrow(InputError);
    await expect(readPdfBytes(fixture('pdf/encrypted.pdf'))).rejects.toThrow(/encrypted PDF/);
  }, 30_000);

  it('a truncated or corrupt PDF is a clear input error, not a crash', async () => {
    await expect(readPdfBytes(HUAIAN.slice(0, 2000))).rejects.toThrow(InputError);
    await expect(readPdfBytes(new TextEncoder().encode('%PDF-1.7\nnot a pdf at all\n%%EOF'))).rejects.toThrow(/PDF/);
  }, 30_000);

  it('tells a PDF by its magic bytes', () => {
    expect(isPdf(HUAIAN)).toBe(true);
    expect(isPdf(new TextEncoder().encode('\n\n%PDF-1.4'))).toBe(true);
    expect(isPdf(new TextEncoder().encode('<html>%PDF in text</html>'.padStart(2000, ' ')))).toBe(false);
    expect(isPdf(new TextEncoder().encode('<html><body>年度报告</body></html>'))).toBe(false);
  });
});
