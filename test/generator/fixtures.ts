// The static fixtures the project commits: consistent reports in every page shape, reports broken on purpose
// (one rule family each), non-report pages, and the demo's samples — each with what the checker should find.
import type { Severity, TemplateId, Verdict } from '../../src/model/types';
import { RULES } from '../../src/rules/catalogue';
import { TEMPLATES, joinPath } from '../../src/template';
import { buildDoc, sectionRange, type ReportDoc } from './document';
import { failingRelations, expectedLocation, valueOf, type Relation } from './relations';
import { cellKey, cloneReport, generateReport, isResultRow, type GenerateOptions, type Report } from './report';
import { render, type RenderOptions, type Shape } from './shapes';
import { nonReportPage, listingPage, type NonReportKind } from './nonreport';
import { writesPlaceholder } from './values';
import { gridFor } from './grid';

/** a finding that must be there; row/column are the template's label paths (column of review-total: a prefix) */
export interface ExpectedFinding { rule: string; table?: 2 | 3 | 4; row?: string; column?: string }

export interface Expected {
  isReport: boolean;
  verdict?: Verdict;
  year?: number | null;
  template?: TemplateId | null;
  publishedAt?: string | null;
  findings: ExpectedFinding[];
  /** no error or warning other than the listed ones (arithmetic: at the listed locations only) */
  only: boolean;
}

export interface FixtureSpec {
  /** path under test/fixtures (or assets/samples) */
  file: string;
  description: string;
  content: string;
  /** encode the file as GBK (done by the writer with iconv) */
  gbk?: boolean;
  expected: Expected;
}

// ---------- helpers ----------

/** the first report from `seed` on that satisfies `ok` (deterministic) */
export function findReport(seed: number, opts: GenerateOptions, ok: (r: Report) => boolean = () => true): Report {
  for (let s = seed; s < seed + 5000; s++) {
    const r = generateReport(s, opts);
    if (ok(r)) return r;
  }
  throw new Error('no report found');
}

export const relationFindings = (r: Report, rels: Relation[] = failingRelations(r)): ExpectedFinding[] =>
  rels.map((rel) => ({ rule: rel.rule, table: rel.table, ...expectedLocation(r.template, rel) }));

/** placeholder-value, once per table that shows a placeholder */
export function placeholderFindings(r: Report, opts: RenderOptions): ExpectedFinding[] {
  const out: ExpectedFinding[] = [];
  for (const t of [2, 3, 4] as const) {
    const keys = gridFor(t, r.template).rows.flat().filter((c) => c.key).map((c) => c.key!);
    if (keys.some((k) => writesPlaceholder(r, k, opts))) out.push({ rule: 'placeholder-value', table: t });
  }
  return out;
}

/** each rule's severity, as the catalogue declares it */
export const SEVERITY: Record<string, Severity> = Object.fromEntries(RULES.map((r) => [r.id, r.severity]));

export const rowPath = (template: TemplateId, id: string) => joinPath(TEMPLATES[template].table3.rows.find((r) => r.id === id)!.path);

const identity = (r: Report) => ({ year: r.year, template: r.template, publishedAt: r.publishedAt });

function reportFixture(file: string, description: string, doc: ReportDoc, shape: Shape, findings: ExpectedFinding[],
  opts: RenderOptions = {}, extra: Partial<Expected> = {}): FixtureSpec {
  const severities = findings.map((f) => SEVERITY[f.rule]);
  const verdict: Verdict = severities.includes('error') ? 'inconsistent' : severities.includes('warning') ? 'warnings' : 'consistent';
  return {
    file, description, content: render(doc, shape, opts).content,
    expected: {
      isReport: true, ...identity(doc.report),
      verdict,
      findings, only: true, ...extra,
    },
  };
}

const YEAR_2021 = { year: 2023 };

// ---------- consistent reports, one per page shape ----------

