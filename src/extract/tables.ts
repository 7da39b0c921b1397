// From page grids to the template's tables: which grid is table 2, 3 or 4; which row and column each
// value belongs to, found by labels, never by position.
import type { PageCell, TableBlock } from '../page/types';
import type { CellValue, TableNo, TemplateId } from '../model/types';
import { parseValue, type ParsedValue } from '../text/number';
import { hasCjk } from '../text/normalize';
import { distinctive, matchTerms, type Term, type TermMatch } from './vocabulary';

export interface ReadCell { cell: PageCell; parsed: ParsedValue; terms: TermMatch[] }

/** a template row as read, before the template is known (values not yet trimmed to its width) */
export interface RawRow {
  id: string;
  label: string;
  anchor: string;
  values: ReadCell[];
  /** unmatched text cells that stood after the row's label ("见附件" written where a number belongs) */
  spare: ReadCell[];
}

/** a label cell matched to the template, kept to compare its wording once the template is known */
export interface LabelHit { table: TableNo; kind: 'row' | 'column' | 'block'; id: string; found: string; anchor: string }

export interface RawTable {
  table: TableNo;
  anchors: string[];
  rows: RawRow[];
  hits: LabelHit[];
  evidence: Array<{ template: TemplateId; what: string }>;
}

export interface TableCandidate { at: number; block: TableBlock }

const MIN_HITS = 3;
const MIN_HITS_CONTINUED = 1;

/** Which of tables 2, 3, 4 a grid is, by the distinct template labels it carries. */
export function classify(block: TableBlock): { table: TableNo | null; hits: number } {
  const found: Record<number, Set<string>> = { 2: new Set(), 3: new Set(), 4: new Set() };
  let cells = 0;
  for (const row of block.rows) {
    for (const c of row) {
      if (!c.origin || !hasCjk(c.text) || ++cells > 400) continue;
      if (!distinctive(c.text)) continue;
      for (const m of matchTerms(c.text)) found[m.term.table].add(`${m.term.kind}:${m.term.id}`);
    }
  }
  let best: TableNo | null = null;
  let hits = 0;
  for (const t of [2, 3, 4] as TableNo[]) if (found[t].size > hits) { best = t; hits = found[t].size; }
  return { table: best, hits };
}

/**
 * Group candidate grids into tables 2/3/4. A grid that continues the previous one's table with no section
 * heading in between is the rest of a table split at a page break.
 */
export function groupTables(cands: TableCandidate[], headingAt: number[]): Map<TableNo, { anchors: string[]; blocks: TableBlock[] }> {
  const out = new Map<TableNo, { anchors: string[]; blocks: TableBlock[] }>();
  let prev: { table: TableNo; at: number } | null = null;
  for (const c of cands) {
    const { table, hits } = classify(c.block);
    const continues = prev !== null && !headingAt.some((h) => h > prev!.at && h < c.at);
    if (table === null || hits < (continues && prev!.table === table ? MIN_HITS_CONTINUED : MIN_HITS)) {
      if (hits === 0 && continues && prev && isValuesOnly(c.block)) {
        // a split-off piece with only numbers in it (table 4's value row on the next page)
        out.get(prev.table)?.blocks.push(c.block);
        out.get(prev.table)?.anchors.push(c.block.anchor);
        prev = { table: prev.table, at: c.at };
        continue;
      }
      prev = null;
      continue;
    }
    const group = out.get(table);
    if (!group) out.set(table, { anchors: [c.block.anchor], blocks: [c.block] });
    else if (continues && prev!.table === table) { group.blocks.push(c.block); group.anchors.push(c.block.anchor); }
    // a second, separate copy of a table already read is left aside
    prev = { table, at: c.at };
  }
  return out;
}

function isValuesOnly(block: TableBlock): boolean {
  return block.rows.length > 0 && block.rows.every((r) => r.every((c) => parseValue(c.text).kind !== 'text'));
}

/** one row's cells: span copies along the row collapsed to one cell; layout blanks dropped */
function rowCells(row: PageCell[], emptyIsLayout: boolean, table: TableNo): ReadCell[] {
  const out: ReadCell[] = [];
  let last = '';
  for (const cell of row) {
    if (cell.anchor === last) continue;
    last = cell.anchor;
    if (emptyIsLayout && !cell.text.trim()) continue;
    const parsed = parseValue(cell.text);
    const terms = parsed.kind === 'text' ? matchTerms(cell.text).filter((m) => m.term.table === table) : [];
    out.push({ cell, parsed, terms });
  }
  return out;
}

