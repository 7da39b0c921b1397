// Checking a saved report read from outside (an import, an old database) against the record's shape,
// naming the first field that is wrong: "findings[3].location.table: expected 2, 3, 4 or null".
// The model's own shapes (finding, table) are the ones src/model/validate.ts describes for every boundary.
import {
  dict, fail, finding, integer, isObject, list, modelTable, nullable, object, oneOf, optional, templateCheck, text, textUpTo, verdictCheck,
  type Check, type Invalid,
} from '../model/validate';
import { isWebUrl } from '../fetched/web-url';
import { AUTO_AUDIT_MAX_TEXT, MAX_TABLE_COLS, MAX_TABLE_ROWS, MAX_TABLES } from '../page/limits';
import { FINDING_STATUSES, SCHEMA_VERSION, type SavedReport } from './schema';
import { upgradeRecord } from './migrate';

export type { Invalid };

export type Checked = { ok: true; record: SavedReport } | { ok: false; error: Invalid };

const date: Check = (v, at) =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? null : fail(at, 'expected a date and time (ISO 8601)');
const sha256: Check = (v, at) =>
  typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? null : fail(at, 'expected 64 hexadecimal digits');

/**
 * How much an imported record may hold beyond the model's own caps: no more than the checker could have produced
 * from the largest page it reads, so that a hand-made file cannot fill the database or the page with megabytes.
 */
export const RECORD_LIMITS = { note: 20_000, capturedText: AUTO_AUDIT_MAX_TEXT, findings: 10_000, annotations: 10_000, url: 4_096 } as const;

/** an address to open: http(s) only, so that a javascript: or data: URL never becomes a link */
const webUrl: Check = (v, at) => textUpTo(RECORD_LIMITS.url)(v, at) ?? (isWebUrl(v as string) ? null : fail(at, 'expected an http(s) address'));
const note = textUpTo(RECORD_LIMITS.note);

const evidence = object({
  capturedText: textUpTo(RECORD_LIMITS.capturedText),
  tables: list(object({ anchor: text, rows: list(list(text, MAX_TABLE_COLS), MAX_TABLE_ROWS) }), MAX_TABLES),
  sha256, capturedAt: date,
});

const record = object({
  schemaVersion: oneOf(SCHEMA_VERSION),
  id: (v, at) => text(v, at) ?? ((v as string).length > 0 ? null : fail(at, 'must not be empty')),
  url: webUrl,
  title: text,
  agency: nullable(text),
  agencyKey: nullable(text),
  year: nullable(integer),
  template: nullable(templateCheck),
  publishedAt: nullable(text),
  verdict: verdictCheck,
  tables: object({ 2: optional(modelTable), 3: optional(modelTable), 4: optional(modelTable) }),
  findings: list(finding, RECORD_LIMITS.findings),
  savedAt: date,
  updatedAt: date,
  checkerVersion: text,
  evidence,
  note,
  annotations: dict(object({ note, status: oneOf(...FINDING_STATUSES) }), RECORD_LIMITS.annotations),
});

/** a record of this or an earlier schema version, brought to the current one; or the first field that is wrong */
export function checkRecord(v: unknown): Checked {
  if (!isObject(v)) return { ok: false, error: fail('(record)', 'expected an object') };
  const version = v.schemaVersion;
  if (!Number.isInteger(version) || (version as number) < 1) {
    return { ok: false, error: fail('schemaVersion', `expected a version from 1 to ${SCHEMA_VERSION}`) };
  }
  if ((version as number) > SCHEMA_VERSION) {
    return { ok: false, error: fail('schemaVersion', `version ${version} is newer than this extension reads (${SCHEMA_VERSION}); update the extension`) };
  }
  const current = upgradeRecord(v, version as number);
  const bad = record(current, '');
  return bad ? { ok: false, error: bad } : { ok: true, record: current as unknown as SavedReport };
}
