// A database captured from the first shipped schema (version 1) opens with today's code and loses nothing.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { Collection, MIGRATIONS } from '../../src/collection/db';
import { SCHEMA_VERSION } from '../../src/collection/schema';
import { checkRecord } from '../../src/collection/validate';
import { toJsonl } from '../../src/collection/export';
import { applyImport, planImport } from '../../src/collection/import';
import { loadV1Database, readV1Dump } from './v1-db';

describe('migrations', () => {
  it('there is one migration per schema version', () => {
    expect(MIGRATIONS).toHaveLength(SCHEMA_VERSION);
  });

  it('a version-1 database migrates to the current version with every record, note and status kept', async () => {
    const dump = readV1Dump();
    await loadV1Database('migrate-v1');
    const col = new Collection('migrate-v1');
    const records = await col.all();
    expect(records).toHaveLength(dump.stores.reports.length);
    for (const old of dump.stores.reports) {
      const now = records.find((r) => r.id === old.id)!;
      // everything version 1 stored is still there, unchanged; version 2 adds updatedAt = savedAt
      expect(now).toEqual({ ...old, schemaVersion: SCHEMA_VERSION, updatedAt: old.savedAt });
      expect(checkRecord(now)).toMatchObject({ ok: true });
    }
    await col.close();
    const raw = await openDB('migrate-v1');
    expect(raw.version).toBe(SCHEMA_VERSION);
    expect([...raw.transaction('reports').store.indexNames].sort()).toEqual(['by-agency', 'by-url']);
    raw.close();
  });

  it('version-1 records in a JSON Lines file import as current records', async () => {
    const dump = readV1Dump();
    const col = new Collection('import-v1');
    const text = dump.stores.reports.map((r) => JSON.stringify(r)).join('\n');
    const plan = await planImport(col, text);
    expect(plan.problems).toEqual([]);
    await applyImport(col, plan, null);
    const migrated = new Collection('migrate-v1-again');
    await loadV1Database('migrate-v1-again');
    expect(toJsonl(await col.all())).toBe(toJsonl(await migrated.all()));
  });
});
