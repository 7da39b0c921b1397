// What can go wrong with the collection's storage, as codes the UI turns into a message in the user's language
// (locale keys "collection_error_<code>"); the cause is kept for the console.

export type CollectionErrorCode =
  /** the browser refused more data: the disk or the extension's storage quota is full */
  | 'quota'
  /** the database was closed under us (browser shutting down, storage cleared, another tab upgrading it) */
  | 'closed'
  /** another tab holds the database open at an older version and keeps the upgrade waiting */
  | 'blocked'
  /** the database was upgraded by a newer version of the extension than this page */
  | 'version'
  /** a record that does not have the saved-report shape */
  | 'invalid'
  | 'unknown';

export class CollectionError extends Error {
  constructor(readonly code: CollectionErrorCode, detail: string, readonly cause?: unknown) {
    super(`collection: ${code}: ${detail}`);
    this.name = 'CollectionError';
  }
}

const errorName = (e: unknown): string => (e instanceof Error || e instanceof DOMException ? e.name : '');

/** a storage failure as a CollectionError: quota and closed-database errors by their DOMException names */
export function asCollectionError(e: unknown): CollectionError {
  if (e instanceof CollectionError) return e;
  const name = errorName(e);
  const detail = e instanceof Error || e instanceof DOMException ? e.message : String(e);
  if (name === 'QuotaExceededError') return new CollectionError('quota', detail, e);
  if (name === 'InvalidStateError') return new CollectionError('closed', detail, e);
  if (name === 'VersionError') return new CollectionError('version', detail, e);
  return new CollectionError('unknown', detail, e);
}