/** split a row into its label cells and value cells */
function splitRow(cells: ReadCell[]): { labels: ReadCell[]; values: ReadCell[] } {
  const firstNumber = cells.findIndex((c) => c.parsed.kind === 'number');
  const limit = firstNumber === -1 ? cells.length : firstNumber;
  let labelEnd = -1;
  for (let i = 0; i < limit; i++) {
    const c = cells[i];
    if (c.terms.length || (c.parsed.kind === 'text' && hasCjk(c.cell.text))) labelEnd = i;
  }
  return { labels: cells.slice(0, labelEnd + 1), values: cells.slice(labelEnd + 1) };
}

const pick = (c: ReadCell, kinds: Term['kind'][]) => c.terms.find((m) => kinds.includes(m.term.kind));

function hit(table: TableNo, kind: LabelHit['kind'], m: TermMatch, c: ReadCell): LabelHit {
  return { table, kind, id: m.term.id, found: c.cell.text, anchor: c.cell.anchor };
}

/** Read tables 2 and 3: rows found by their labels, header labels noted. */
export function readRowTable(table: 2 | 3, blocks: TableBlock[], anchors: string[]): RawTable {
  const out: RawTable = { table, anchors, rows: [], hits: [], evidence: [] };
  const seenRows = new Set<string>();
  for (const block of blocks) {
    for (const row of block.rows) {
      const cells = rowCells(row, block.emptyIsLayout, table);
      if (!cells.length) continue;
      const { labels, values } = splitRow(cells);
      let rowAt = -1;
      let rowMatch: TermMatch | undefined;
      labels.forEach((c, i) => {
        const m = pick(c, ['row']);
        if (m) { rowMatch = m; rowAt = i; } // the row's own label is the last; the ones before are its groups
        const col = pick(c, ['column', 'block']);
        if (col && !m) out.hits.push(hit(table, col.term.kind === 'block' ? 'block' : 'column', col, c));
      });
      if (!rowMatch) continue;
      // 总计 and 其他 head columns too: a row of labels with only blanks after them is a header row
      const blanksOnly = values.every((c) => !c.cell.text.trim());
      const headed = labels.some((c, i) => i !== rowAt && c.terms.some((m) => m.term.kind === 'column' || m.term.kind === 'header'));
      if (!values.length && !labels.slice(rowAt + 1).length || blanksOnly && headed) continue;
      // 其他处理 is a row of the 2019 template and a group of the 2021 one: a labelled sub-row after it wins
      const id = rowMatch.term.id;
      if (seenRows.has(id)) continue;
      seenRows.add(id);
      const labelCell = labels[rowAt];
      out.hits.push(hit(table, 'row', rowMatch, labelCell));
      const spare = labels.slice(rowAt + 1).filter((c) => !c.terms.length);
      out.rows.push({ id, label: labelCell.cell.text, anchor: labelCell.cell.anchor, values, spare });
    }
  }
  return out;
}

/** Read table 4: header labels, then the first row holding (at least ten) values. */
export function readTable4(blocks: TableBlock[], anchors: string[]): RawTable {
  const out: RawTable = { table: 4, anchors, rows: [], hits: [], evidence: [] };
  for (const block of blocks) {
    for (const row of block.rows) {
      const cells = rowCells(row, block.emptyIsLayout, 4);
      const { labels, values } = splitRow(cells);
      for (const c of labels) {
        const m = pick(c, ['column']);
        if (m) out.hits.push(hit(4, 'column', m, c));
      }
      if (!out.rows.length && values.length >= 10) {
        const first = values[0].cell;
        out.rows.push({ id: 'outcomes', label: labels.at(-1)?.cell.text ?? '', anchor: first.anchor, values, spare: [] });
      }
    }
  }
  return out;
}

/** Fit a row's values to the template's width: blanks at the edges beyond the width are layout. */
export function fitValues(row: RawRow, width: number): ReadCell[] {
  let values = row.values.slice();
  // text written where the first numbers belong ("见附件") counts as a value cell, not a label
  if (values.length < width && row.spare.length && values.length + row.spare.length <= width) values = [...row.spare, ...values];
  const blank = (c: ReadCell) => c.cell.text.trim() === '';
  while (values.length > width && blank(values[values.length - 1])) values.pop();
  while (values.length > width && blank(values[0])) values.shift();
  return values;
}

export function toCellValue(c: ReadCell): CellValue {
  const v: CellValue = { raw: c.cell.text, kind: c.parsed.kind, value: c.parsed.value, anchor: c.cell.anchor };
  if (c.parsed.unit) v.unit = c.parsed.unit;
  return v;
}
