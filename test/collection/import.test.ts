// Import: a bad entry is named by line and field and skipped, the rest come in; an entry for a page and year
// the collection holds is written only as the user chooses (keep the newer, or both).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../src/collection/import';
import { toBackup, toJsonl } from '../../src/collection/export';
import { edited, recordOf } from '../../src/collection/record';
import { saveCapture } from '../../src/collection/save';
import { fixtureCaptures, freshCollection } from './support';

async function threeRecords() {
  const [a, b, c] = fixtureCaptures();
  return [await recordOf(a), await recordOf(b), await recordOf(c)];
}

describe('bad entries', () => {
  it('JSON Lines: each bad line is named with its field and skipped; the good lines come in', async () => {
    const [a, b, c] = await threeRecords();
    const lines = [
      JSON.stringify(a),
      '{"schemaVersion": 2, "id": "half a line',
      JSON.stringify({ ...b, findings: [{ ...b.findings[0], severity: 'fatal' }] }),
      '',
      JSON.stringify({ ...c, annotations: { x: { note: 'n', status: 'maybe' } } }),
      JSON.stringify({ ...c, schemaVersion: 7 }),
      JSON.stringify({ ...c, evidence: { ...c.evidence, capturedText: `${c.evidence.capturedText} (edited)` } }),
      JSON.stringify({ ...c, surprise: 1 }),
      '[1, 2]',
      JSON.stringify(c),
    ];
    const col = freshCollection();
    const plan = await planImport(col, lines.join('\n'));
    expect(plan.problems.map((p) => [p.line, p.field])).toEqual([
      [2, null],
      [3, 'findings[0].severity'],
      [5, 'annotations["x"].status'],
      [6, 'schemaVersion'],
      [7, 'evidence.sha256'],
      [8, 'surprise'],
      [9, '(record)'],
    ]);
    expect(plan.problems[0].problem).toMatch(/^not JSON/);
    expect(plan.problems[3].problem).toMatch(/newer than this extension/);
    expect(await applyImport(col, plan, null)).toEqual({ added: 2, replaced: 0, skipped: 0 });
    expect((await col.all()).map((r) => r.id).sort()).toEqual([a.id, c.id].sort());
  });

  it('content, not only types: http(s) addresses only, capped strings and lists, unknown fields refused at every level', async () => {
    const [a, b, c] = await threeRecords();
    const f0 = b.findings[0];
    const lines = [
      JSON.stringify({ ...a, url: 'javascript:alert(document.domain)' }),
      JSON.stringify({ ...a, url: 'data:text/html,<script>x</script>' }),
      JSON.stringify({ ...b, note: 'x'.repeat(5 * 1024 * 1024) }),
      JSON.stringify({ ...b, findings: [{ ...f0, location: { ...f0.location, onclick: 'x' } }] }),
      JSON.stringify({ ...b, evidence: { ...b.evidence, tables: [{ anchor: 't0', rows: [], html: '<b>' }] } }),
      JSON.stringify({ ...b, findings: Array.from({ length: 10_001 }, () => f0) }),
      JSON.stringify({ ...c, annotations: { k: { note: 'n'.repeat(20_001), status: 'confirmed' } } }),
      JSON.stringify({ ...c, title: 't'.repeat(20_001) }),
      JSON.stringify(c),
    ];
    const plan = await planImport(freshCollection(), lines.join('\n'));
    expect(plan.problems.map((p) => [p.line, p.field, p.problem])).toEqual([
      [1, 'url', 'expected an http(s) address'],
      [2, 'url', 'expected an http(s) address'],
      [3, 'note', 'text longer than 20000 characters'],
      [4, 'findings[0].location.onclick', 'unknown field'],
      [5, 'evidence.tables[0].html', 'unknown field'],
      [6, 'findings', 'more than 10000 items'],
      [7, 'annotations["k"].note', 'text longer than 20000 characters'],
      [8, 'title', 'text longer than 20000 characters'],
    ]);
    expect(plan.fresh.map((r) => r.id)).toEqual([c.id]);
  });

  it('an import file over the size cap is refused before it is read', async () => {
    const { MAX_IMPORT_BYTES, tooLargeProblem } = await import('../../src/collection/import');
    const plan = await planImport(freshCollection(), ' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(plan.total).toBe(0);
    expect(plan.problems).toEqual([{ line: null, entry: 0, field: null, problem: tooLargeProblem(MAX_IMPORT_BYTES + 1) }]);
    expect(tooLargeProblem(MAX_IMPORT_BYTES + 1)).toMatch(/larger than 100 MB/);
  });

  it('a backup: a bad report line is named by its line in the file', async () => {
    const [a, b, c] = await threeRecords();
    const backup = toBackup([a, { ...b, year: 'last year' } as never, c]);
    const plan = await planImport(freshCollection(), backup);
    expect(plan.kind).toBe('backup');
    expect(plan.problems.map((p) => [p.line, p.entry, p.field])).toEqual([[3, 2, 'year']]);
    expect(plan.fresh.map((r) => r.id)).toEqual([a.id, c.id]);
  });

  it('a backup of a newer schema is refused as a whole, naming its version', async () => {
    const [a] = await threeRecords();
    const backup = toBackup([a]).replace('"schemaVersion":2,"exportedAt"', '"schemaVersion":3,"exportedAt"');
    const plan = await planImport(freshCollection(), backup);
    expect(plan.problems).toEqual([expect.objectContaining({ line: 1, field: 'schemaVersion' })]);
    expect(plan.fresh).toEqual([]);
  });

  it('a backup reformatted by hand is still read, its entries numbered', async () => {
    const [a, b] = await threeRecords();
    const pretty = JSON.stringify({ ...JSON.parse(toBackup([a])), reports: [a, { ...b, verdict: 'fine' }] }, null, 2);
    const plan = await planImport(freshCollection(), pretty);
    expect(plan.problems.map((p) => [p.line, p.entry, p.field])).toEqual([[null, 2, 'verdict']]);
  });
});

describe('conflicts: the same page and year', () => {
  async function setUp() {
    const col = freshCollection();
    const capture = fixtureCaptures()[0];
    const saved = await saveCapture(col, capture);
    // the same report saved elsewhere a week later and annotated there
    const theirs = edited(await recordOf({ ...capture, capturedAt: '2025-03-01T00:00:00.000Z' }), { note: 'from a colleague' });
    const older = edited(await recordOf({ ...capture, capturedAt: '2024-12-01T00:00:00.000Z' }), { note: 'an old copy' });
    return { col, saved, theirs, older };
  }

  it('are reported, not written, until the user chooses', async () => {
    const { col, saved, theirs } = await setUp();
    const plan = await planImport(col, toJsonl([theirs]));
    expect(plan.fresh).toEqual([]);
    expect(plan.conflicts.map((c) => [c.incoming.id, c.existing.map((r) => r.id)])).toEqual([[theirs.id, [saved.id]]]);
    await expect(applyImport(col, plan, null)).rejects.toThrow(/no choice/);
    expect(await col.all()).toEqual([saved]);
  });

  it('keep the newer: the newer capture replaces the older one, an older incoming one is skipped', async () => {
    const { col, saved, theirs, older } = await setUp();
    expect(await applyImport(col, await planImport(col, toJsonl([older])), 'keep-newer')).toEqual({ added: 0, replaced: 0, skipped: 1 });
    expect(await col.all()).toEqual([saved]);
    expect(await applyImport(col, await planImport(col, toJsonl([theirs])), 'keep-newer')).toEqual({ added: 0, replaced: 1, skipped: 0 });
    expect(await col.all()).toEqual([theirs]);
  });

  it('keep both: the incoming entry is added beside the existing one', async () => {
    const { col, saved, older } = await setUp();
    expect(await applyImport(col, await planImport(col, toJsonl([older])), 'keep-both')).toEqual({ added: 1, replaced: 0, skipped: 0 });
    expect((await col.all()).map((r) => r.note).sort()).toEqual([saved.note, 'an old copy'].sort());
  });

  it('an entry with an id the collection uses for another report comes in under a new id', async () => {
    const col = freshCollection();
    const [a, b] = await threeRecords();
    await col.write({ put: [a] });
    const plan = await planImport(col, toJsonl([{ ...b, id: a.id }]));
    await applyImport(col, plan, null);
    const all = await col.all();
    expect(all).toHaveLength(2);
    expect(all.find((r) => r.url === b.url)!.id).not.toBe(a.id);
  });
});
