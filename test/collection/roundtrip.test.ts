// Export → import into an empty collection → export: the same data, notes, statuses and odd text included;
// the CSV read back has one row per finding, the right columns and a byte-order mark.
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../src/collection/import';
import { collectionCsv as toCsv, CSV_FIELDS, toBackup, toJsonl } from '../../src/collection/export';
import { saveCapture } from '../../src/collection/save';
import { edited } from '../../src/collection/record';
import { findingKeys, type SavedReport } from '../../src/collection/schema';
import { crossYearById, yearLinks } from '../../src/collection/years';
import type { Collection } from '../../src/collection/db';
import { fixtureCaptures, freshCollection, twoYears } from './support';

const ODD = [
  'He said "stop", then \'go\'', 'two\nlines\r\nand a tab\there', '表格😀🧾 emoji', '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example","click")', '+1+1', '-2-3', '@SUM(A1:A2)', '', ' leading and trailing ',
];

/** every fixture saved, the two years of one agency too, each report and finding annotated with odd text */
async function annotatedCollection(): Promise<{ col: Collection; records: SavedReport[] }> {
  const col = freshCollection();
  const { y2022, y2023 } = twoYears();
  for (const c of [...fixtureCaptures(), y2022, y2023]) await saveCapture(col, c);
  const statuses = ['confirmed', 'false-alarm', 'to-check'] as const;
  for (const [i, r] of (await col.all()).entries()) {
    const annotations = Object.fromEntries(findingKeys(r.findings).map((k, j) =>
      [k, { note: ODD[(i + j) % ODD.length], status: statuses[(i + j) % 3] }]));
    await col.write({ put: [edited(r, { note: ODD[i % ODD.length], annotations }, new Date(`2025-04-0${(i % 9) + 1}T10:00:00Z`))] });
  }
  return { col, records: await col.all() };
}

async function importInto(col: Collection, text: string) {
  const plan = await planImport(col, text);
  expect(plan.problems).toEqual([]);
  expect(plan.conflicts).toEqual([]);
  return applyImport(col, plan, null);
}

describe('round trip', () => {
  it('JSON Lines: export, import into an empty collection, export again gives the same lines', async () => {
    const { records } = await annotatedCollection();
    const jsonl = toJsonl(records);
    expect(jsonl.trimEnd().split('\n')).toHaveLength(records.length);
    const empty = freshCollection();
    expect(await importInto(empty, jsonl)).toEqual({ added: records.length, replaced: 0, skipped: 0 });
    expect(toJsonl(await empty.all())).toBe(jsonl);
    expect(await empty.all()).toEqual(records);
  });

  it('backup: export, import into an empty collection, export again gives the same reports', async () => {
    const { records } = await annotatedCollection();
    const at = new Date('2025-05-01T00:00:00Z');
    const backup = toBackup(records, at);
    expect(JSON.parse(backup)).toMatchObject({ format: 'gov-report-auditor/collection', schemaVersion: 2, reports: records });
    const empty = freshCollection();
    await importInto(empty, backup);
    expect(toBackup(await empty.all(), at)).toBe(backup);
  });

  it('importing the same file again changes nothing and asks nothing', async () => {
    const { col, records } = await annotatedCollection();
    const plan = await planImport(col, toJsonl(records));
    expect(plan).toMatchObject({ unchanged: records.length, fresh: [], conflicts: [], problems: [] });
  });
});

describe('CSV for Excel', () => {
  it('starts with a BOM, has the columns, and one row per finding (cross-year findings on the later year)', async () => {
    const { records } = await annotatedCollection();
    const csv = toCsv(records, 'zh');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_FIELDS]);
    const crossYear = crossYearById(yearLinks(records, 'zh'));
    const expected = records.flatMap((r) => [...r.findings, ...(crossYear.get(r.id) ?? [])].map((f) => ({ r, f })));
    // seed 002 is saved twice (its own URL and as the 2023 of the pair): both 2023 saves meet the 2022 report
    expect(crossYear.size).toBe(2);
    for (const found of crossYear.values()) expect(found.map((f) => f.rule)).toContain('carry-over');
    expect(parsed.data).toHaveLength(expected.length);
    parsed.data.forEach((row, i) => {
      const { r, f } = expected[i];
      expect(row.url).toBe(r.url);
      expect(row.agency).toBe(r.agency ?? '');
      expect(row.year).toBe(String(r.year ?? ''));
      expect(row.rule).toBe(f.rule);
      expect(row.severity).toBe(f.severity);
      expect(['confirmed', 'false-alarm', 'to-check']).toContain(row.status);
    });
  });

  it('notes come back as written, except that formula-looking ones are neutralised with an apostrophe', async () => {
    const { records } = await annotatedCollection();
    const notes = Papa.parse<Record<string, string>>(toCsv(records, 'en').slice(1), { header: true }).data.map((r) => r.note);
    for (const odd of ODD) {
      const shown = /^[=+\-@]/.test(odd) ? `'${odd}` : odd;
      expect(notes).toContain(shown);
    }
    expect(notes.some((n) => n.startsWith('='))).toBe(false);
  });
});
