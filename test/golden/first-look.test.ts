// The first look (src/extract/first-look.ts) settles a page as no report only where the report model says the same:
// same verdict, same title, same reason, and the very audit result runRules gives (key order included, as the CLI
// prints it) — over every fixture, the fuzz corpus, the generated non-report pages and mutated pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import { firstLook, notAReportResult } from '../../src/extract/first-look';
import { loadBytes } from '../../src/node/load';
import { readHtmlString } from '../../src/node/html';
import type { PageDoc } from '../../src/page/types';
import { loadCorpus, realPage } from '../fuzz/corpus';
import { mutate, mutation } from '../fuzz/mutations';
import { tokenize } from '../fuzz/tokens';
import { nonReportPage, type NonReportKind } from '../generator/nonreport';
import { ROOT, goldenSources } from './golden';

/** true when the first look settled the page (and then agreed with the model) */
function agrees(doc: PageDoc, source = 'page.html'): boolean {
  const look = firstLook(doc);
  const { model, result } = auditDoc(doc, source);
  if (!look) return false;
  expect(model.isReport).toBe(false);
  expect(look.reason).toBe(model.notReportReason);
  expect(JSON.stringify(notAReportResult(source, doc, look))).toBe(JSON.stringify(result));
  return true;
}

describe('first look = report model', () => {
  it('every fixture: non-reports are settled early, reports never', async () => {
    const settled: string[] = [];
    for (const path of goldenSources()) {
      const { doc } = await loadBytes(path, new Uint8Array(readFileSync(join(ROOT, path))));
      if (agrees(doc, path)) settled.push(path);
    }
    // the news page and the statistics table carry no report title; the listing and the notice are titled pages
    expect(settled).toEqual(expect.arrayContaining(['test/fixtures/nonreport/news-article.html', 'test/fixtures/nonreport/statistics-data.html']));
    for (const path of settled) expect(path).toMatch(/nonreport/);
  });

  it('generated non-report pages of every kind', () => {
    const kinds: NonReportKind[] = ['listing', 'template-notice', 'budget', 'news', 'statistics'];
    let settled = 0;
    for (const kind of kinds) for (let seed = 1; seed <= 6; seed++) if (agrees(readHtmlString(nonReportPage(kind, seed)))) settled++;
    expect(settled).toBeGreaterThan(0);
  });

  it('mutated report pages (titles cut, headings broken)', () => {
    const bases = [...loadCorpus(), realPage()].filter((b) => b.kind === 'html').map((b) => tokenize('html', b.content));
    fc.assert(fc.property(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.option(fc.nat(), { freq: 3 }),
      (tokens, mutations, cut) => { agrees(readHtmlString(mutate(tokens, mutations, cut))); }), { numRuns: 200 });
  });
});
