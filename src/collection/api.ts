// The collection page's scripted entry, for automation (the browser tests) and the console:
// `collectionApi.save(capture)` saves a capture as the popup's button would, replacing an earlier save of the
// same page and year unless told to keep both. Only the extension's own pages can reach it.
import type { Capture } from './capture';
import type { Collection } from './db';
import { saveCapture, type ConflictChoice } from './save';

export interface CollectionApi {
  /** the saved report's id */
  save(capture: Capture, choice?: ConflictChoice): Promise<string>;
}

export function exposeApi(col: Collection): void {
  const api: CollectionApi = {
    save: async (capture, choice) => (await saveCapture(col, capture, choice)).id,
  };
  (globalThis as { collectionApi?: CollectionApi }).collectionApi = api;
}
