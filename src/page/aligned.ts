// Tables written as text: columns aligned with spaces (what `pdftotext -layout` writes, what a CMS keeps of a table
// pasted as text) or separated by tabs. Positions are display columns: a CJK character counts 2, as the layout
// tools align them. One reader for .txt files and for <pre>, <br>-lines and white-space:pre blocks of pages.
//
// A run of lines becomes a table when at least two lines end in values (or one line holds many): value lines.
// Their columns come from where the values stand; the label text around them — wrapped over two or three lines with
// the values on one of them, or a group label written down the side one character per line — is joined to its row.
import type { PageCell, TableBlock } from './types';

export interface AlignedTable {
  /** index of the first and last line (0-based, into the lines given) */
  first: number;
  last: number;
  block: TableBlock;
}

interface Run { text: string; start: number; end: number }

interface Line {
  index: number;
  runs: Run[];
  /** value tokens at the end of the line */
  values: Run[];
  /** the text before them */
  labels: Run[];
  kind: 'value' | 'fragment' | 'blank' | 'page' | 'stop';
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** a value cell's text: a number (ASCII or full-width digits, thousands separators, decimals, sign, %) or a placeholder */
const VALUE = /^(?:[-+－]?[0-9０-９][0-9０-９,，.．]*[%％]?|[—–－-]{1,2}|[/／]|无)$/;
const PAGE_NUMBER = /^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;
/** a report's section heading: ends a table */
const SECTION = /^\s*[一二三四五六七八九十]{1,2}\s*[、.．]\s*\S.{1,30}(?:情况|事项|措施|问题)\s*$/;
/** numbering that starts a label: 一、 （一） 1. 1、 (1) （1） */
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|\d{1,2}\s*[.、．](?!\d))/;
const FIRST = /^(?:[（(]\s*[一1]\s*[）)]|[1１]\s*[.、．])/;
/** label text wider than this on one line is prose */
const MAX_LABEL_WIDTH = 80;
/** lines between two value lines of one table (blank lines, page numbers, wrapped labels, repeated headers) */
const MAX_GAP = 16;
const MAX_GAP_TEXT = 6;
/** header lines above the first value line */
const MAX_HEADER_LINES = 10;

export const charWidth = (ch: string) => (WIDE.test(ch) ? 2 : 1);

/** runs of text separated by two or more spaces or a tab, with their display columns */
export function runsOf(line: string): Run[] {
  const runs: Run[] = [];
  let col = 0;
  let cur: Run | null = null;
  let spaces = 0;
  const chars = Array.from(line);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\t') {
      if (cur) { runs.push(cur); cur = null; }
      col = (Math.floor(col / 8) + 1) * 8;
      spaces = 2;
      continue;
    }
    const w = ch === '\u3000' ? 2 : charWidth(ch);
    if (ch === ' ' || ch === '\u00a0' || ch === '\u3000') {
      spaces += ch === '\u3000' ? 2 : 1;
      col += w;
      continue;
    }
    if (cur && spaces >= 2) { runs.push(cur); cur = null; }
    if (!cur) cur = { text: '', start: col, end: col };
    else if (spaces) cur.text += ' ';
    spaces = 0;
    cur.text += ch;
    col += w;
    cur.end = col;
  }
  if (cur) runs.push(cur);
  return runs;
}

/** a run of single-space separated values splits into one token each ("0 0" as pdftotext sometimes writes) */
function valueTokens(run: Run): Run[] | null {
  const parts = run.text.split(' ');
  if (!parts.every((p) => VALUE.test(p))) return null;
  const out: Run[] = [];
  let col = run.start;
  for (const p of parts) {
    const w = Array.from(p).reduce((s, ch) => s + charWidth(ch), 0);
    out.push({ text: p, start: col, end: col + w });
    col += w + 1;
  }
  return out;
}

