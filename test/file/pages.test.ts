// Page numbers of findings and tables read from a PDF; none for other sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingPages, pageSpan, tablePages } from '../../src/file/pages';
import { readPdfBytes } from '../../src/node/pdf';
import { buildModel } from '../../src/extract';
import type { Finding } from '../../src/model/types';

const ROOT = join(__dirname, '../..');

describe('page numbers', () => {
  it('from PDF anchors; null for HTML and text anchors', () => {
    expect(pageSpan(['p4.t0.r3.c1', 'p5.t0.r2.c1', 'p4.t0'])).toEqual([4, 5]);
    expect(pageSpan(['t3.r1.c2', 'L12', 'b4', null])).toBeNull();
    const f = (anchor: string | null, cells: string[], page?: number): Finding => ({
      rule: 'row-total', severity: 'error', message: '', expected: 1, actual: 2,
      location: { table: 3, section: null, row: null, column: null, anchor, cells, ...(page ? { page } : {}) },
    });
    expect(findingPages(f('p5.t0.r2.c7', ['p5.t0.r2.c1', 'p5.t0.r2.c7']))).toEqual([5, 5]);
    expect(findingPages(f('t1.r2.c3', []))).toBeNull();
    expect(findingPages(f(null, [], 6))).toEqual([6, 6]);
  });

  it('the real PDF: table 2 on pages 3–4, table 3 on 4–5 (as pdftotext shows them)', async () => {
    const doc = await readPdfBytes(new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/real/huaian-2024.pdf'))));
    const model = buildModel(doc, 'huaian-2024.pdf');
    expect(tablePages(model.tables['2']!)).toEqual([3, 4]);
    expect(tablePages(model.tables['3']!)).toEqual([4, 5]);
    expect(tablePages(model.tables['4']!)).toEqual([5, 5]);
  }, 60_000);
});
