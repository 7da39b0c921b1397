// The page's hold on the collection: the saved reports, kept fresh when another page (the popup) saves,
// and every change run through one place that turns a storage failure into a message.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { CHANGES_CHANNEL, type Collection } from '../db';
import type { SavedReport } from '../schema';
import { CollectionError } from '../errors';
import { errorText } from './text';

export interface CollectionState {
  records: SavedReport[] | null;
  error: string | null;
  dismissError(): void;
  /** run a change; on failure the message is shown and false returned, so the caller keeps its unsaved input */
  act(change: () => Promise<unknown>): Promise<boolean>;
}

export function useCollection(col: Collection): CollectionState {
  const [records, setRecords] = useState<SavedReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try { setRecords(await col.all()); } catch (e) { setError(errorText(e)); }
  }, [col]);

  useEffect(() => {
    // an older page in another tab holds the upgrade: say so; the open completes once that tab closes
    col.hooks.blocked = () => setError(errorText(new CollectionError('blocked', 'upgrade waiting')));
    void reload();
    const channel = new BroadcastChannel(CHANGES_CHANNEL);
    channel.onmessage = () => void reload();
    return () => channel.close();
  }, [col, reload]);

  const act = useCallback(async (change: () => Promise<unknown>) => {
    try {
      await change();
      setError(null);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      await reload();
    }
  }, [reload]);

  return { records, error, dismissError: () => setError(null), act };
}