export function consistentFixtures(): FixtureSpec[] {
  const out: FixtureSpec[] = [];
  const add = (file: string, description: string, seed: number, opts: GenerateOptions, shape: Shape, ro: RenderOptions = {}) => {
    const r = findReport(seed, opts);
    const doc = buildDoc(r);
    out.push(reportFixture(file, description, doc, shape, placeholderFindings(r, ro), ro));
  };
  add('html/word-export-2023-consistent.html', 'Word export (MsoNormal, <p><span> cells, rowspan/colspan, <o:p> blanks), 2023, 2021 template', 101, YEAR_2021, 'word');
  add('html/word-export-2020-consistent.html', 'Word export, 2020 report on the 2019 template (第（九）项, one （六）其他处理 row, signed 本年增/减)', 102, { year: 2020 }, 'word');
  add('html/clean-thead-2022-consistent.html', 'clean <table> with <thead>/<tbody> and <th>, 2022', 103, { year: 2022 }, 'clean');
  add('html/word-export-split-table3.html', 'table 3 split in two <table>s at a page break; merged label cells continue empty below', 104, YEAR_2021, 'split', { splitTable3After: 'refused.6' });
  add('html/flattened-cells.html', 'tables stripped to one <p> per cell', 105, { year: 2024 }, 'flat');
  add('html/fullwidth-digits.html', 'full-width digits (０-９) in the values and the prose', 106, YEAR_2021, 'fullwidth');
  add('html/layout-tables.html', 'page built of layout tables; the article and its data tables sit inside a layout cell', 107, { year: 2022 }, 'layout');
  add('html/pre-tab-text.html', 'tables as tab-separated text inside <pre>', 108, YEAR_2021, 'pre');
  add('html/government-2023-march.html', 'a 县级人民政府 report published in March (its deadline is 31 March: no late-publication)', 109, { year: 2023, government: true }, 'word');
  add('html/placeholders.html', 'zeros written as blank, "—", "/" or "无" in component cells (totals written as 0)', 110, YEAR_2021, 'word',
    { placeholders: { style: 'mixed', totals: false } });
  add('text/tsv-2023-consistent.txt', 'tab-separated text with plain headings', 111, YEAR_2021, 'tsv');
  add('text/markdown-2022-consistent.md', 'markdown headings and pipe tables', 112, { year: 2022 }, 'markdown');
  add('text/lines-2020-consistent.txt', 'one cell per line (Word "save as text"), 2019 template', 113, { year: 2020 }, 'lines');
  // zeros as blanks everywhere, totals included: a blank total over blank parts holds as 0 = 0
  const r = findReport(114, YEAR_2021, (x) => Object.values(x.table4).some((v) => v === 0));
  const ro: RenderOptions = { placeholders: { style: 'blank', totals: true } };
  out.push(reportFixture('html/placeholders-blank-totals.html', 'every zero blank, totals included: blank totals over blank parts hold as 0 = 0',
    buildDoc(r), 'word', placeholderFindings(r, ro), ro, { verdict: 'consistent' }));
  // GBK bytes, declared in <meta charset>
  const g = findReport(115, { year: 2022 });
  out.push({ ...reportFixture('html/gbk-word-export.html', 'Word export served as GBK (<meta charset="gbk">)', buildDoc(g), 'word', [], { charset: 'gbk' }), gbk: true });
  return out;
}

// ---------- broken reports, one rule family each ----------

function broken(file: string, description: string, base: Report, edit: (r: Report) => void, findings: (r: Report) => ExpectedFinding[],
  shape: Shape = 'word', opts: RenderOptions = {}, docEdit?: (d: ReportDoc) => void): FixtureSpec {
  const r = cloneReport(base);
  edit(r);
  const doc = buildDoc(r);
  docEdit?.(doc);
  return reportFixture(file, description, doc, shape, findings(r), opts);
}

const add3 = (r: Report, row: string, col: string, d: number) => { r.table3[row][col] += d; };
const resultRows = (r: Report) => TEMPLATES[r.template].table3.rows.map((x) => x.id).filter(isResultRow);

