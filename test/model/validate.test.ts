// The run-time checks of the model's shapes (src/model/validate.ts) hold results to the published JSON Schema: what
// the schema accepts as a report they accept, and each wrong type in a field is turned away by both.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import type { AuditResult } from '../../src/model/types';
import { auditResult, isAuditResult } from '../../src/model/validate';
import { readHtmlString } from '../../src/node/cheerio';

const ROOT = join(__dirname, '../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'src/schema/audit-result.schema.json'), 'utf8'));
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
ajv.addSchema(schema);
const schemaAccepts = ajv.getSchema(`${schema.$id}#/$defs/report`)!;

const dir = join(ROOT, 'test/fixtures/html');
const results: AuditResult[] = readdirSync(dir).filter((f) => f.endsWith('.html')).slice(0, 12)
  .map((f) => auditDoc(readHtmlString(readFileSync(join(dir, f), 'utf8')), f).result);
const withFinding = results.find((r) => r.findings.length && r.findings.some((f) => f.location.cells?.length))!;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe('model shapes at run time', () => {
  it('accept every result the schema accepts', () => {
    expect(results.length).toBeGreaterThan(5);
    for (const r of results) {
      expect(schemaAccepts(r), r.source).toBe(true);
      expect(auditResult(r, ''), r.source).toBeNull();
    }
  });

  it.each([
    ['verdict', (r: AuditResult) => { (r as { verdict: string }).verdict = 'fine'; }, 'verdict'],
    ['year as text', (r: AuditResult) => { (r as { year: unknown }).year = '2023'; }, 'year'],
    ['template', (r: AuditResult) => { (r as { template: unknown }).template = '2020'; }, 'template'],
    ['a message that is markup, not text', (r: AuditResult) => { (r.findings[0] as { message: unknown }).message = { html: '<b>x</b>' }; }, 'findings[0].message'],
    ['severity', (r: AuditResult) => { (r.findings[0] as { severity: string }).severity = 'fatal'; }, 'findings[0].severity'],
    ['table number', (r: AuditResult) => { (r.findings[0].location as { table: unknown }).table = 5; }, 'findings[0].location.table'],
    ['a cell anchor', (r: AuditResult) => { (r.findings[0].location.cells as unknown[])[0] = 7; }, 'findings[0].location.cells[0]'],
    ['params', (r: AuditResult) => { r.findings[0].params = { x: { y: 1 } as unknown as string }; }, 'findings[0].params["x"]'],
    ['findings as an object', (r: AuditResult) => { (r as { findings: unknown }).findings = {}; }, 'findings'],
  ])('turn away a wrong %s, naming the field', (_, spoil, field) => {
    const r = clone(withFinding);
    spoil(r);
    expect(schemaAccepts(r)).toBe(false);
    expect(isAuditResult(r)).toBe(false);
    expect(auditResult(r, '')?.field).toBe(field);
  });
});
