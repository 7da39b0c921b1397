// The model's shapes checked at run time, described once: a finding, a result, a table as the checker reads it.
// Data that crosses a trust boundary passes through these: messages from a page's content script (src/messaging),
// records read from an import or an old database (src/collection/validate.ts). A check names the first field that
// is wrong: "findings[3].location.table: expected 2, 3, 4 or null". Hand-written combinators rather than ajv:
// extension pages forbid the code ajv generates; test/model/validate.test.ts holds them to the published JSON Schema.
import { MAX_BLOCK_TEXT, MAX_TABLE_COLS, MAX_TABLE_ROWS, MAX_TABLES } from '../page/limits';
import type { AuditResult, Finding, Location, ModelTable, NotChecked } from './types';

export interface Invalid {
  /** path of the field, e.g. "annotations[\"balance|3||\"].status" */
  field: string;
  problem: string;
}

export type Check = (v: unknown, at: string) => Invalid | null;

export const fail = (field: string, problem: string): Invalid => ({ field, problem });
const join = (at: string, key: string) => (at ? `${at}.${key}` : key);
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** text of at most `max` characters */
export const textUpTo = (max: number): Check => (v, at) =>
  typeof v !== 'string' ? fail(at, 'expected text') : v.length > max ? fail(at, `text longer than ${max} characters`) : null;
/** a label, a cell, a title, a message: no longer than the checker keeps of one text block */
export const text: Check = textUpTo(MAX_BLOCK_TEXT);
export const number: Check = (v, at) => (typeof v === 'number' && Number.isFinite(v) ? null : fail(at, 'expected a number'));
export const integer: Check = (v, at) => (Number.isInteger(v) ? null : fail(at, 'expected a whole number'));
export const boolean: Check = (v, at) => (typeof v === 'boolean' ? null : fail(at, 'expected true or false'));
/** any object; its fields are checked where they are used */
export const anyObject: Check = (v, at) => (isObject(v) ? null : fail(at, 'expected an object'));

export const oneOf = (...values: unknown[]): Check => (v, at) =>
  values.includes(v) ? null : fail(at, `expected ${values.map((x) => JSON.stringify(x)).join(', ')}`);
export const nullable = (c: Check): Check => (v, at) => (v === null ? null : c(v, at));
export const optional = (c: Check): Check => (v, at) => (v === undefined ? null : c(v, at));
export const either = (a: Check, b: Check, what: string): Check => (v, at) => (a(v, at) && b(v, at) ? fail(at, `expected ${what}`) : null);

/** a list of at most `max` items, each passing `item` */
export function list(item: Check, max = Infinity): Check {
  return (v, at) => {
    if (!Array.isArray(v)) return fail(at, 'expected a list');
    if (v.length > max) return fail(at, `more than ${max} items`);
    for (let i = 0; i < v.length; i++) {
      const bad = item(v[i], `${at}[${i}]`);
      if (bad) return bad;
    }
    return null;
  };
}

/** an object used as a map: at most `max` entries, keys no longer than a text */
export function dict(value: Check, max = Infinity): Check {
  return (v, at) => {
    if (!isObject(v)) return fail(at, 'expected an object');
    const entries = Object.entries(v);
    if (entries.length > max) return fail(at, `more than ${max} items`);
    for (const [k, x] of entries) {
      if (k.length > MAX_BLOCK_TEXT) return fail(at, `a key longer than ${MAX_BLOCK_TEXT} characters`);
      const bad = value(x, `${at}[${JSON.stringify(k)}]`);
      if (bad) return bad;
    }
    return null;
  };
}

/** an object with these fields and no others: an unknown field, at any level, is refused by name */
export function object(fields: Record<string, Check>): Check {
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

export type Guard<T> = (v: unknown) => v is T;

/** the checks behind the guards made here, so that guards nest (src/messaging/guard.ts) and still name the field */
const CHECKS = new WeakMap<Guard<unknown>, Check>();

/** a check as a type guard */
export function guard<T>(c: Check): Guard<T> {
  const g = (v: unknown): v is T => c(v, '') === null;
  CHECKS.set(g, c);
  return g;
}

/** the check behind a guard; a hand-written guard is asked as a whole */
export const checkOf = (g: Guard<unknown>): Check => CHECKS.get(g) ?? ((v, at) => (g(v) ? null : fail(at || '(value)', 'not accepted')));

// ---- the model's shapes ----

export const tableNo = oneOf(2, 3, 4);
const severity = oneOf('error', 'warning', 'info');
const verdict = oneOf('inconsistent', 'warnings', 'unverified', 'consistent', 'not-a-report');
const templateId = oneOf('2019', '2021');
const value = nullable(either(number, text, 'a number, text or null'));
/** more cells than any page's table has: a bound on what a message may carry */
const MAX_CELLS = 5_000;
const MAX_ITEMS = 10_000;
const MAX_PARAMS = 50;

const cell = object({
  raw: text, kind: oneOf('number', 'placeholder', 'text'), value: nullable(number), unit: optional(text), anchor: text,
});
const row = object({ id: text, label: text, anchor: text, cells: list(cell, MAX_TABLE_COLS) });
export const modelTable = object({ table: tableNo, anchors: list(text, MAX_TABLES), rows: list(row, MAX_TABLE_ROWS) });

export const location = object({
  table: nullable(tableNo), section: nullable(text), row: nullable(text), column: nullable(text),
  cells: optional(list(text, MAX_CELLS)), anchor: nullable(text), page: optional(integer),
});
export const finding = object({
  rule: text, severity, message: text, location, expected: value, actual: value,
  params: optional(dict(either(number, text, 'a number or text'), MAX_PARAMS)),
});
export const notChecked = object({ rule: text, location: optional(location), reason: text, params: optional(dict(either(number, text, 'a number or text'), MAX_PARAMS)) });
export const auditResult = object({
  source: text, isReport: boolean, verdict, title: text, agency: nullable(text), level: optional(nullable(oneOf('government', 'department'))), year: nullable(number),
  template: nullable(templateId), publishedAt: nullable(text), findings: list(finding, MAX_ITEMS), notChecked: list(notChecked, MAX_ITEMS),
  error: optional(text), truncated: optional(text),
});
export { severity as severityCheck, templateId as templateCheck, verdict as verdictCheck };

export const isLocation: Guard<Location> = guard<Location>(location);
export const isFinding = guard<Finding>(finding);
export const isNotChecked = guard<NotChecked>(notChecked);
export const isAuditResult = guard<AuditResult>(auditResult);
export const isModelTable = guard<ModelTable>(modelTable);
