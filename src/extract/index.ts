// page model → report model: identity, sections, the three tables, statements, template.
import type { Block, PageDoc, TextBlock } from '../page/types';
import type { LabelSeen, ModelRow, ModelTable, ReportModel, SectionSeen, TableNo, TemplateId } from '../model/types';
import { TEMPLATES, templateForYear } from '../template';
import { normLabel, toHalfWidth } from '../text/normalize';
import { agencyOf, readIdentity } from './identity';
import { linearTables } from './linear';
import { findSections, sectionHeadings } from './sections';
import { sectionTexts } from './sectionText';
import { readStatements } from './statements';
import { fitValues, groupTables, readRowTable, readTable4, toCellValue, type RawTable, type TableCandidate } from './tables';
import { expectedLabel, tableWidth } from './expected';
import { presentButUnread, unreadableRows } from './presence';

export function buildModel(doc: PageDoc, source: string): ReportModel {
  if (doc.unreadable) return unreadableModel(doc, source);
  const headings = sectionHeadings(doc.blocks);
  const sections = findSections(doc.blocks, headings);
  // every section-like heading ends a table, a repeated one too
  const headingAt: number[] = [];
  for (let i = 0; i < headings.length; i++) if (headings[i]) headingAt.push(i);
  const headingSet = new Set(headingAt);

  const cands: TableCandidate[] = [];
  for (let at = 0; at < doc.blocks.length; at++) {
    const b = doc.blocks[at];
    if (b.kind === 'table') cands.push({ at, block: b });
  }
  const linear = linearTables(doc.blocks, headingSet);
  cands.push(...linear);
  cands.sort((a, b) => a.at - b.at);
  const grouped = groupTables(cands, headingAt);

  const raw: Partial<Record<TableNo, RawTable>> = {};
  for (const [table, g] of grouped) raw[table] = table === 4 ? readTable4(g.blocks, g.anchors) : readRowTable(table, g.blocks, g.anchors);

  const identity = readIdentity(doc);
  const evidence = templateEvidence(raw);
  const template = decideTemplate(evidence, identity.year);

  const tables: ReportModel['tables'] = {};
  const labels: LabelSeen[] = [];
  for (const t of [2, 3, 4] as TableNo[]) {
    const r = raw[t];
    if (!r) continue;
    const rows: ModelRow[] = [];
    for (const row of r.rows) {
      const width = tableWidth(template, t, row.id);
      const cells = (width === null ? row.values : fitValues(row, width)).map(toCellValue);
      rows.push({ id: row.id, label: row.label, anchor: row.anchor, cells });
    }
    tables[String(t) as '2' | '3' | '4'] = { table: t, anchors: r.anchors, rows } satisfies ModelTable;
    if (template) {
      for (const h of r.hits) {
        const exp = expectedLabel(template, h.table, h.kind, h.id);
        if (exp && !exp.accepted.includes(normLabel(h.found))) {
          labels.push({ kind: h.kind === 'block' ? 'row' : h.kind, table: h.table, id: h.id, found: h.found, expected: exp.label, anchor: h.anchor });
        }
      }
    }
  }

  // prose: every text block that is not a table cell flattened into a paragraph
  // looked up by anchor, not searched per cell: a long flattened run would make that quadratic
  const blockAt = new Map<string, number>();
  doc.blocks.forEach((b, i) => { if (!blockAt.has(b.anchor)) blockAt.set(b.anchor, i); });
  const cellBlocks = new Set<number>();
  for (const l of linear) for (const row of l.block.rows) for (const c of row) {
    const i = blockAt.get(c.anchor);
    if (i !== undefined) cellBlocks.add(i);
  }
  const statements = readStatements(doc.blocks, cellBlocks);

  const hasValues = Object.values(tables).some(holdsNumbers);
  const tableCount = Object.keys(tables).length;
  let isReport = identity.titled && (tableCount > 0 && hasValues || sections.length >= 3);
  let notReportReason: string | undefined;
  if (!identity.titled && sections.length >= 4 && tableCount >= 2 && hasValues) isReport = true;
  if (!isReport) {
    notReportReason = !identity.titled
      ? (identity.title ? 'the title does not name an annual report (政府信息公开工作年度报告)' : 'no title naming an annual report')
      : tableCount > 0 && !hasValues ? 'the tables hold no numbers (a blank template or notice)' : 'no statistical tables and no numbered sections';
  }

  return {
    source,
    isReport,
    ...(notReportReason ? { notReportReason } : {}),
    title: identity.title,
    agency: isReport ? identity.agency ?? agencyOf(identity.title) : null,
    level: isReport ? identity.level : null,
    year: isReport ? identity.year : null,
    template: isReport ? template : null,
    publishedAt: isReport ? identity.publishedAt : null,
    sections: sections.map(({ at: _at, ...s }) => s),
    tables: isReport ? tables : {},
    labels: isReport ? dedupeLabels(labels) : [],
    years: readYears(doc, sections, identity.year),
    statements,
    templateEvidence: evidence,
    ...(isReport ? { sectionText: sectionTexts(textBlocksOutsideCells(doc.blocks, cellBlocks)) } : {}),
    ...(doc.truncated ? { truncated: doc.truncated } : {}),
    ...unreadableOf(isReport, doc, grouped, tables, sections),
  };
}

