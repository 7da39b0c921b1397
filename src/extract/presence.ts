// Absent or unreadable? A table or section the reader did not find is an error only when nothing of it stands on the
// page. Where its numbered heading or its own row and column labels are there (in prose, in a layout the readers do
// not know, in an unclassified grid) but no values could be placed, it is "present but not readable"; a row whose
// cells ran together (crawled text) is "not checked", not missing.
import type { PageDoc, TableBlock } from '../page/types';
import type { ReportModel, SectionSeen, TableNo, Unreadable } from '../model/types';
import { SECTIONS } from '../template/sections';
import { toHalfWidth } from '../text/normalize';
import { distinctive, matchTerms, termsOf } from './vocabulary';

/** not-checked reasons, as keys of src/rules/locales */
export const TABLE_UNREADABLE = 'table-unreadable';
export const SECTION_UNREADABLE = 'section-unreadable';

/** distinct labels of a table that must stand on the page before it counts as there */
const MIN_LABELS: Record<TableNo, number> = { 2: 3, 3: 3, 4: 2 };
/** shorter labels (总计, 其他, 规章) occur in prose and in other tables */
const MIN_LABEL_LENGTH = 5;

const squash = (s: string) => toHalfWidth(s).replace(/[\s\u00a0\u3000]+/g, '');

/** all the page's text, each block and each grid cell once */
function pageText(doc: PageDoc): string {
  const parts: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'text') parts.push(b.text);
    else for (const row of b.rows) for (const c of row) if (c.origin) parts.push(c.text);
  }
  return squash(parts.join('\n'));
}

/** Rows of read tables whose cells ran together, matched to the template's rows. */
export function unreadableRows(groups: Map<TableNo, { blocks: TableBlock[] }>): Unreadable[] {
  const out: Unreadable[] = [];
  for (const [table, g] of groups) {
    for (const b of g.blocks) for (const u of b.unreadable ?? []) {
      const row = matchTerms(u.label).find((m) => m.term.table === table && m.term.kind === 'row');
      out.push({ table, section: null, row: row?.term.id ?? null, label: u.label, anchor: u.anchor, reason: u.reason });
    }
  }
  return out;
}

/** Tables and sections not read whose labels or numbered headings nevertheless stand on the page. */
export function presentButUnread(doc: PageDoc, tables: ReportModel['tables'], sections: SectionSeen[]): Unreadable[] {
  const missingTables = ([2, 3, 4] as TableNo[]).filter((t) => !tables[String(t) as '2' | '3' | '4']);
  const found = new Set(sections.map((s) => s.id));
  const missingSections: typeof SECTIONS = [];
  for (const s of SECTIONS) if (!found.has(s.id)) missingSections.push(s);
  if (!missingTables.length && !missingSections.length) return [];
  const text = pageText(doc);
  const out: Unreadable[] = [];
  for (const t of missingTables) {
    const labels = new Set(termsOf(t).filter((term) => term.kind !== 'block').flatMap((term) => term.exact)
      .filter((e) => e.length >= MIN_LABEL_LENGTH && distinctive(e)));
    let seen = 0;
    for (const l of labels) if (text.includes(l) && ++seen >= MIN_LABELS[t]) break;
    if (seen >= MIN_LABELS[t]) out.push({ table: t, section: null, row: null, label: '', anchor: null, reason: TABLE_UNREADABLE });
  }
  for (const s of missingSections) {
    // the numbered heading inline ("五、存在的主要问题及改进情况"), not a mention of the subject in prose
    const numeral = '一二三四五六'[s.numeral - 1];
    const at = s.keys.map((k) => text.indexOf(`${numeral}、${squash(k)}`)).find((i) => i >= 0);
    if (at !== undefined) out.push({ table: null, section: s.id, row: null, label: s.label, anchor: null, reason: SECTION_UNREADABLE });
  }
  return out;
}
