// What must hold for any page, however broken: the page model stays inside the caps, and the audit result is
// exactly what the CLI's JSON Schema publishes, and survives JSON unchanged.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { MAX_BLOCK_TEXT, MAX_BLOCKS, MAX_GRID_CELLS, MAX_TABLE_COLS, MAX_TABLE_ROWS, MAX_TABLES } from '../../src/page/limits';
import type { PageDoc } from '../../src/page/types';
import type { AuditResult } from '../../src/model/types';

const SCHEMA_PATH = new URL('../../src/schema/audit-result.schema.json', import.meta.url).pathname;
/** cell text is cut shorter than block text in the walker (a statistics cell is short) */
const MAX_HEAD_TEXT = 500;

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));

/** problems with a page model, empty when it keeps to the caps */
export function capViolations(doc: PageDoc): string[] {
  const out: string[] = [];
  const tables = doc.blocks.filter((b) => b.kind === 'table');
  if (doc.blocks.length > MAX_BLOCKS + MAX_TABLES) out.push(`${doc.blocks.length} blocks`);
  if (doc.title.length > MAX_HEAD_TEXT) out.push(`title of ${doc.title.length} characters`);
  for (const [k, v] of Object.entries(doc.meta)) if (v.length > MAX_HEAD_TEXT) out.push(`meta ${k} of ${v.length} characters`);
  for (const b of doc.blocks) {
    if (b.kind === 'text') {
      if (b.text.length > MAX_BLOCK_TEXT) out.push(`${b.anchor}: text of ${b.text.length} characters`);
      continue;
    }
    const cells = b.rows.reduce((n, r) => n + r.length, 0);
    if (b.rows.length > MAX_TABLE_ROWS) out.push(`${b.anchor}: ${b.rows.length} rows`);
    if (cells > MAX_GRID_CELLS) out.push(`${b.anchor}: ${cells} cells`);
    const wide = b.rows.find((r) => r.length > MAX_TABLE_COLS);
    if (wide) out.push(`${b.anchor}: a row of ${wide.length} cells`);
    const long = b.rows.flat().find((c) => c.text.length > MAX_BLOCK_TEXT);
    if (long) out.push(`${long.anchor}: cell text of ${long.text.length} characters`);
  }
  if (tables.length > MAX_TABLES) out.push(`${tables.length} tables`);
  return out;
}

/** schema errors of one CLI output object, empty when it validates */
export function schemaErrors(result: AuditResult | object): string[] {
  if (validate(result)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** values JSON would not carry as they are (NaN, Infinity, functions), by path; undefined is left out as JSON leaves it */
export function nonJson(value: unknown, path = ''): string[] {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (typeof value !== 'object') return [`${path}: ${typeof value}`];
  return Object.entries(value).flatMap(([k, v]) => nonJson(v, `${path}/${k}`));
}
