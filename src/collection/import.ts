// Reading a backup or JSON Lines back into the collection. Every entry is checked on its own: a bad one is
// reported with its line and field and skipped, the rest still come in. An entry for a page and year the
// collection already holds is never written over silently: the user chooses to keep the newer or both.
import type { Collection } from './db';
import { canonicalJson } from './canonical';
import { contentHash } from './capture';
import { BACKUP_FORMAT } from './export';
import { newId } from './record';
import type { ConflictChoice } from './save';
import { SCHEMA_VERSION, type SavedReport } from './schema';
import { checkRecord } from './validate';

export interface ImportProblem {
  /** line in the file (1-based), when the entry sits on a line of its own */
  line: number | null;
  /** the entry's number in the file (1-based) */
  entry: number;
  /** the field that is wrong, null when the entry is not JSON at all */
  field: string | null;
  problem: string;
}

export interface ImportConflict {
  incoming: SavedReport;
  /** saved reports of the same page and year */
  existing: SavedReport[];
}

export interface ImportPlan {
  kind: 'backup' | 'jsonl';
  /** entries read in the file */
  total: number;
  /** valid entries that meet nothing in the collection */
  fresh: SavedReport[];
  conflicts: ImportConflict[];
  /** entries already in the collection exactly as they are */
  unchanged: number;
  problems: ImportProblem[];
}

export interface ImportOutcome {
  added: number;
  replaced: number;
  /** incoming entries not taken because the collection's were newer */
  skipped: number;
}

interface Entry {
  line: number | null;
  entry: number;
  /** the entry's JSON text (line-wise input) or the parsed value */
  text?: string;
  value?: unknown;
}

const HEADER = /^\s*(\{.*"reports":\[)\s*$/;

/** the largest file the collection imports (a backup of thousands of reports is far smaller) */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** a plan that imports nothing, saying why: for a file refused before it is read */
export function refusedPlan(problem: string): ImportPlan {
  return { kind: 'jsonl', total: 0, fresh: [], conflicts: [], unchanged: 0, problems: [{ line: null, entry: 0, field: null, problem }] };
}

export const tooLargeProblem = (bytes: number) =>
  `file of ${Math.ceil(bytes / (1024 * 1024))} MB: larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB, the most that is imported`;

/** the entries of a file: our backup layout and JSON Lines line by line, any other JSON as a whole */
function entriesOf(text: string): { kind: ImportPlan['kind']; entries: Entry[]; problems: ImportProblem[] } {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const header = HEADER.exec(lines[0] ?? '');
  if (header) {
    const bad = backupHeaderProblem(JSON.parse(`${header[1]}]}`) as Record<string, unknown>);
    if (bad) return { kind: 'backup', entries: [], problems: [bad] };
    const body = lines.slice(1).map((l, i) => ({ line: i + 2, text: l.replace(/,\s*$/, '') }))
      .filter((l) => l.text.trim() !== '' && !/^\s*\]\}\s*$/.test(l.text));
    return { kind: 'backup', entries: body.map((l, i) => ({ ...l, entry: i + 1 })), problems: [] };
  }
  const whole = parseOrNull(text.replace(/^\ufeff/, ''));
  if (isObject(whole) && whole.format === BACKUP_FORMAT) {
    const bad = backupHeaderProblem(whole);
    if (bad) return { kind: 'backup', entries: [], problems: [bad] };
    const reports = Array.isArray(whole.reports) ? whole.reports : [];
    return { kind: 'backup', entries: reports.map((value, i) => ({ line: null, entry: i + 1, value })), problems: [] };
  }
  const body = lines.map((l, i) => ({ line: i + 1, text: l })).filter((l) => l.text.trim() !== '');
  return { kind: 'jsonl', entries: body.map((l, i) => ({ ...l, entry: i + 1 })), problems: [] };
}

function backupHeaderProblem(h: Record<string, unknown>): ImportProblem | null {
  const at = { line: 1, entry: 0 };
  if (h.format !== BACKUP_FORMAT) return { ...at, field: 'format', problem: `expected "${BACKUP_FORMAT}"` };
  if (!Number.isInteger(h.schemaVersion) || (h.schemaVersion as number) < 1) return { ...at, field: 'schemaVersion', problem: 'expected a version number' };
  if ((h.schemaVersion as number) > SCHEMA_VERSION) {
    return { ...at, field: 'schemaVersion', problem: `version ${String(h.schemaVersion)} is newer than this extension reads (${SCHEMA_VERSION}); update the extension` };
  }
  return null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseOrNull(text: string): unknown {
  try { return JSON.parse(text); } catch { return null; }
}

/** one entry as a current record, or what is wrong with it */
async function readEntry(e: Entry): Promise<SavedReport | ImportProblem> {
  let value = e.value;
  if (e.text !== undefined) {
    try { value = JSON.parse(e.text); } catch (err) {
      return { line: e.line, entry: e.entry, field: null, problem: `not JSON (${(err as Error).message})` };
    }
  }
  const checked = checkRecord(value);
  if (!checked.ok) return { line: e.line, entry: e.entry, ...checked.error };
  const { evidence } = checked.record;
  // evidence that no longer matches its fingerprint was altered after capture: not evidence any more
  if ((await contentHash(evidence.capturedText, evidence.tables)) !== evidence.sha256) {
    return { line: e.line, entry: e.entry, field: 'evidence.sha256', problem: 'does not match the captured text and tables' };
  }
  return checked.record;
}

export async function planImport(col: Collection, text: string): Promise<ImportPlan> {
  // a UTF-16 code unit is at least one byte of the file
  if (text.length > MAX_IMPORT_BYTES) return refusedPlan(tooLargeProblem(text.length));
  const { kind, entries, problems } = entriesOf(text);
  const plan: ImportPlan = { kind, total: entries.length, fresh: [], conflicts: [], unchanged: 0, problems };
  for (const e of entries) {
    const read = await readEntry(e);
    if ('problem' in read) { plan.problems.push(read); continue; }
    const same = await col.get(read.id);
    if (same && canonicalJson(same) === canonicalJson(read)) { plan.unchanged++; continue; }
    const existing = (await col.ofUrl(read.url)).filter((r) => r.year === read.year);
    if (existing.length) plan.conflicts.push({ incoming: read, existing });
    else plan.fresh.push(same ? { ...read, id: newId() } : read);
  }
  return plan;
}

/** newer by capture; the same capture is newer by its last edit */
const isNewer = (a: SavedReport, b: SavedReport) =>
  a.savedAt !== b.savedAt ? a.savedAt > b.savedAt : a.updatedAt > b.updatedAt;

/** write the plan in one transaction; `choice` is needed when the plan has conflicts */
export async function applyImport(col: Collection, plan: ImportPlan, choice: ConflictChoice | null): Promise<ImportOutcome> {
  if (plan.conflicts.length && !choice) throw new Error('applyImport: the plan has conflicts and no choice was made');
  const put = [...plan.fresh];
  const remove: string[] = [];
  const outcome: ImportOutcome = { added: plan.fresh.length, replaced: 0, skipped: 0 };
  for (const { incoming, existing } of plan.conflicts) {
    if (choice === 'keep-both') {
      put.push(existing.some((r) => r.id === incoming.id) ? { ...incoming, id: newId() } : incoming);
      outcome.added++;
    } else if (existing.every((r) => isNewer(incoming, r))) {
      remove.push(...existing.map((r) => r.id).filter((id) => id !== incoming.id));
      put.push(incoming);
      outcome.replaced++;
    } else {
      outcome.skipped++;
    }
  }
  await col.write({ put, remove });
  return outcome;
}