/** "（三） 1.属于国家": a group's and a row's label one space apart are two labels */
function splitNumbered(run: Run): Run[] {
  const out: Run[] = [];
  let rest = run;
  for (;;) {
    const m = / (?=(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,2}、)\S)/.exec(rest.text);
    if (!m || m.index === 0) break;
    const head = rest.text.slice(0, m.index);
    const w = Array.from(head).reduce((s, ch) => s + charWidth(ch), 0);
    out.push({ text: head, start: rest.start, end: rest.start + w });
    rest = { text: rest.text.slice(m.index + 1), start: rest.start + w + 1, end: rest.end };
  }
  out.push(rest);
  return out;
}

const widthOf = (runs: Run[]) => runs.reduce((s, r) => s + (r.end - r.start), 0);

function classifyLine(raw: string, index: number): Line {
  // a form feed is a page break (pdftotext writes one at each page's start)
  const text = raw.replace(/[\f\v]/g, '');
  if (!text.trim()) return { index, runs: [], values: [], labels: [], kind: 'blank' };
  if (PAGE_NUMBER.test(text)) return { index, runs: [], values: [], labels: [], kind: 'page' };
  const runs = runsOf(text);
  const values: Run[] = [];
  let k = runs.length;
  while (k > 0) {
    const tokens = valueTokens(runs[k - 1]);
    if (!tokens) break;
    values.unshift(...tokens);
    k--;
  }
  const labels = runs.slice(0, k).flatMap(splitNumbered);
  const labelText = labels.map((r) => r.text).join('');
  const prose = /[。；;]$/.test(labelText.trim()) || labels.some((r) => r.end - r.start > MAX_LABEL_WIDTH) || widthOf(labels) > MAX_LABEL_WIDTH * 1.5;
  if (prose) return { index, runs, values: [], labels: runs, kind: 'stop' };
  if (values.length && (labels.length || values.length >= 2)) return { index, runs, values, labels, kind: 'value' };
  if (runs.length === 1 && SECTION.test(runs[0].text)) return { index, runs, values: [], labels: runs, kind: 'stop' };
  return { index, runs, values: [], labels: runs, kind: 'fragment' };
}

/** Find the aligned tables among the lines; `skip(i)` marks lines another reader takes (tab or pipe rows). */
export function findAlignedTables(lines: string[], anchorOf: (line: number, field: number) => string, skip: (i: number) => boolean = () => false): AlignedTable[] {
  const info = lines.map((t, i) => (skip(i) ? { index: i, runs: [], values: [], labels: [], kind: 'stop' as const } : classifyLine(t, i)));
  const out: AlignedTable[] = [];
  let i = 0;
  while (i < info.length) {
    if (info[i].kind !== 'value') { i++; continue; }
    // the value lines of one table: each within MAX_GAP lines of the last, with no prose or section heading between
    const valueLines = [i];
    let j = i + 1;
    let gap = 0;
    let gapText = 0;
    while (j < info.length) {
      const l = info[j];
      if (l.kind === 'stop') break;
      if (l.kind === 'value') { valueLines.push(j); gap = 0; gapText = 0; j++; continue; }
      if (++gap > MAX_GAP || (l.kind === 'fragment' && ++gapText > MAX_GAP_TEXT)) break;
      j++;
    }
    const lastValue = valueLines[valueLines.length - 1];
    const many = valueLines.some((v) => info[v].values.length >= 5);
    if (valueLines.length < 2 && !many) { i = lastValue + 1; continue; }
    // header lines above, wrapped label ends below
    let first = i;
    for (let h = i - 1, n = 0; h >= 0 && n < MAX_HEADER_LINES && h > i - 3 * MAX_HEADER_LINES; h--) {
      const l = info[h];
      if (l.kind === 'stop' || l.kind === 'value') break;
      if (l.kind === 'fragment') { first = h; n++; }
    }
    if (out.length && first <= out[out.length - 1].last) first = out[out.length - 1].last + 1;
    let last = lastValue;
    for (let t = lastValue + 1; t < info.length && t <= lastValue + 2; t++) {
      const l = info[t];
      if (l.kind === 'fragment' && l.runs.length === 1 && l.runs[0].start < info[lastValue].values[0].start && !NUMBERED.test(l.runs[0].text)) last = t;
      else if (l.kind !== 'blank') break;
    }
    const block = buildTable(info.slice(first, last + 1), info.slice(i, lastValue + 1).filter((l) => l.kind === 'value'), anchorOf);
    out.push({ first, last, block });
    i = last + 1;
  }
  return out;
}

