// Storage: a save is one transaction (all or nothing); a full disk and a closed database come out as
// errors with a code (and a message in both languages), and nothing already saved is lost.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { Collection } from '../../src/collection/db';
import { CollectionError, type CollectionErrorCode } from '../../src/collection/errors';
import { applySave, planSave, saveCapture } from '../../src/collection/save';
import { fixtureCaptures, freshCollection, ROOT } from './support';

afterEach(() => vi.restoreAllMocks());

/** the page captured again later, with one cell and one sentence changed */
function editedLater(c = fixtureCaptures()[0]) {
  const tables = structuredClone(c.tables);
  tables[1].rows[3][1] = '9';
  return { ...c, tables, text: c.text.replace('沭阳县', '沭阳县 '), capturedAt: '2025-06-01T00:00:00.000Z' };
}

async function codeOf(p: Promise<unknown>): Promise<CollectionErrorCode | 'no error'> {
  try { await p; return 'no error'; } catch (e) { expect(e).toBeInstanceOf(CollectionError); return (e as CollectionError).code; }
}

describe('a save is all or nothing', () => {
  it('replacing an earlier save: aborted after the old one was removed, the old one is still there', async () => {
    const col = freshCollection();
    const first = await saveCapture(col, fixtureCaptures()[0]);
    const plan = await planSave(col, editedLater());
    expect(plan.existing.map((r) => r.id)).toEqual([first.id]);
    // the transaction dies midway: the delete was issued, the put aborts it
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore) {
      this.transaction.abort();
      throw new DOMException('The transaction was aborted', 'AbortError');
    });
    await expect(applySave(col, plan, 'keep-newer')).rejects.toBeInstanceOf(CollectionError);
    vi.restoreAllMocks();
    expect(await col.all()).toEqual([first]);
  });

  it('a write that cannot start after others were issued commits none of them', async () => {
    const col = freshCollection();
    const [a, b, c] = fixtureCaptures();
    const kept = await saveCapture(col, a);
    const plan = await planSave(col, b);
    const other = await planSave(col, c);
    let calls = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 2) throw new DOMException('no room', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await codeOf(col.write({ put: [plan.record, other.record], remove: [kept.id] }))).toBe('quota');
    vi.restoreAllMocks();
    expect(await col.all()).toEqual([kept]);
  });
});

describe('errors with a message', () => {
  it('a full disk is a quota error; the capture can be saved once there is room', async () => {
    const col = freshCollection();
    const capture = fixtureCaptures()[1];
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(await codeOf(saveCapture(col, capture))).toBe('quota');
    vi.restoreAllMocks();
    expect(await col.all()).toEqual([]);
    expect((await saveCapture(col, capture)).url).toBe(capture.url);
  });

  it('a connection closed under the collection is opened again', async () => {
    const col = freshCollection();
    const saved = await saveCapture(col, fixtureCaptures()[0]);
    // what the browser does when it shuts the database: the connection goes, the data stays
    const db = await (col as unknown as { db: Promise<IDBDatabase> }).db;
    db.close();
    expect(await col.all()).toEqual([saved]);
  });

  it('a newer version of the extension upgrading the database closes this one; then "version"', async () => {
    const col = freshCollection();
    const saved = await saveCapture(col, fixtureCaptures()[0]);
    const lost = vi.fn();
    const watched = new Collection(col.name, { lost });
    await watched.all();
    const newer = await openDB(col.name, 99);
    expect(lost).toHaveBeenCalled();
    newer.close();
    expect(await codeOf(watched.all())).toBe('version');
    expect(saved.id).toBeTruthy();
  });

  it('an older connection that will not close keeps the upgrade waiting: "blocked" is reported', async () => {
    const name = `blocked-${process.pid}`;
    const old = await openDB(name, 1, { upgrade: (db) => { db.createObjectStore('reports', { keyPath: 'id' }).createIndex('by-url', 'url'); } });
    old.addEventListener('versionchange', () => { /* an old page that ignores the request to close */ });
    const blocked = vi.fn();
    const col = new Collection(name, { blocked });
    const listing = col.all();
    await vi.waitFor(() => expect(blocked).toHaveBeenCalled());
    old.close();
    expect(await listing).toEqual([]);
  });

  it('every error code has a message in Chinese and in English', () => {
    const codes: CollectionErrorCode[] = ['quota', 'closed', 'blocked', 'version', 'invalid', 'unknown'];
    for (const locale of ['zh_CN', 'en']) {
      const messages = JSON.parse(readFileSync(join(ROOT, `assets/public/_locales/${locale}/messages.json`), 'utf8')) as Record<string, { message: string }>;
      for (const code of codes) expect(messages[`collection_error_${code}`]?.message, `${locale}: ${code}`).toBeTruthy();
    }
  });

  it('a record that is not a saved report is refused before anything is written', async () => {
    const col = freshCollection();
    const { record } = await planSave(col, fixtureCaptures()[0]);
    expect(await codeOf(col.write({ put: [{ ...record, year: 20.5 }] }))).toBe('invalid');
    expect(await col.all()).toEqual([]);
  });
});
