// Checking a saved report read from outside (an import, an old database) against the record's shape,
// naming the first field that is wrong: "findings[3].location.table: expected 2, 3, 4 or null".
// Hand-written rather than ajv: extension pages forbid the generated code ajv compiles to.
import { MAX_BLOCK_TEXT, MAX_TABLE_COLS, MAX_TABLE_ROWS, MAX_TABLES, AUTO_AUDIT_MAX_TEXT } from '../page/limits';
import { isWebUrl } from '../fetched/web-url';
import { FINDING_STATUSES, SCHEMA_VERSION, type SavedReport } from './schema';
import { upgradeRecord } from './migrate';

export interface Invalid {
  /** path of the field, e.g. "annotations[\"balance|3||\"].status" */
  field: string;
  problem: string;
}

export type Checked = { ok: true; record: SavedReport } | { ok: false; error: Invalid };

type Check = (v: unknown, at: string) => Invalid | null;

const fail = (field: string, problem: string): Invalid => ({ field, problem });
const join = (at: string, key: string) => (at ? `${at}.${key}` : key);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * How much an imported record may hold: what the checker itself could have produced from the largest page it reads,
 * and no more — so a hand-made file cannot fill the database or the page with megabytes of notes.
 */
export const RECORD_LIMITS = {
  /** a label, a cell, a title, a location */
  text: MAX_BLOCK_TEXT,
  /** the researcher's note on a report or on a finding */
  note: 20_000,
  /** the captured text of the whole page */
  capturedText: AUTO_AUDIT_MAX_TEXT,
  findings: 10_000,
  /** cells a finding points at (placeholder-value lists every blank cell) */
  cells: 20_000,
  params: 50,
  annotations: 10_000,
  url: 4_096,
} as const;

const textUpTo = (max: number): Check => (v, at) =>
  typeof v !== 'string' ? fail(at, 'expected text') : v.length > max ? fail(at, `text longer than ${max} characters`) : null;
const text = textUpTo(RECORD_LIMITS.text);
/** an address to open: http(s) only, so that a javascript: or data: URL never becomes a link */
const webUrl: Check = (v, at) => {
  const bad = textUpTo(RECORD_LIMITS.url)(v, at);
  if (bad) return bad;
  return isWebUrl(v as string) ? null : fail(at, 'expected an http(s) address');
};
const number: Check = (v, at) => (typeof v === 'number' && Number.isFinite(v) ? null : fail(at, 'expected a number'));
const integer: Check = (v, at) => (Number.isInteger(v) ? null : fail(at, 'expected a whole number'));
const date: Check = (v, at) =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? null : fail(at, 'expected a date and time (ISO 8601)');
const sha256: Check = (v, at) =>
  typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? null : fail(at, 'expected 64 hexadecimal digits');

const oneOf = (...values: unknown[]): Check => (v, at) =>
  values.includes(v) ? null : fail(at, `expected ${values.map((x) => JSON.stringify(x)).join(', ')}`);
const nullable = (c: Check): Check => (v, at) => (v === null ? null : c(v, at));
const optional = (c: Check): Check => (v, at) => (v === undefined ? null : c(v, at));
const either = (a: Check, b: Check, what: string): Check => (v, at) => (a(v, at) && b(v, at) ? fail(at, `expected ${what}`) : null);

function list(item: Check, max: number): Check {
  return (v, at) => {
    if (!Array.isArray(v)) return fail(at, 'expected a list');
    if (v.length > max) return fail(at, `more than ${max} entries`);
    for (let i = 0; i < v.length; i++) {
      const bad = item(v[i], `${at}[${i}]`);
      if (bad) return bad;
    }
    return null;
  };
}

function dict(value: Check, max: number): Check {
  return (v, at) => {
    if (!isObject(v)) return fail(at, 'expected an object');
    const entries = Object.entries(v);
    if (entries.length > max) return fail(at, `more than ${max} entries`);
    for (const [k, x] of entries) {
      if (k.length > RECORD_LIMITS.text) return fail(at, `a key longer than ${RECORD_LIMITS.text} characters`);
      const bad = value(x, `${at}[${JSON.stringify(k)}]`);
      if (bad) return bad;
    }
    return null;
  };
}

/** an object with these fields and no others (an unknown field at any level is refused) */
function object(fields: Record<string, Check>): Check {
  return (v, at) => {
    if (!isObject(v)) return fail(at || '(record)', 'expected an object');
    for (const [k, c] of Object.entries(fields)) {
      const bad = c(v[k], join(at, k));
      if (bad) return bad;
    }
    const extra = Object.keys(v).find((k) => !Object.hasOwn(fields, k));
    if (extra !== undefined) return fail(join(at, extra), 'unknown field');
    return null;
  };
}

const tableNo = oneOf(2, 3, 4);

const cell = object({
  raw: text, kind: oneOf('number', 'placeholder', 'text'), value: nullable(number), unit: optional(text), anchor: text,
});
const row = object({ id: text, label: text, anchor: text, cells: list(cell, MAX_TABLE_COLS) });
const modelTable = object({ table: tableNo, anchors: list(text, MAX_TABLES), rows: list(row, MAX_TABLE_ROWS) });

const location = object({
  table: nullable(tableNo), section: nullable(text), row: nullable(text), column: nullable(text),
  cells: optional(list(text, RECORD_LIMITS.cells)), anchor: nullable(text),
});
const value = nullable(either(number, text, 'a number, text or null'));
const finding = object({
  rule: text, severity: oneOf('error', 'warning', 'info'), message: text, location, expected: value, actual: value,
  params: optional(dict(either(number, text, 'a number or text'), RECORD_LIMITS.params)),
});

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
  template: nullable(oneOf('2019', '2021')),
  publishedAt: nullable(text),
  verdict: oneOf('inconsistent', 'warnings', 'unverified', 'consistent', 'not-a-report'),
  tables: object({ 2: optional(modelTable), 3: optional(modelTable), 4: optional(modelTable) }),
  findings: list(finding, RECORD_LIMITS.findings),
  savedAt: date,
  updatedAt: date,
  checkerVersion: text,
  evidence,
  note: textUpTo(RECORD_LIMITS.note),
  annotations: dict(object({ note: textUpTo(RECORD_LIMITS.note), status: oneOf(...FINDING_STATUSES) }), RECORD_LIMITS.annotations),
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
