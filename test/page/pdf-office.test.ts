// Generated reports as offices publish them: LibreOffice PDFs (test/fixtures/office: HTML → .docx → .pdf, and
// test/fixtures/pdf: a page printed straight to PDF). Every consistent one reads with no error; each injected defect
// is found at its row and column, on its page; and the findings are the HTML's (page numbers aside).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import type { AuditResult } from '../../src/model/types';
import { readHtmlString } from '../../src/node/cheerio';
import { readPdfBytes } from '../../src/node/pdf';
import type { Expected } from '../generator/fixtures';
import { findingKey } from '../property/harness';
import { matches, mismatches } from '../support/expect';

interface Manifest { name: string; from: string; description: string; expected: Expected }
const sets = ['office', 'pdf'].map((d) => join(__dirname, '../fixtures', d)).filter(existsSync);
const fixtures = sets.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json'))
  .map((f) => ({ dir, m: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Manifest }))
  .filter(({ dir, m }) => existsSync(join(dir, `${m.name}.pdf`))));

const keys = (r: AuditResult, infos: boolean) => r.findings.filter((f) => infos || f.severity !== 'info').map(findingKey).sort();

describe('generated reports as PDF', () => {
  it('there is a fixture set, consistent and broken', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    expect(fixtures.some(({ m }) => m.expected.verdict === 'consistent')).toBe(true);
    expect(fixtures.some(({ m }) => m.expected.findings.some((f) => f.row || f.column))).toBe(true);
  });

  for (const { dir, m } of fixtures) {
    it(`${m.name}.pdf: ${m.description}`, async () => {
      const doc = await readPdfBytes(new Uint8Array(readFileSync(join(dir, `${m.name}.pdf`))));
      const { result } = auditDoc(doc, `${m.name}.pdf`);
      expect(mismatches(result, m.expected.findings, m.expected.only)).toEqual([]);
      expect(result.verdict).toBe(m.expected.verdict);
      expect(result.year).toBe(m.expected.year);
      expect(result.template).toBe(m.expected.template);
      if (m.expected.verdict === 'consistent') expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      // each defect at its row and column, with the page it is on
      for (const e of m.expected.findings.filter((x) => x.table)) {
        const found = result.findings.filter((f) => matches(f, e));
        expect(found.length, `${e.rule} ${e.row ?? ''} ${e.column ?? ''}`).toBeGreaterThan(0);
        for (const f of found) if (f.location.anchor) expect(f.location.page, `${f.rule} ${f.location.anchor}`).toBeGreaterThan(0);
      }
      // the same errors and warnings as the HTML it was made from; where the tables are ruled, every finding
      const source = join(dir, `${m.name}.html`);
      if (!existsSync(source)) return;
      const html = auditDoc(readHtmlString(readFileSync(source, 'utf8')), m.name).result;
      expect(keys(result, false)).toEqual(keys(html, false));
      const ruled = doc.blocks.some((b) => b.kind === 'table' && !b.emptyIsLayout);
      if (ruled) expect(keys(result, true)).toEqual(keys(html, true));
    }, 60_000);
  }
});
