// Word files: generated reports saved as .docx by LibreOffice (test/fixtures/office) read through mammoth and the
// walker give what their HTML gives; damaged, encrypted and legacy Office files are clear error rows, never a crash.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import { readHtmlString } from '../../src/node/cheerio';
import { readDocxBytes } from '../../src/node/docx';
import { expandInputs, InputError, loadBytes, loadInput, STDIN } from '../../src/node/load';
import { isDocx, isOle2, zipEntries } from '../../src/page/docx';
import type { Expected } from '../generator/fixtures';
import { mismatches } from '../support/expect';
import { findingKey } from '../property/harness';

const OFFICE = join(__dirname, '../fixtures/office');
interface Manifest { name: string; from: string; description: string; expected: Expected }
const manifests: Manifest[] = readdirSync(OFFICE).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(OFFICE, f), 'utf8')) as Manifest);
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(OFFICE, file)));

/** OLE2 header (what .doc, .xls, .wps, .et and encrypted .docx start with) and some filler */
const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

describe('generated reports through Word (LibreOffice .docx)', () => {
  it('there is a fixture set, consistent and broken', () => {
    expect(manifests.length).toBeGreaterThanOrEqual(6);
    expect(manifests.some((m) => m.expected.verdict === 'consistent')).toBe(true);
    expect(manifests.some((m) => m.expected.findings.some((f) => f.row || f.column))).toBe(true);
  });

  for (const m of manifests) {
    it(`${m.name}: ${m.description}`, async () => {
      const doc = await readDocxBytes(bytesOf(`${m.name}.docx`));
      const { result } = auditDoc(doc, `${m.name}.docx`);
      expect(mismatches(result, m.expected.findings, m.expected.only)).toEqual([]);
      expect(result.verdict).toBe(m.expected.verdict);
      expect(result.year).toBe(m.expected.year);
      expect(result.template).toBe(m.expected.template);
      // the same findings as the HTML the .docx was made from
      const html = auditDoc(readHtmlString(readFileSync(join(OFFICE, `${m.name}.html`), 'utf8')), m.name).result;
      expect(result.findings.map(findingKey).sort()).toEqual(html.findings.map(findingKey).sort());
    });
  }

  it('merged cells keep their spans (grid copies of a rowspan/colspan cell)', async () => {
    const doc = await readDocxBytes(bytesOf('consistent-word-2023.docx'));
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(3);
    for (const t of tables) expect(t.rows.flat().some((c) => !c.origin)).toBe(true);
  });

  it('sniffing: a .docx is a ZIP with word/document.xml; an .html is not', () => {
    const docx = bytesOf('consistent-clean-2022.docx');
    expect(isDocx(docx)).toBe(true);
    expect(zipEntries(docx)!.map((e) => e.name)).toContain('word/document.xml');
    expect(isDocx(bytesOf('consistent-clean-2022.html'))).toBe(false);
    expect(isOle2(OLE2)).toBe(true);
    expect(isOle2(docx)).toBe(false);
  });
});

describe('loading Word and legacy Office files in the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gra-docx-'));
  const put = (name: string, bytes: Uint8Array) => { writeFileSync(join(dir, name), bytes); return join(dir, name); };

  it('a .docx file, and .docx bytes on stdin or under any name (magic bytes)', async () => {
    const bytes = bytesOf('broken-balance.docx');
    for (const source of [put('r.docx', bytes), put('r.bin', bytes)]) {
      const { doc } = await loadInput(source);
      expect(auditDoc(doc, source).result.findings.map((f) => f.rule)).toContain('balance');
    }
    const { doc } = await loadBytes(STDIN, bytes);
    expect(auditDoc(doc, STDIN).result.verdict).toBe('inconsistent');
  });

  it('directories list .docx, and .doc/.wps/.et/.xls so that they get the clear message', async () => {
    const sub = mkdtempSync(join(tmpdir(), 'gra-docx-dir-'));
    for (const n of ['a.docx', 'b.doc', 'c.wps', 'd.et', 'e.xls', 'f.png']) writeFileSync(join(sub, n), 'x');
    expect(await expandInputs([sub])).toEqual(['a.docx', 'b.doc', 'c.wps', 'd.et', 'e.xls'].map((n) => join(sub, n)));
  });

  it.each(['.doc', '.wps', '.et', '.xls'])('%s → "save it as .docx or PDF", not a crash', async (ext) => {
    const err = await loadInput(put(`old${ext}`, OLE2)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(`无法读取此格式（${ext}）：请另存为 .docx 或 PDF`);
    expect((err as Error).message).toContain('save it as .docx or PDF');
  });

  it('OLE2 bytes on stdin: the same message; an OLE2 file named .docx is an encrypted Word file', async () => {
    await expect(loadBytes(STDIN, OLE2)).rejects.toThrow(/请另存为 \.docx 或 PDF/);
    await expect(loadInput(put('secret.docx', OLE2))).rejects.toThrow(/已加密.*encrypted/);
  });

  it('a .doc that is really an HTML page (Word "save as web page") is read as HTML', async () => {
    const path = put('page.doc', readFileSync(join(OFFICE, 'consistent-clean-2022.html')));
    expect(auditDoc((await loadInput(path)).doc, path).result.isReport).toBe(true);
  });

  it('a damaged .docx (cut short, or its document.xml garbled) is an InputError, not a crash', async () => {
    const whole = bytesOf('consistent-clean-2022.docx');
    await expect(loadInput(put('cut.docx', whole.slice(0, whole.length / 2)))).rejects.toThrow(/damaged/);
    // the directory intact, the data garbled: mammoth itself fails
    const garbled = whole.slice();
    for (let i = 200; i < garbled.length - 2000; i++) garbled[i] ^= 0x5a;
    const err = await loadBytes('garbled.docx', garbled).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/Word/);
  });

  it('other Office ZIPs (.xlsx) get the format message', async () => {
    // a minimal ZIP directory naming xl/workbook.xml
    const name = new TextEncoder().encode('xl/workbook.xml');
    const local = new Uint8Array(30 + name.length);
    local.set([0x50, 0x4b, 3, 4]); local[26] = name.length; local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    central.set([0x50, 0x4b, 1, 2]); central[28] = name.length; central.set(name, 46);
    const end = new Uint8Array(22);
    end.set([0x50, 0x4b, 5, 6]); end[8] = 1; end[10] = 1; end[12] = central.length; end[16] = local.length;
    const zip = new Uint8Array([...local, ...central, ...end]);
    expect(zipEntries(zip)!.map((e) => e.name)).toEqual(['xl/workbook.xml']);
    await expect(loadBytes(STDIN, zip)).rejects.toThrow(/\.xlsx.*save it as \.docx or PDF/);
  });
});
