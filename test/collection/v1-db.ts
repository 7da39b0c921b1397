// The database as schema version 1 left it, from the dump in test/fixtures/collection/v1-db.json:
// created by version 1's migration alone, records put in as stored then, untouched by today's code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/collection/db';
import type { SavedReport } from '../../src/collection/schema';
import { ROOT } from './support';

export interface V1Dump {
  database: string;
  version: 1;
  stores: { reports: Array<Record<string, unknown>> };
}

export const readV1Dump = (): V1Dump => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/collection/v1-db.json'), 'utf8')) as V1Dump;

export async function loadV1Database(name: string, dump = readV1Dump()): Promise<void> {
  const db = await openDatabase(name, 1);
  const tx = db.transaction('reports', 'readwrite');
  await Promise.all([...dump.stores.reports.map((r) => tx.store.put(r as unknown as SavedReport)), tx.done]);
  db.close();
}
