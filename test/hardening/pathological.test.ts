// Pathological pages through the CLI's path (file → bytes → charset → page model → audit → JSON): each is audited
// or declined with a message, never crashes, keeps to the caps, and says so when a cap cut it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isInputError, type OutputObject } from '../../src/cli/output';
import type { AuditResult } from '../../src/model/types';
import { loadInput } from '../../src/node/load';
import { MAX_BLOCK_TEXT, MAX_COLSPAN, MAX_TABLE_ROWS, MAX_TABLES } from '../../src/page/limits';
import type { PageDoc, TableBlock } from '../../src/page/types';
import { capViolations, schemaErrors } from '../fuzz/invariants';
import { auditJson, inputFile } from './cli';
import { PATHOLOGICAL, type PathologicalName } from './pages';

const REAL_PATH = new URL('../fixtures/real/shuyang-fgj-2023.html', import.meta.url).pathname;
const GBK_PATH = new URL('../fixtures/html/gbk-word-export.html', import.meta.url).pathname;

const tables = (doc: PageDoc) => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const rules = (r: AuditResult) => r.findings.map((f) => f.rule).sort();

interface Outcome { doc: PageDoc; object: OutputObject }

/** load as the CLI does, check the page model against the caps and the output against the schema */
async function run(name: string, content: string | Uint8Array): Promise<Outcome> {
  const path = inputFile(name, content);
  const objects = await auditJson(path);
  expect(objects).toHaveLength(1);
  expect(schemaErrors(objects[0])).toEqual([]);
  const doc = isInputError(objects[0]) ? { title: '', meta: {}, blocks: [] } : (await loadInput(path)).doc;
  expect(capViolations(doc)).toEqual([]);
  return { doc, object: objects[0] };
}

const report = (o: Outcome) => {
  expect(isInputError(o.object)).toBe(false);
  return o.object as AuditResult;
};

let real: AuditResult;
beforeAll(async () => { real = report(await run('real.html', readFileSync(REAL_PATH))); });

const page = (name: PathologicalName) => run(`${name}.html`, PATHOLOGICAL[name]());

describe('pathological pages (Node)', () => {
  it('colspan=100000 is clamped to 1000 columns, as Chromium clamps it, without cutting the page', async () => {
    const { doc } = await page('colspan-100000');
    const [t] = tables(doc);
    expect(t.rows[0]).toHaveLength(MAX_COLSPAN);
    expect(new Set(t.rows[0].map((c) => c.anchor))).toEqual(new Set(['t0.r0.c0']));
    expect(doc.truncated).toBeUndefined();
  });

  it('rowspan=65535 spans the rows the table has and no more', async () => {
    const { doc, object } = await page('rowspan-65535');
    const [t] = tables(doc);
    expect(t.rows.map((r) => r[0].anchor)).toEqual(['t0.r0.c0', 't0.r0.c0', 't0.r0.c0']);
    expect(doc.truncated).toBeUndefined();
    expect(report({ doc, object }).isReport).toBe(true);
  });

  it('a row wider than the column cap is cut, and the page says so', async () => {
    const { doc } = await page('colspan-and-rowspan');
    const [t] = tables(doc);
    expect(t.rows.map((r) => r.length)).toEqual([MAX_COLSPAN, MAX_COLSPAN, MAX_COLSPAN]);
    expect(doc.truncated).toMatch(/wider than 1000 columns/);
  });

  it('a 10,000-row table is cut to the row cap; the report around it is still audited', async () => {
    const o = await page('rows-10000');
    expect(Math.max(...tables(o.doc).map((t) => t.rows.length))).toBe(MAX_TABLE_ROWS);
    expect(o.doc.truncated).toBe(`table with 10000 rows cut to ${MAX_TABLE_ROWS}`);
    expect(report(o).verdict).toBe(real.verdict);
  });

  it('a 5 MB page of paragraphs is cut at the block cap; the report at its top is audited as without them', async () => {
    const html = PATHOLOGICAL['page-5mb']();
    expect(Buffer.byteLength(html)).toBeGreaterThan(5_000_000);
    const o = await page('page-5mb');
    expect(o.doc.truncated).toBe('too many blocks');
    expect(rules(report(o))).toEqual(rules(real));
  });

  it('a 5 MB paragraph is cut to the text cap, and the page says so', async () => {
    expect(Buffer.byteLength(PATHOLOGICAL['paragraph-5mb']())).toBeGreaterThan(5_000_000);
    const o = await page('paragraph-5mb');
    expect(Math.max(...o.doc.blocks.map((b) => (b.kind === 'text' ? b.text.length : 0)))).toBe(MAX_BLOCK_TEXT);
    expect(o.doc.truncated).toMatch(/text block cut/);
    expect(rules(report(o))).toEqual(rules(real));
  });

  it('a report inside tables nested 50 deep is read as page layout around it and audited alike', async () => {
    const o = await page('nested-50');
    expect(o.doc.truncated).toBeUndefined();
    expect(rules(report(o))).toEqual(rules(real));
  });

  it('1,000 tables on a page are all read; beyond the table cap the page is cut and says so', async () => {
    const many = await page('tables-1000');
    expect(tables(many.doc)).toHaveLength(1004);
    expect(many.doc.truncated).toBeUndefined();
    expect(rules(report(many))).toEqual(rules(real));
    const tooMany = await page('tables-3000');
    expect(tables(tooMany.doc)).toHaveLength(MAX_TABLES);
    expect(tooMany.doc.truncated).toBe('too many tables');
  });

  it('a report in an iframe in an iframe (srcdoc) is not the page\'s content: declined, not crashed', async () => {
    const o = await page('iframe-in-iframe');
    expect(report(o).verdict).toBe('not-a-report');
  });
});

