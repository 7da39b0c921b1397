// The catalogue checks itself: a rule defined in src/rules but not in the catalogue, without words in a language, not in
// the README's rule list, or with an id the published JSON Schema would refuse, fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, RULES, renderMessage } from '../../src/rules';
import type { Rule } from '../../src/rules/types';
import { TEMPLATES } from '../../src/template';

const ROOT = join(__dirname, '../..');
const isRule = (v: unknown): v is Rule =>
  typeof v === 'object' && v !== null && typeof (v as Rule).id === 'string' && typeof (v as Rule).check === 'function';

/** every rule any module of src/rules exports, listed or not */
async function definedRules(): Promise<Rule[]> {
  const dir = join(ROOT, 'src/rules');
  const found = new Map<string, Rule>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const mod = (await import(join(dir, file))) as Record<string, unknown>;
    for (const value of Object.values(mod)) for (const v of Array.isArray(value) ? value : [value]) if (isRule(v)) found.set(v.id, v);
  }
  return [...found.values()];
}

describe('the rule catalogue', () => {
  it('runs every rule that is defined, each id and order once, in order', async () => {
    const defined = await definedRules();
    expect(defined.length).toBeGreaterThanOrEqual(20);
    expect(RULES.map((r) => r.id).sort()).toEqual(defined.map((r) => r.id).sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.order)).size).toBe(RULES.length);
    expect(RULES.map((r) => r.order)).toEqual([...RULES.map((r) => r.order)].sort((a, b) => a - b));
  });

  it('has help, why and a message for every rule in Chinese and in English, and words for no other rule', () => {
    for (const [lang, locale] of Object.entries(LOCALES)) {
      expect(Object.keys(locale.rules).sort(), lang).toEqual(RULES.map((r) => r.id).sort());
      for (const r of RULES) {
        const w = locale.rules[r.id];
        for (const text of [w.help, w.why]) expect(text, `${lang} ${r.id}`).toMatch(lang === 'zh' ? /[\u4e00-\u9fff]/ : /[a-z]{3}/);
      }
    }
  });

  it('fills every placeholder of every message from the parameters the rule declares', () => {
    const sample = { string: 'X', number: 7, table: 3 } as const;
    for (const r of RULES) {
      const params = Object.fromEntries(Object.entries(r.params).map(([name, type]) => [name, sample[type]]));
      for (const lang of ['zh', 'en'] as const) {
        const text = renderMessage(r.id, params, lang);
        expect(text, `${lang} ${r.id}`).not.toMatch(/\{\w+\}|undefined|NaN/);
        expect(text, `${lang} ${r.id}`).not.toBe(r.id);
      }
    }
  });

  it('reads only rows the templates have', () => {
    const rowIds = (t: '2' | '3' | '4') => new Set(Object.values(TEMPLATES).flatMap((d) =>
      t === '2' ? d.table2.blocks.flatMap((b) => b.rows.map((row) => `${b.id}.${row.id}`)) : t === '3' ? d.table3.rows.map((row) => row.id) : ['outcomes']));
    for (const r of RULES) {
      for (const [t, rows] of Object.entries(r.reads.tables ?? {})) {
        if (rows === 'all') continue;
        for (const id of rows!) expect(rowIds(t as '2' | '3' | '4').has(id), `${r.id} reads ${t}:${id}`).toBe(true);
      }
    }
  });

  it('is documented: every rule in the README rule list, nothing else there', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const list = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
    const ids = [...list.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(ids).toEqual(RULES.map((r) => r.id));
  });

  it('gives ids and severities the published JSON Schema accepts', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'src/schema/audit-result.schema.json'), 'utf8'));
    const finding = schema.$defs.finding.properties;
    const idOk = (id: string) => (finding.rule.enum ? finding.rule.enum.includes(id) : new RegExp(finding.rule.pattern).test(id));
    for (const r of RULES) {
      expect(idOk(r.id), r.id).toBe(true);
      expect(finding.severity.enum).toContain(r.severity);
    }
  });
});