export function brokenFixtures(): FixtureSpec[] {
  const base = (seed: number, opts: GenerateOptions = YEAR_2021, ok?: (r: Report) => boolean) => findReport(seed, opts, ok);
  const arithmetic = (r: Report) => relationFindings(r);
  const out: FixtureSpec[] = [];

  out.push(broken('html/broken-balance.html', '四、结转下年度 raised by 1 in 自然人 and 总计: 一+二 ≠ 三（七）+四 in those two columns',
    base(201), (r) => { add3(r, 'carryOver', 'natural', 1); add3(r, 'carryOver', 'total', 1); }, arithmetic));

  out.push(broken('html/broken-row-total.html', 'the 总计 of （一）予以公开 one too high and of another result row one too low: two row totals wrong, column sums intact',
    base(202, YEAR_2021, (r) => resultRows(r).some((x) => x !== 'granted' && r.table3[x].total > 0)),
    (r) => { add3(r, 'granted', 'total', 1); add3(r, resultRows(r).find((x) => x !== 'granted' && r.table3[x].total > 0)!, 'total', -1); }, arithmetic, 'clean'));

  out.push(broken('html/broken-result-total.html', '（一）予以公开 one higher in 自然人 and 总计 while （七）总计 stays: result totals wrong in two columns',
    base(203), (r) => { add3(r, 'granted', 'natural', 1); add3(r, 'granted', 'total', 1); }, arithmetic));

  out.push(broken('html/broken-review-total.html', '行政复议 总计 one higher than its four outcomes',
    base(204, { year: 2022, noReview: false }, (r) => r.table4['review.total'] > 0), (r) => { r.table4['review.total'] += 1; }, arithmetic));

  out.push(broken('html/broken-narrative.html', 'the prose states more applications received than row 一 (and 一+二) of table 3',
    base(205), (r) => { r.text.applications = r.table3.new.total + r.table3.carried.total + 3; }, () => [{ rule: 'narrative-mismatch' }]));

  out.push(broken('html/broken-missing-section.html', 'section 五、存在的主要问题及改进情况 left out',
    base(206), () => undefined, () => [{ rule: 'missing-section' }], 'word', {},
    (d) => { const [a, b] = sectionRange(d, 's5'); d.parts.splice(a, b - a); }));

  out.push(broken('html/broken-missing-table4.html', 'table 4 left out (its heading and the rest of the report are there)',
    base(207, YEAR_2021, (r) => Object.values(r.table4).some((v) => v > 0)), () => undefined, () => [{ rule: 'missing-table', table: 4 }], 'word', {},
    (d) => { d.parts = d.parts.filter((p) => !(p.kind === 'table' && p.table === 4)); }));

  const shifted = base(208);
  out.push(broken('html/broken-shifted-row.html', 'row （二）部分公开 has six value cells: its 自然人 cell is missing and the others moved left',
    shifted, () => undefined, (r) => [{ rule: 'cell-count', table: 3, row: rowPath(r.template, 'partial') }],
    'word', { dropCells: [cellKey(3, 'partial', 'natural')] }));

  out.push(broken('html/broken-non-numeric.html', '"见附件" written in a value cell of table 3',
    base(209), (r) => { r.raw[cellKey(3, 'unable.1', 'natural')] = '见附件'; }, () => [{ rule: 'non-numeric', table: 3 }]));

  out.push(broken('html/broken-negative-count.html', 'a negative count (本年废止件数 of 行政规范性文件 written as -1) in table 2',
    base(210), (r) => { r.raw[cellKey(2, 'normativeDocs', 'repealed')] = '-1'; }, () => [{ rule: 'invalid-number', table: 2 }]));

  out.push(broken('html/broken-template-2019-for-2022.html', 'a 2022 report whose tables follow the 2019 template (第（九）项, old table-2 columns, one （六） row)',
    base(211, { year: 2022, template: '2019' }), () => undefined, () => [{ rule: 'template-mismatch' }]));

  out.push(broken('html/broken-fee-statement-missing.html', 'a 2023 report that never says whether 信息处理费 were collected',
    base(212), (r) => { r.text.fee = false; }, () => [{ rule: 'fee-statement-missing' }]));

  out.push(broken('html/broken-year-mismatch.html', 'the title says 2023 while the statistics period and the body say 2022',
    base(213), (r) => { r.text.bodyYear = r.year - 1; }, () => [{ rule: 'year-mismatch' }]));

  out.push(broken('html/broken-late-publication.html', 'a department\'s 2023 report published on 18 March 2024 (deadline 31 January)',
    base(214, { year: 2023, government: false }), (r) => { r.publishedAt = '2024-03-18'; }, () => [{ rule: 'late-publication' }]));

  out.push(broken('html/broken-sections-out-of-order.html', 'section 六 printed before section 五',
    base(215), () => undefined, () => [{ rule: 'section-order' }], 'word', {},
    (d) => {
      const [a5, b5] = sectionRange(d, 's5');
      const five = d.parts.splice(a5, b5 - a5);
      const [, b6] = sectionRange(d, 's6');
      d.parts.splice(b6, 0, ...five);
    }));

  return out;
}

// ---------- pages that are not reports ----------

