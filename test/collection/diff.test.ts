// Saving a page saved before: its fingerprint is compared and, when it changed, what changed is listed;
// the notes already written come along to the new capture.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applySave, planSave, saveCapture } from '../../src/collection/save';
import { findingKeys } from '../../src/collection/schema';
import { edited } from '../../src/collection/record';
import { fixtureCaptures, freshCollection } from './support';

describe('re-auditing a saved page', () => {
  it('the same content: same fingerprint, nothing listed', async () => {
    const col = freshCollection();
    const capture = fixtureCaptures()[0];
    const first = await saveCapture(col, capture);
    const plan = await planSave(col, { ...capture, capturedAt: '2025-09-01T00:00:00.000Z' });
    expect(plan.record.evidence.sha256).toBe(first.evidence.sha256);
    expect(plan.changes).toMatchObject({ same: true, cellCount: 0, added: [], removed: [], sections: [] });
  });

  it('an edited page: the changed cell with its template row and column, the changed line with its section', async () => {
    const col = freshCollection();
    const capture = fixtureCaptures()[0];
    const first = await saveCapture(col, capture);
    const key = findingKeys(first.findings)[0];
    await col.write({ put: [edited(first, { note: 'checked by phone', annotations: { [key]: { note: 'real', status: 'confirmed' } } })] });

    const t3 = capture.tables.findIndex((t) => t.rows.some((r) => r[0]?.includes('本年新收')));
    const tables = structuredClone(capture.tables);
    const r = tables[t3].rows.findIndex((row) => row[0].includes('本年新收'));
    const before = tables[t3].rows[r][1];
    tables[t3].rows[r][1] = '7';
    const line = capture.text.split('\n').find((l) => l.includes('主动公开') && l.length > 30)!;
    const text = capture.text.replace(line, `${line}（已更正）`);
    const plan = await planSave(col, { ...capture, tables, text, capturedAt: '2025-09-01T00:00:00.000Z' });

    const changes = plan.changes!;
    expect(changes.same).toBe(false);
    expect(changes.cells).toEqual([expect.objectContaining({ table: tables[t3].anchor, row: r, column: 1, before, after: '7' })]);
    expect(changes.cells[0].where).toMatch(/^表3 · 一、本年新收政府信息公开申请数量 · 自然人$/);
    expect(changes.removed.map((l) => l.text)).toEqual([line]);
    expect(changes.added.map((l) => l.text)).toEqual([`${line}（已更正）`]);
    expect(changes.sections).toHaveLength(1);
    expect(changes.sections[0]).toMatch(/^[一二三四五六]、/);

    // the notes come along; keeping the newer replaces the old save in the same transaction
    expect(plan.record.note).toBe('checked by phone');
    expect(plan.record.annotations[key]).toEqual({ note: 'real', status: 'confirmed' });
    await applySave(col, plan, 'keep-newer');
    expect((await col.all()).map((x) => x.id)).toEqual([plan.record.id]);
  });
});
