// Saving a capture: a page saved before is compared with its last capture first (agencies edit published pages),
// and an earlier save of the same page and year is replaced or kept beside the new one, as the user chooses.
import type { Collection } from './db';
import type { Capture } from './capture';
import { recordOf } from './record';
import { diffCaptures, type CaptureDiff } from './diff';
import type { SavedReport } from './schema';

/** what to do with saved reports of the same page and year: replace them, or keep them beside the new one */
export type ConflictChoice = 'keep-newer' | 'keep-both';

export interface SavePlan {
  record: SavedReport;
  /** saved reports of the same page and year, newest first */
  existing: SavedReport[];
  /** against the page's last capture, when it was saved before */
  changes: CaptureDiff | null;
}

export async function planSave(col: Collection, capture: Capture): Promise<SavePlan> {
  const ofPage = await col.ofUrl(capture.url);
  const last = ofPage[0] ?? null;
  // the newest capture's notes come along: the researcher annotated this page already
  const record = await recordOf(capture, last);
  return {
    record,
    existing: ofPage.filter((r) => r.year === record.year),
    changes: last ? diffCaptures(last.evidence, record) : null,
  };
}

/** write the plan in one transaction; with nothing saved before, the choice does not matter */
export async function applySave(col: Collection, plan: SavePlan, choice: ConflictChoice): Promise<SavedReport> {
  const remove = choice === 'keep-newer' ? plan.existing.map((r) => r.id) : [];
  await col.write({ put: [plan.record], remove });
  return plan.record;
}

/** save at once, for scripted use: replaces an earlier save of the same page and year unless told to keep both */
export async function saveCapture(col: Collection, capture: Capture, choice: ConflictChoice = 'keep-newer'): Promise<SavedReport> {
  return applySave(col, await planSave(col, capture), choice);
}
