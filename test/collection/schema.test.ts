// The record's checker names the field that is wrong; finding keys are stable and unique; the fingerprint
// does not depend on the order fields were written in.
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../src/collection/validate';
import { canonicalJson } from '../../src/collection/canonical';
import { contentHash } from '../../src/collection/capture';
import { recordOf } from '../../src/collection/record';
import { findingKey, findingKeys } from '../../src/collection/schema';
import { fixtureCaptures } from './support';
import type { Finding } from '../../src/model/types';

describe('saved-report record', () => {
  it('a fresh record passes; a broken one names its field', async () => {
    const r = await recordOf(fixtureCaptures()[1]);
    expect(checkRecord(r)).toEqual({ ok: true, record: r });
    const broken = (change: object) => {
      const c = checkRecord({ ...r, ...change });
      return c.ok ? 'ok' : `${c.error.field}: ${c.error.problem}`;
    };
    expect(broken({ url: 3 })).toBe('url: expected text');
    expect(broken({ savedAt: 'yesterday' })).toMatch(/^savedAt: expected a date/);
    expect(broken({ tables: { 3: { ...r.tables[3], rows: [{ id: 'x', label: 'x', anchor: 'a', cells: [{ raw: '1', kind: 'number', value: '1', anchor: 'a' }] }] } } }))
      .toBe('tables.3.rows[0].cells[0].value: expected a number');
    expect(broken({ evidence: { ...r.evidence, sha256: 'abc' } })).toBe('evidence.sha256: expected 64 hexadecimal digits');
    expect(broken({ schemaVersion: 0 })).toMatch(/^schemaVersion/);
    expect(broken({ findings: [{ ...r.findings[0], location: { ...r.findings[0].location, table: 5 } }] }))
      .toBe('findings[0].location.table: expected 2, 3, 4');
  });

  it('finding keys: rule and place; two findings at one place get #2', async () => {
    const r = await recordOf(fixtureCaptures()[1]);
    const f = r.findings[0];
    const at = (location: Partial<Finding['location']>): Finding => ({ ...f, rule: 'balance', message: 'any words', location: { ...f.location, table: null, section: null, row: null, column: null, anchor: null, ...location } });
    // the key names the place, not the words: the same finding in another language keeps its note and status
    expect(findingKey(at({ table: 3, column: '自然人', anchor: 't2.r4.c1' }))).toBe('balance|3||自然人|t2.r4.c1');
    expect(findingKey({ ...at({ table: 3, column: '自然人', anchor: 't2.r4.c1' }), message: 'other words', severity: 'info' })).toBe('balance|3||自然人|t2.r4.c1');
    expect(findingKey(at({ section: '五、存在的主要问题及改进情况' }))).toBe('balance||||');
    expect(findingKeys([f, f, f])).toEqual([findingKey(f), `${findingKey(f)}#2`, `${findingKey(f)}#3`]);
    expect(new Set(findingKeys(r.findings)).size).toBe(r.findings.length);
  });

  it('canonical JSON sorts keys at every depth; the hash follows the content only', async () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }] })).toBe('{"a":[{"c":null,"d":"x"}],"b":1}');
    const tables = [{ anchor: 't1', rows: [['a', '1']] }];
    expect(await contentHash('text', tables)).toBe(await contentHash('text', [{ rows: [['a', '1']], anchor: 't1' }]));
    expect(await contentHash('text', tables)).not.toBe(await contentHash('text.', tables));
  });
});