export function nonReportFixtures(): FixtureSpec[] {
  const kinds: Array<[NonReportKind, string, string]> = [
    ['listing', 'nonreport/report-listing.html', 'the 政府信息公开年报 column: links to reports only'],
    ['template-notice', 'nonreport/template-notice.html', 'the 国办 notice printing the report format: six headings and the three tables, every value empty'],
    ['budget', 'nonreport/budget-table.html', '部门预算 page with a 收支预算总表'],
    ['news', 'nonreport/news-article.html', 'a news article that mentions reports and application figures'],
    ['statistics', 'nonreport/statistics-data.html', '统计数据 page with a numeric table'],
  ];
  return kinds.map(([kind, file, description], i) => ({
    file, description, content: nonReportPage(kind, 300 + i),
    expected: { isReport: false, verdict: 'not-a-report', findings: [], only: true },
  }));
}

// ---------- the demo's samples ----------

export function sampleFixtures(): FixtureSpec[] {
  const s: FixtureSpec[] = [];
  const consistent = (file: string, description: string, r: Report, shape: Shape, ro: RenderOptions = {}) =>
    s.push(reportFixture(file, description, buildDoc(r), shape, placeholderFindings(r, ro), ro));
  consistent('consistent-word-2023.html', 'consistent 2023 department report, Word export', findReport(401, YEAR_2021), 'word');
  consistent('consistent-government-2022.html', 'consistent 2022 report of a 县级人民政府, clean HTML tables',
    findReport(402, { year: 2022, government: true }), 'clean');
  consistent('consistent-layout-2020.html', 'consistent 2020 report on the 2019 template, page built of layout tables',
    findReport(403, { year: 2020 }), 'layout');
  consistent('consistent-placeholders-2024.html', 'consistent 2024 report whose zeros are written as "—"/"/"/"无"/blank; table 3 split at a page break',
    findReport(404, { year: 2024 }), 'split', { placeholders: { style: 'mixed', totals: false } });

  // broken samples: 1–3 realistic defects each
  const b1 = cloneReport(findReport(405, YEAR_2021, (r) => r.table3.carryOver.natural > 0));
  b1.table3.carryOver.natural -= 1; // balance (自然人) and row total of 四
  b1.text.fee = false;
  s.push(reportFixture('broken-balance-and-fee.html', '2023 report: 四、结转下年度 of 自然人 one too low (balance and row total of 四 fail); no 信息处理费 statement',
    buildDoc(b1), 'word', [...relationFindings(b1), { rule: 'fee-statement-missing' }]));

  const b2 = cloneReport(findReport(406, { year: 2022, noReview: false }, (r) => r.table4['review.total'] > 0));
  b2.text.applications = b2.table3.new.total + b2.table3.carried.total + 5;
  b2.table4['review.upheld'] += 1;
  s.push(reportFixture('broken-narrative-and-review.html', '2022 report: prose states 5 more applications than table 3; 行政复议 outcomes add up to more than its 总计',
    buildDoc(b2), 'clean', [{ rule: 'narrative-mismatch' }, ...relationFindings(b2)]));

  const b3 = cloneReport(findReport(407, { year: 2023, government: false }));
  b3.publishedAt = '2024-02-26';
  s.push(reportFixture('broken-shifted-row-late.html', '2023 department report: row （三）3 lost its 自然人 cell (values shifted left); published 26 February 2024, after the 31 January deadline',
    buildDoc(b3), 'word', [{ rule: 'cell-count', table: 3, row: rowPath(b3.template, 'refused.3') }, { rule: 'late-publication' }],
    { dropCells: [cellKey(3, 'refused.3', 'natural')] }));

  s.push({ file: 'news-nonreport.html', description: 'a government news page (not a report)', content: nonReportPage('news', 408),
    expected: { isReport: false, verdict: 'not-a-report', findings: [], only: true } });
  return s;
}

/** the samples' index: a listing page linking to them (relative links) */
export function samplesListing(samples: FixtureSpec[]): FixtureSpec {
  const titleOf = (f: FixtureSpec) => /<h1 class="article-title">([^<]*)<\/h1>/.exec(f.content)?.[1] ?? f.description;
  const links = samples.filter((f) => f.expected.isReport)
    .map((f) => ({ href: f.file, title: titleOf(f), date: f.expected.publishedAt ?? '2024-01-20' }));
  links.push({ href: 'shuyang-fgj-2023.html', title: '沭阳县发展和改革局2023年政府信息公开年度报告', date: '2024-01-17' });
  links.push({ href: 'news-nonreport.html', title: titleOf(samples.find((f) => f.file === 'news-nonreport.html')!), date: '2024-03-13' });
  return { file: 'index.html', description: 'listing page linking to every sample (not a report)', content: listingPage(409, links),
    expected: { isReport: false, verdict: 'not-a-report', findings: [], only: true } };
}

export { valueOf };