interface Label {
  zone: number;
  fragments: Array<{ line: number; text: string; own: boolean }>;
  /** the value line whose row label this is */
  ownLine: number | null;
  firstLine: number;
  lastLine: number;
  /** columns the label's text covers */
  left: number;
  right: number;
}

const joinText = (parts: string[]) =>
  parts.reduce((s, p) => (s && /[A-Za-z0-9]$/.test(s) && /^[A-Za-z0-9]/.test(p) ? `${s} ${p}` : s + p), '');

function buildTable(lines: Line[], valueLines: Line[], anchorOf: (line: number, field: number) => string): TableBlock {
  // value columns: from the lines with the most values, the centre of each column
  const width = Math.max(...valueLines.map((l) => l.values.length));
  const full = valueLines.filter((l) => l.values.length === width);
  const centres = Array.from({ length: width }, (_, c) => full.reduce((s, l) => s + (l.values[c].start + l.values[c].end) / 2, 0) / full.length);
  const valueStart = Math.min(...valueLines.map((l) => l.values[0].start));
  const labelRightEdge = Math.max(0, ...valueLines.map((l) => l.labels.at(-1)?.end ?? 0));
  // the body starts at the first value line, or above it where the first row's label begins ("一、本年新收政" / values)
  let firstValue = valueLines[0].index;
  for (let k = lines.findIndex((l) => l.index === firstValue) - 1, seen = 0; k >= 0 && seen < 2; k--) {
    const l = lines[k];
    if (l.kind === 'blank' || l.kind === 'page') continue;
    if (l.kind !== 'fragment' || l.runs.length !== 1 || l.runs[0].end > labelRightEdge + 2) break;
    seen++;
    if (NUMBERED.test(l.runs[0].text)) { firstValue = l.index; break; }
  }

  // header lines (above the first value line) and header-like lines in the body (repeated column heads)
  const labelRight = Math.max(0, ...valueLines.map((l) => l.labels.at(-1)?.end ?? 0));
  const isHeader = (l: Line) => l.kind === 'fragment' && (l.index < firstValue
    || (l.runs.length >= 2 && (l.runs[l.runs.length - 1].start >= valueStart - 2 || l.runs[l.runs.length - 1].end > labelRight + 2)));

  // label fragments of the body, grouped into labels by zone (start column) and numbering
  const zones: number[] = [];
  const zoneOf = (start: number) => {
    let z = zones.findIndex((s) => Math.abs(s - start) <= 3);
    if (z < 0) { zones.push(start); z = zones.length - 1; }
    return z;
  };
  const labels: Label[] = [];
  const current = new Map<number, Label>();
  // distance in lines of content: blank lines and page numbers (a page break) do not count
  const content = new Map<number, number>();
  let n = 0;
  for (const l of lines) if (l.kind !== 'blank' && l.kind !== 'page') content.set(l.index, n++);
  const distance = (a: number, b: number) => (content.get(b) ?? 0) - (content.get(a) ?? 0);
  // a fragment right above a header-like line is a table-2 block heading ("第二十条 第（五）项"), not a label's end
  const beforeHeader = new Set<number>();
  lines.forEach((l, k) => {
    if (l.index < firstValue || !isHeader(l)) return;
    for (let p = k - 1; p >= 0 && lines[p].kind !== 'value'; p--) if (lines[p].kind === 'fragment') beforeHeader.add(lines[p].index);
  });
  const valueIdx = valueLines.map((l) => l.index);
  const nextValue = (line: number) => valueIdx.find((v) => v > line) ?? Infinity;
  for (const l of lines) {
    if (l.index < firstValue) continue;
    if (isHeader(l) || beforeHeader.has(l.index)) { current.clear(); continue; }
    if (l.kind !== 'value' && l.kind !== 'fragment') continue;
    l.labels.forEach((run, k) => {
      const own = l.kind === 'value' && k === l.labels.length - 1;
      const z = zoneOf(run.start);
      // the label this fragment may continue: a recent one standing over the same columns (wrapped text is often
      // centred, so its lines start at different columns), else the one begun in the same zone
      let cur: Label | undefined;
      let best = 0;
      for (const lab of current.values()) {
        if (distance(lab.lastLine, l.index) > 3) continue;
        const overlap = Math.min(lab.right, run.end) - Math.max(lab.left, run.start);
        if (overlap > best) { best = overlap; cur = lab; }
      }
      cur ??= current.get(z);
      const vertical = Array.from(run.text).length <= 2 && !!cur && cur.fragments.every((f) => Array.from(f.text).length <= 2);
      let join = !!cur && !NUMBERED.test(run.text) && distance(cur.lastLine, l.index) <= (vertical ? 3 : 2);
      if (cur && join) {
        // one row label holds one row's values: a second value line's label is the next row's
        const curOwn = cur.ownLine ?? valueIdx.find((v) => v > cur.firstLine && v < l.index) ?? null;
        if (own && curOwn !== null) join = false;
        // a wrapped end below a row: it goes with the nearer row
        else if (!own && curOwn !== null && nextValue(l.index) - l.index < l.index - curOwn) join = false;
        // vertical side labels (one or two characters a line) run on across value lines
        if (!join && Array.from(run.text).length <= 2 && !own && !cur.ownLine) join = true;
      }
      if (cur && join) {
        cur.fragments.push({ line: l.index, text: run.text, own });
        cur.lastLine = l.index;
        cur.left = Math.min(cur.left, run.start);
        cur.right = Math.max(cur.right, run.end);
        if (own) cur.ownLine = l.index;
      } else {
        const label: Label = { zone: z, fragments: [{ line: l.index, text: run.text, own }], ownLine: own ? l.index : null, firstLine: l.index, lastLine: l.index, left: run.start, right: run.end };
        labels.push(label);
        for (const [key, lab] of current) if (lab.zone === z || (lab.left < run.end && run.start < lab.right)) current.delete(key);
        current.set(labels.length, label);
      }
    });
  }
  // a value line without a label of its own takes the label around it (wrapped above and below) or just above
  const ownOf = new Map<number, Label>();
  for (const lab of labels) if (lab.ownLine !== null) ownOf.set(lab.ownLine, lab);
  const zoneStart = (lab: Label) => zones[lab.zone];
  for (const v of valueIdx) {
    if (ownOf.has(v)) continue;
    const around = labels.filter((lab) => lab.ownLine === null && lab.firstLine <= v + 1 && lab.lastLine >= v - 1 && zoneStart(lab) < valueStart)
      .sort((a, b) => zoneStart(b) - zoneStart(a));
    if (around.length) { around[0].ownLine = v; ownOf.set(v, around[0]); }
  }

  // group labels (no values of their own) for the rows whose labels stand right of them: rows in runs that a
  // numbering restart ("1.", "（一）") or a row in the group's own zone divides; each run takes the nearest group
  const groupsOf = new Map<number, Label[]>();
  const groups = labels.filter((lab) => lab.ownLine === null);
  for (const z of [...new Set(groups.map((g) => g.zone))]) {
    const inZone = groups.filter((g) => g.zone === z);
    const runs: number[][] = [];
    let run: number[] = [];
    for (const v of valueIdx) {
      const own = ownOf.get(v);
      if (!own || zoneStart(own) <= zones[z]) { if (run.length) runs.push(run); run = []; continue; }
      if (run.length && FIRST.test(own.fragments[0].text)) { runs.push(run); run = []; }
      run.push(v);
    }
    if (run.length) runs.push(run);
    // nearest pairs first: a group's text stands beside its rows (centred or at the top), never far away
    const pairs: Array<{ r: number[]; g: Label; d: number }> = [];
    for (const r of runs) {
      const centre = (r[0] + r[r.length - 1]) / 2;
      for (const g of inZone) {
        if (g.firstLine <= r[r.length - 1] + 2 && g.lastLine >= r[0] - 3) pairs.push({ r, g, d: Math.abs((g.firstLine + g.lastLine) / 2 - centre) });
      }
    }
    pairs.sort((x, y) => x.d - y.d);
    const usedGroups = new Set<Label>();
    const usedRuns = new Set<number[]>();
    for (const { r, g } of pairs) {
      if (usedGroups.has(g) || usedRuns.has(r)) continue;
      usedGroups.add(g);
      usedRuns.add(r);
      for (const v of r) groupsOf.set(v, [...(groupsOf.get(v) ?? []), g]);
    }
  }

  const rows: PageCell[][] = [];
  const seen = new Set<Label>();
  const labelCell = (lab: Label): PageCell => {
    const cell = { text: joinText(lab.fragments.map((f) => f.text)), anchor: anchorOf(lab.firstLine, lab.zone), origin: !seen.has(lab) };
    seen.add(lab);
    return cell;
  };
  // header lines: a column head broken over lines ("商业企" / "业") joined to the part above it
  const headerRows = headerCells(lines.filter((l) => l.index < firstValue && l.kind === 'fragment'), anchorOf);
  rows.push(...headerRows);
  for (const l of lines) {
    if (l.index < firstValue) continue;
    if (isHeader(l) || beforeHeader.has(l.index)) { rows.push(l.runs.map((r, k) => ({ text: r.text, anchor: anchorOf(l.index, k), origin: true }))); continue; }
    if (l.kind !== 'value') continue;
    const row: PageCell[] = [];
    for (const g of (groupsOf.get(l.index) ?? []).sort((a, b) => zoneStart(a) - zoneStart(b))) row.push(labelCell(g));
    const own = ownOf.get(l.index);
    if (own) row.push(labelCell(own));
    // value fields are numbered after every label zone's, so that no two cells of a line share an anchor
    row.push(...placeValues(l, width, centres).map((v, c) => ({ text: v?.text ?? '', anchor: anchorOf(l.index, zones.length + c), origin: true })));
    rows.push(row);
  }
  return { kind: 'table', anchor: anchorOf(lines[0].index, 0).replace(/\.f0$/, ''), rows, emptyIsLayout: false, shape: 'aligned' };
}