/** whether a table of the model holds a number anywhere */
function holdsNumbers(t: ModelTable | undefined): boolean {
  for (const r of t?.rows ?? []) for (const c of r.cells) if (c.kind === 'number') return true;
  return false;
}

/** the text blocks that are not a text table's cells (null in their place), by a loop: every page comes here */
function textBlocksOutsideCells(blocks: Block[], cellBlocks: Set<number>): Array<TextBlock | null> {
  const out: Array<TextBlock | null> = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    out.push(b.kind === 'text' && !cellBlocks.has(i) ? b : null);
  }
  return out;
}

function unreadableOf(isReport: boolean, doc: PageDoc, grouped: ReturnType<typeof groupTables>, tables: ReportModel['tables'], sections: SectionSeen[]): Pick<ReportModel, 'unreadable'> {
  if (!isReport) return {};
  const unreadable = [...unreadableRows(grouped), ...presentButUnread(doc, tables, sections)];
  return unreadable.length ? { unreadable } : {};
}

function dedupeLabels(labels: LabelSeen[]): LabelSeen[] {
  const seen = new Set<string>();
  return labels.filter((l) => { const k = `${l.table}|${l.kind}|${l.id}|${l.found}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

/** table 2's column wordings that only one template uses (本年制发件数 → 2021, 本年新制作数量 → 2019) */
const COLUMN_TEMPLATE: Map<string, TemplateId> = (() => {
  const words = (id: TemplateId) => new Set(TEMPLATES[id].table2.blocks.flatMap((b) => b.columns.map((c) => normLabel(c.path.at(-1)!))));
  const w2019 = words('2019');
  const w2021 = words('2021');
  const only = new Map<string, TemplateId>();
  for (const w of w2021) if (!w2019.has(w)) only.set(w, '2021');
  for (const w of w2019) if (!w2021.has(w)) only.set(w, '2019');
  return only;
})();

/** Which template the tables follow: table 2's column labels, 第（九）项, the sub-rows of （六）. */
function templateEvidence(raw: Partial<Record<TableNo, RawTable>>): Array<{ template: TemplateId; what: string }> {
  const out: Array<{ template: TemplateId; what: string }> = [];
  for (const h of raw[2]?.hits ?? []) {
    const t = h.kind === 'column' ? COLUMN_TEMPLATE.get(normLabel(h.found)) : undefined;
    if (t) out.push({ template: t, what: `表二列「${h.found}」` });
    if (h.kind === 'block' && h.id === 'item9') out.push({ template: '2019', what: '表二第二十条第（九）项' });
  }
  for (const r of raw[2]?.rows ?? []) if (r.id === 'item5.otherServices') out.push({ template: '2019', what: '表二「其他对外管理服务事项」' });
  const rows3 = new Set(raw[3]?.rows.map((r) => r.id));
  if (rows3.has('other.1') || rows3.has('other.2') || rows3.has('other.3')) out.push({ template: '2021', what: '表三（六）其他处理分三项' });
  else if (rows3.has('other')) out.push({ template: '2019', what: '表三（六）其他处理为一行' });
  return out;
}

/** a file with nothing to read (a scan): no claim either way, verdict unverified (rules/index.ts) */
function unreadableModel(doc: PageDoc, source: string): ReportModel {
  return {
    source, isReport: false, unreadableFile: doc.unreadable, title: doc.title, agency: null, year: null, template: null, publishedAt: null,
    sections: [], tables: {}, labels: [], years: { title: null, period: null, body: null },
    statements: { applications: [], noReviewLitigation: null, fee: null }, templateEvidence: [],
    ...(doc.truncated ? { truncated: doc.truncated } : {}),
  };
}

function decideTemplate(evidence: Array<{ template: TemplateId }>, year: number | null): TemplateId | null {
  let n2019 = 0;
  for (const e of evidence) if (e.template === '2019') n2019++;
  const n2021 = evidence.length - n2019;
  if (n2019 > n2021) return '2019';
  if (n2021 > n2019) return '2021';
  return year ? templateForYear(year) : null;
}

const PERIOD = /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起|至|到|—|-|~)/;

function readYears(doc: PageDoc, sections: Array<{ id: string; at: number }>, titleYear: number | null): ReportModel['years'] {
  let period: number | null = null;
  let body: number | null = null;
  for (const b of doc.blocks) {
    if (b.kind !== 'text') continue;
    const m = PERIOD.exec(toHalfWidth(b.text));
    if (m) { period = Number(m[1]); break; }
  }
  const s1 = sections.find((s) => s.id === 's1');
  if (s1) {
    const next = doc.blocks.slice(s1.at + 1, s1.at + 4).find((b) => b.kind === 'text' && b.text.length > 20);
    const m = next && /^\s*((?:19|20)\d{2})\s*年(?!\s*1\s*月\s*1\s*日)/.exec(toHalfWidth((next as { text: string }).text));
    if (m) body = Number(m[1]);
  }
  return { title: titleYear, period, body };
}