describe('pathological inputs (bytes)', () => {
  /** deterministic bytes, so that a failure can be replayed */
  const garbage = (n: number, from: number, to: number) => {
    let x = 0x9e3779b9;
    return Uint8Array.from({ length: n }, () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return from + ((x >>> 0) % (to - from + 1)); });
  };

  it('binary garbage is declined with a message', async () => {
    const { object } = await run('garbage.html', garbage(65_536, 0, 255));
    expect(isInputError(object) && object.error).toMatch(/binary/);
  });

  it('high-byte garbage without control characters is declined as unreadable text, the encoding it was tried in named', async () => {
    const { object } = await run('noise.html', garbage(65_536, 0x80, 0xff));
    expect(isInputError(object) && object.error).toMatch(/^unreadable text \(decoded as gb18030\)$/);
  });

  it('GBK bytes declared as UTF-8 are read as GBK and audited as the correctly declared page', async () => {
    const bytes = readFileSync(GBK_PATH);
    const mislabelled = Buffer.from(bytes.toString('latin1').replace(/charset=(["']?)gbk/gi, 'charset=$1utf-8'), 'latin1');
    expect(mislabelled.toString('latin1')).toMatch(/charset="?utf-8/);
    const right = report(await run('gbk.html', bytes));
    const wrong = await run('gbk-as-utf8.html', mislabelled);
    expect(JSON.stringify(wrong.doc)).not.toContain('\ufffd');
    expect({ ...report(wrong), source: '' }).toEqual({ ...right, source: '' });
    expect(right.isReport).toBe(true);
  });

  it('a 10,000-row tab-separated file is cut to the row cap and says so', async () => {
    const text = `某某局2023年政府信息公开工作年度报告\n${'规章\t0\t0\t0\n'.repeat(10_000)}`;
    const { doc } = await run('rows.txt', text);
    expect(tables(doc)[0].rows).toHaveLength(MAX_TABLE_ROWS);
    expect(doc.truncated).toBe('table too large');
  });

  it('a 5 MB line of text is cut to the text cap and says so', async () => {
    const { doc } = await run('line.txt', `${'长'.repeat(1_700_000)}\t1\n${'文'.repeat(1_700_000)}\n`);
    expect(doc.truncated).toMatch(/text cut/);
  });
});
