// Findings without messages (as the page's auditor sends them) rendered from the catalogue by the extension's pages
// read exactly as the checker's own messages, in both languages.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import { messageOf, withMessages } from '../../src/rules/messages';
import { readFixture } from '../support/read';

const DIRS = ['assets/samples', 'test/fixtures/html'];
const ROOT = join(__dirname, '../..');
const pages = DIRS.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => /\.html$/.test(f) && f !== 'index.html').map((f) => join(d, f)));

describe('messages rendered after the audit', () => {
  it('covers pages with findings', () => {
    const withFindings = pages.filter((p) => auditDoc(readFixture(join(ROOT, p)), p).result.findings.length > 0);
    expect(withFindings.length).toBeGreaterThan(3);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: messages: false gives ids and parameters only; rendered, the same findings as the checker's`, () => {
      for (const p of pages) {
        const doc = readFixture(join(ROOT, p));
        const full = auditDoc(doc, p, { lang }).result;
        const bare = auditDoc(doc, p, { lang, messages: false }).result;
        expect(bare.findings.every((f) => f.message === '' && f.params), p).toBe(true);
        expect(withMessages(bare, lang), p).toEqual(full);
      }
    });
  }

  it('a rule the catalogue does not know renders as empty, not as a crash', () => {
    const f = { rule: 'no-such-rule', severity: 'error' as const, message: '', location: { table: null, section: null, row: null, column: null, anchor: null }, expected: 1, actual: 2, params: {} };
    expect(messageOf(f, 'zh')).toBe('');
  });
});