/** a line's values in their columns: all of them in order when the line is full, else each to the nearest column */
function placeValues(l: Line, width: number, centres: number[]): Array<Run | null> {
  const out: Array<Run | null> = new Array<Run | null>(width).fill(null);
  if (l.values.length === width) return l.values.slice();
  let from = 0;
  l.values.forEach((v, k) => {
    const centre = (v.start + v.end) / 2;
    let best = from;
    for (let c = from; c <= width - (l.values.length - k); c++) {
      if (Math.abs(centres[c] - centre) < Math.abs(centres[best] - centre)) best = c;
    }
    out[best] = v;
    from = best + 1;
  });
  return out;
}

/**
 * Header lines as rows of their runs. A head broken over lines ("商业企" / "业") is joined to the part above it:
 * a later line (within three) of only short runs, as many as the upper line has, continues its runs in order.
 * (Columns drift by a few positions in pdftotext's output, so order says more than position.)
 */
function headerCells(lines: Line[], anchorOf: (line: number, field: number) => string): PageCell[][] {
  const cells = lines.map((l) => l.runs.map((r, k) => ({ run: r, text: r.text, line: l.index, k })));
  const gone = new Set<number>();
  const short = (row: typeof cells[number]) => row.every((c) => Array.from(c.text.replace(/\s/g, '')).length <= 3);
  for (let a = 0; a < cells.length; a++) {
    if (gone.has(a) || cells[a].length < 2) continue;
    for (let b = a + 1; b < cells.length && cells[b][0].line - cells[a][0].line <= 3; b++) {
      if (gone.has(b) || cells[b].length !== cells[a].length || !short(cells[b])) continue;
      if (cells[b].some((c, k) => Math.abs(c.run.start - cells[a][k].run.start) > 8)) continue;
      cells[a].forEach((c, k) => { c.text += cells[b][k].text; });
      gone.add(b);
      break;
    }
  }
  return cells.filter((_, k) => !gone.has(k))
    .map((row) => row.map((c) => ({ text: c.text, anchor: anchorOf(c.line, c.k), origin: true })))
    .filter((row) => row.length);
}
