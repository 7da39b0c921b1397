// One input's work, the same in a worker thread and in the main thread: load, audit, and hand back only
// the small result and what cross-year pairing needs.
import type { Lang, ReportModel } from '../model/types';
import { auditDoc } from '../audit';
import { InputError, loadBytes, loadInput, type HttpHints } from '../node/load';
import { inputError, type InputObject } from './output';
import { pairingModel } from './pairing';

export type Task =
  | { index: number; source: string; lang: Lang; path: string }
  | { index: number; source: string; lang: Lang; bytes: Uint8Array; http?: HttpHints };

export interface Outcome {
  index: number;
  result: InputObject;
  /** for cross-year pairing; null when the input is no report with an agency and a year */
  pairing: ReportModel | null;
  /** why the input could not be read or audited (also in result.error) */
  problem?: string;
}

export const problemMessage = (e: unknown): string =>
  e instanceof InputError ? e.message : `could not be audited: ${e instanceof Error ? e.message : String(e)}`;

export async function runTask(task: Task): Promise<Outcome> {
  try {
    const { source, doc } = 'path' in task ? await loadInput(task.path) : await loadBytes(task.source, task.bytes, task.http);
    const { model, result } = auditDoc(doc, source, { lang: task.lang });
    return { index: task.index, result, pairing: pairingModel(model) };
  } catch (e) {
    return failed(task.index, task.source, problemMessage(e));
  }
}

export const failed = (index: number, source: string, problem: string): Outcome =>
  ({ index, result: inputError(source, problem), pairing: null, problem });
