// The collection's storage: one IndexedDB database through idb, versioned with the record's schema.
// Every write is one transaction (all or nothing); failures come out as CollectionErrors with a code the UI can word.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { SCHEMA_VERSION, type SavedReport } from './schema';
import { upgradeRecord } from './migrate';
import { checkRecord } from './validate';
import { asCollectionError, CollectionError } from './errors';

export const DB_NAME = 'gov-report-collection';

/** every extension page that changes the collection says so here, so that an open collection page reloads */
export const CHANGES_CHANNEL = 'gov-report-collection:changed';

function announceChange(name: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.postMessage(name);
  channel.close();
}

interface CollectionDB extends DBSchema {
  reports: { key: string; value: SavedReport; indexes: { 'by-url': string; 'by-agency': string } };
}

type Db = IDBPDatabase<CollectionDB>;
type UpgradeTx = IDBPTransaction<CollectionDB, Array<StoreNames<CollectionDB>>, 'versionchange'>;

/** MIGRATIONS[n] takes the database from version n to n + 1; shipped steps never change */
export const MIGRATIONS: Array<(db: Db, tx: UpgradeTx) => void | Promise<void>> = [
  // 1: one store of saved reports, looked up by page and by agency
  (db) => {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('by-url', 'url');
    reports.createIndex('by-agency', 'agencyKey');
  },
  // 2: records gain updatedAt (see migrate.ts)
  async (_db, tx) => {
    for (let c = await tx.objectStore('reports').openCursor(); c; c = await c.continue()) {
      await c.update(upgradeRecord(c.value as unknown as Record<string, unknown>, 1) as unknown as SavedReport);
    }
  },
];

export interface OpenHooks {
  /** another tab keeps an older connection open: the upgrade waits until it closes */
  blocked?: () => void;
  /** this connection was closed: a newer version wants the database, or the browser closed it */
  lost?: () => void;
}

/** the database at `version`, upgraded step by step from whatever version it had */
export function openDatabase(name: string, version: number, hooks: OpenHooks = {}): Promise<Db> {
  return openDB<CollectionDB>(name, version, {
    upgrade(db, from, to, tx) {
      void (async () => {
        for (let v = from; v < (to ?? version); v++) await MIGRATIONS[v](db, tx);
      })().catch(() => tx.abort());
    },
    blocked: () => hooks.blocked?.(),
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      hooks.lost?.();
    },
    terminated: () => hooks.lost?.(),
  });
}

export interface Changes {
  put?: SavedReport[];
  remove?: string[];
}

export class Collection {
  private db: Promise<Db> | null = null;

  /** hooks may be set after construction: the page that shows their messages mounts later */
  constructor(readonly name = DB_NAME, readonly hooks: OpenHooks = {}) {}

  all(): Promise<SavedReport[]> {
    return this.run((db) => db.getAll('reports'));
  }

  get(id: string): Promise<SavedReport | undefined> {
    return this.run((db) => db.get('reports', id));
  }

  /** saved reports of one page, newest capture first */
  async ofUrl(url: string): Promise<SavedReport[]> {
    const found = await this.run((db) => db.getAllFromIndex('reports', 'by-url', url));
    return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** puts and removals in one transaction: either all of them land or none */
  async write({ put = [], remove = [] }: Changes): Promise<void> {
    for (const r of put) {
      const checked = checkRecord(r);
      if (!checked.ok) throw new CollectionError('invalid', `${checked.error.field}: ${checked.error.problem}`);
    }
    return this.run(async (db) => {
      const tx = db.transaction('reports', 'readwrite');
      const pending: Array<Promise<unknown>> = [tx.done];
      try {
        for (const id of remove) pending.push(tx.store.delete(id));
        for (const r of put) pending.push(tx.store.put(r));
        await Promise.all(pending);
        announceChange(this.name);
      } catch (e) {
        for (const p of pending) p.catch(() => undefined);
        // a request that failed to start leaves the transaction open: abort it, or what was issued would commit
        try { tx.abort(); } catch { /* already aborted */ }
        throw e;
      }
    });
  }

  /**
   * Change one report as it stands in the database, read and written in one transaction, so that two quick edits
   * (a note, then a status) never write over each other. Undefined when the report is gone (deleted elsewhere).
   */
  update(id: string, change: (current: SavedReport) => SavedReport): Promise<SavedReport | undefined> {
    return this.run(async (db) => {
      const tx = db.transaction('reports', 'readwrite');
      const current = await tx.store.get(id);
      if (!current) return undefined;
      const next = change(current);
      const checked = checkRecord(next);
      if (!checked.ok) {
        tx.abort();
        throw new CollectionError('invalid', `${checked.error.field}: ${checked.error.problem}`);
      }
      await Promise.all([tx.store.put(next), tx.done]);
      announceChange(this.name);
      return next;
    });
  }

  /** remove one report and hand it back, so that it can be restored (undo) */
  async remove(id: string): Promise<SavedReport | undefined> {
    const r = await this.get(id);
    if (r) await this.write({ remove: [id] });
    return r;
  }

  async clear(): Promise<void> {
    await this.run((db) => db.clear('reports'));
    announceChange(this.name);
  }

  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    if (db) (await db.catch(() => null))?.close();
  }

  private open(): Promise<Db> {
    this.db ??= openDatabase(this.name, SCHEMA_VERSION, {
      blocked: () => this.hooks.blocked?.(),
      lost: () => { this.db = null; this.hooks.lost?.(); },
    }).catch((e: unknown) => {
      this.db = null;
      throw e;
    });
    return this.db;
  }

  /** one operation; a connection found closed is opened again and the operation tried once more */
  private async run<T>(op: (db: Db) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await op(await this.open());
      } catch (e) {
        const err = asCollectionError(e);
        if (err.code !== 'closed') throw err;
        this.db = null;
        if (attempt > 0) throw err;
      }
    }
  }
}
