// PDF: pdfjs's positioned text (and, where the file draws them, the table's ruling lines) into the page model.
// Platform-neutral: the host opens the document with its own pdfjs (Node: src/node/pdf.ts; the extension: its
// PDF page) and hands it here; nothing in this file loads pdfjs.
//
// Coordinates are the page's viewport at scale 1: x from the left edge, y from the TOP edge, in PDF points.
// A text item's y is its baseline; it occupies [y - h, y] vertically and [x, x + w] across.
import type { Block, PageCell, PageDoc, TableBlock } from './types';
import { pdfBlockAnchor, pdfCellAnchor, pdfTableAnchor } from './anchor';
import {
  MAX_BLOCK_TEXT, MAX_BLOCKS, MAX_PDF_ITEMS, MAX_PDF_PAGES, MAX_PDF_RULES, MAX_TABLE_COLS, MAX_TABLE_ROWS,
} from './limits';

export interface PdfTextItem { str: string; x: number; y: number; w: number; h: number; font?: string }
export interface PdfRule { x1: number; y1: number; x2: number; y2: number }
export interface PdfPageText { page: number; width: number; height: number; items: PdfTextItem[]; rules?: PdfRule[] }

/** what this file needs of a pdfjs PDFPageProxy */
export interface PdfPageLike {
  getViewport(opts: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList?(): Promise<{ fnArray: ArrayLike<number>; argsArray: unknown[] }>;
  cleanup?(): unknown;
}
/** what this file needs of a pdfjs PDFDocumentProxy */
export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
}

/** the scanned-PDF marker a PageDoc carries when no page has any text to read */
export const SCANNED = 'scanned: no text to read';

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const asMatrix = (v: unknown): Matrix | null => {
  if (!v || typeof (v as ArrayLike<number>).length !== 'number' || (v as ArrayLike<number>).length < 6) return null;
  const a = Array.from(v as ArrayLike<number>).slice(0, 6);
  return a.every(Number.isFinite) ? (a as Matrix) : null;
};

/**
 * Walk an already-opened pdfjs document: every page's text items (and, with `ops` — pdfjs's OPS table —
 * the straight lines it strokes or fills thin, for table grids). Caps: MAX_PDF_PAGES pages, MAX_PDF_ITEMS items.
 */
export async function collectPdfText(pdf: PdfDocumentLike, opts: { ops?: unknown } = {}): Promise<{ pages: PdfPageText[]; truncated?: string }> {
  const pages: PdfPageText[] = [];
  let truncated: string | undefined;
  let itemCount = 0;
  const total = Math.min(pdf.numPages, MAX_PDF_PAGES);
  if (pdf.numPages > MAX_PDF_PAGES) truncated = `PDF with ${pdf.numPages} pages: the first ${MAX_PDF_PAGES} read`;
  for (let p = 1; p <= total; p++) {
    const page = await pdf.getPage(p);
    const vp = page.getViewport({ scale: 1 });
    const view = asMatrix(vp.transform) ?? IDENTITY;
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const raw of content.items) {
      const it = raw as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown; fontName?: unknown };
      if (typeof it.str !== 'string' || !it.str.trim()) continue;
      const t = asMatrix(it.transform);
      if (!t) continue;
      if (itemCount >= MAX_PDF_ITEMS) { truncated ??= `more than ${MAX_PDF_ITEMS} text items: the rest not read`; break; }
      itemCount++;
      const m = mul(view, t);
      const width = typeof it.width === 'number' && Number.isFinite(it.width) ? it.width : 0;
      const size = Math.hypot(t[2], t[3]) || (typeof it.height === 'number' ? it.height : 0);
      // the baseline's two ends, in the viewport (rotation and the page's view box are in `view`)
      const [x0, y0] = apply(view, t[4], t[5]);
      const len = Math.hypot(t[0], t[1]) || 1;
      const [x1] = apply(view, t[4] + (width * t[0]) / len, t[5] + (width * t[1]) / len);
      const h = Math.abs(size * Math.hypot(view[0], view[1])) || Math.abs(m[3]) || 10;
      items.push({ str: it.str, x: Math.min(x0, x1), y: y0, w: Math.abs(x1 - x0), h, ...(typeof it.fontName === 'string' ? { font: it.fontName } : {}) });
    }
    let rules: PdfRule[] | undefined;
    if (opts.ops && page.getOperatorList && items.length) {
      try {
        rules = rulingLines(await page.getOperatorList(), opts.ops as Record<string, number>, view);
        if (rules.length > MAX_PDF_RULES) { rules = rules.slice(0, MAX_PDF_RULES); truncated ??= 'too many drawn lines on a page'; }
      } catch {
        rules = undefined; // lines only help; a page whose drawing cannot be read is read by its text alone
      }
    }
    pages.push({ page: p, width: vp.width, height: vp.height, items, ...(rules ? { rules } : {}) });
    page.cleanup?.();
    if (itemCount >= MAX_PDF_ITEMS) break;
  }
  return { pages, ...(truncated ? { truncated } : {}) };
}

/** pdfjs (5.x) path ops inside constructPath's data */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 };

/** straight horizontal and vertical lines the page strokes, or draws as thin filled rectangles */
function rulingLines(list: { fnArray: ArrayLike<number>; argsArray: unknown[] }, OPS: Record<string, number>, view: Matrix): PdfRule[] {
  const out: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill]);
  const push = (ax: number, ay: number, bx: number, by: number) => {
    const [x1, y1] = apply(view, ...apply(ctm, ax, ay));
    const [x2, y2] = apply(view, ...apply(ctm, bx, by));
    if (Math.abs(y1 - y2) < 1 && Math.abs(x1 - x2) >= 4) out.push({ x1: Math.min(x1, x2), y1: (y1 + y2) / 2, x2: Math.max(x1, x2), y2: (y1 + y2) / 2 });
    else if (Math.abs(x1 - x2) < 1 && Math.abs(y1 - y2) >= 4) out.push({ x1: (x1 + x2) / 2, y1: Math.min(y1, y2), x2: (x1 + x2) / 2, y2: Math.max(y1, y2) });
  };
  for (let i = 0; i < list.fnArray.length && out.length <= MAX_PDF_RULES; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) { stack.push(ctm); continue; }
    if (fn === OPS.restore) { ctm = stack.pop() ?? IDENTITY; continue; }
    if (fn === OPS.transform) { const m = asMatrix(args); if (m) ctm = mul(ctm, m); continue; }
    if (fn === OPS.paintFormXObjectBegin) { stack.push(ctm); const m = asMatrix(args?.[0]); if (m) ctm = mul(ctm, m); continue; }
    if (fn === OPS.paintFormXObjectEnd) { ctm = stack.pop() ?? IDENTITY; continue; }
    if (fn !== OPS.constructPath || !args) continue;
    const op = args[0] as number;
    const stroke = strokes.has(op);
    if (!stroke && !fills.has(op)) continue;
    const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
    if (!data || typeof data.length !== 'number') continue;
    // subpaths as point lists
    const paths: Array<Array<[number, number]>> = [];
    let cur: Array<[number, number]> = [];
    for (let k = 0; k < data.length;) {
      const c = data[k];
      if (c === DRAW.moveTo) { if (cur.length) paths.push(cur); cur = [[data[k + 1], data[k + 2]]]; k += 3; }
      else if (c === DRAW.lineTo) { cur.push([data[k + 1], data[k + 2]]); k += 3; }
      else if (c === DRAW.curveTo) { if (cur.length) paths.push(cur); cur = [[data[k + 5], data[k + 6]]]; k += 7; }
      else if (c === DRAW.quadraticCurveTo) { if (cur.length) paths.push(cur); cur = [[data[k + 3], data[k + 4]]]; k += 5; }
      else if (c === DRAW.closePath) { if (cur.length) { cur.push(cur[0]); paths.push(cur); } cur = []; k += 1; }
      else break;
    }
    if (cur.length) paths.push(cur);
    for (const pts of paths) {
      if (stroke) {
        for (let k = 1; k < pts.length; k++) push(pts[k - 1][0], pts[k - 1][1], pts[k][0], pts[k][1]);
        continue;
      }
      // a filled rectangle thin enough to be a line (how many writers draw cell borders)
      const xs = pts.map((q) => apply(view, ...apply(ctm, q[0], q[1])));
      if (xs.length < 4 || xs.length > 6) continue;
      const minX = Math.min(...xs.map((q) => q[0])), maxX = Math.max(...xs.map((q) => q[0]));
      const minY = Math.min(...xs.map((q) => q[1])), maxY = Math.max(...xs.map((q) => q[1]));
      const axis = xs.every((q) => (Math.abs(q[0] - minX) < 0.5 || Math.abs(q[0] - maxX) < 0.5) && (Math.abs(q[1] - minY) < 0.5 || Math.abs(q[1] - maxY) < 0.5));
      if (!axis) continue;
      if (maxY - minY <= 2.5 && maxX - minX >= 4) out.push({ x1: minX, y1: (minY + maxY) / 2, x2: maxX, y2: (minY + maxY) / 2 });
      else if (maxX - minX <= 2.5 && maxY - minY >= 4) out.push({ x1: (minX + maxX) / 2, y1: minY, x2: (minX + maxX) / 2, y2: maxY });
    }
  }
  return out;
}

// ───────────────────────── positioned text → page model ─────────────────────────

interface Item extends PdfTextItem { page: number }
interface Line { page: number; items: Item[]; y: number; h: number; x0: number; x1: number; text: string; top: number }

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’]/;
const clean = (s: string) => s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ');

/** join two pieces of text: nothing between Chinese, a space between words */
function joinText(a: string, b: string, gap: boolean): string {
  if (!a) return b;
  if (!b) return a;
  const last = a[a.length - 1];
  const first = b[0];
  if (last === ' ' || first === ' ') return a + b;
  if (!gap) return a + b;
  if (CJK.test(last) && CJK.test(first)) return a + b;
  return `${a} ${b}`;
}

/** items into lines by baseline (tolerance from the font height), each line's items left to right */
function toLines(items: Item[]): Line[] {
  const sorted = items.slice().sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  let cur: Item[] = [];
  let curY = 0;
  let curH = 0;
  const close = () => {
    if (!cur.length) return;
    cur.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let h = 0;
    for (const it of cur) {
      text = joinText(text, clean(it.str), it.x - end > 0.25 * Math.max(it.h, 1));
      end = Math.max(end, it.x + it.w);
      h = Math.max(h, it.h);
    }
    const y = cur.reduce((s, it) => s + it.y, 0) / cur.length;
    lines.push({ page: cur[0].page, items: cur, y, h, x0: cur[0].x, x1: end, text: text.trim(), top: Math.min(...cur.map((it) => it.y - it.h)) });
    cur = [];
  };
  for (const it of sorted) {
    if (cur.length && Math.abs(it.y - curY) <= 0.45 * Math.max(Math.min(curH, it.h), 1)) { cur.push(it); continue; }
    close();
    cur = [it];
    curY = it.y;
    curH = it.h;
  }
  close();
  return lines;
}

// page numbers: -4-, — 4 —, 第4页, 第4页 共6页, 4/6, 4 / 6, Page 4 of 6
const PAGE_NUMBER = /^(?:[-—–―－─~·\s]*\d{1,4}[-—–―－─~·\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page\s*)?\d{1,4}\s*of\s*\d{1,4}|[-—–]?\s*[ivxlc]{1,6}\s*[-—–]?)$/i;

/** lines at the top or bottom of a page that are page numbers, or repeat on many pages (running headers) */
function runningLines(pages: Array<{ page: PdfPageText; lines: Line[] }>): Set<Line> {
  const drop = new Set<Line>();
  const seen = new Map<string, Line[]>();
  for (const { page, lines } of pages) {
    const band = page.height * 0.12;
    const edge = lines.filter((l) => l.y < band || l.top > page.height - band);
    // the first two and last two lines only: a running header is at the edge of the page
    const ends = new Set([...lines.slice(0, 2), ...lines.slice(-2)]);
    for (const l of edge) {
      if (!ends.has(l)) continue;
      if (PAGE_NUMBER.test(l.text.trim())) { drop.add(l); continue; }
      const key = l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
      if (key.length < 2) continue;
      seen.set(key, [...(seen.get(key) ?? []), l]);
    }
  }
  const many = Math.max(2, Math.ceil(pages.length * 0.4));
  for (const ls of seen.values()) {
    if (new Set(ls.map((l) => l.page)).size >= many) for (const l of ls) drop.add(l);
  }
  return drop;
}

// ───── tables from ruling lines ─────

interface Region { x0: number; y0: number; x1: number; y1: number; hs: PdfRule[]; vs: PdfRule[] }

/** groups of crossing lines: each with two horizontal and two vertical lines or more is a table's grid */
function gridRegions(rules: PdfRule[]): Region[] {
  const n = rules.length;
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; } return i; };
  const tol = 2.5;
  // sort by x1 to bound the pair search
  const order = rules.map((_, i) => i).sort((a, b) => rules[a].x1 - rules[b].x1);
  for (let a = 0; a < n; a++) {
    const ra = rules[order[a]];
    for (let b = a + 1; b < n; b++) {
      const rb = rules[order[b]];
      if (rb.x1 > ra.x2 + tol) break;
      if (rb.y1 > ra.y2 + tol || rb.y2 < ra.y1 - tol) continue;
      parent[find(order[a])] = find(order[b]);
    }
  }
  const groups = new Map<number, PdfRule[]>();
  rules.forEach((r, i) => { const k = find(i); groups.set(k, [...(groups.get(k) ?? []), r]); });
  const out: Region[] = [];
  for (const g of groups.values()) {
    const hs = g.filter((r) => r.y1 === r.y2);
    const vs = g.filter((r) => r.x1 === r.x2 && r.y1 !== r.y2);
    if (hs.length < 2 || vs.length < 2) continue;
    out.push({ x0: Math.min(...g.map((r) => r.x1)), y0: Math.min(...g.map((r) => r.y1)), x1: Math.max(...g.map((r) => r.x2)), y1: Math.max(...g.map((r) => r.y2)), hs, vs });
  }
  return out;
}

/** positions within `tol` of each other merged to one (their mean) */
function positions(values: number[], tol: number): number[] {
  const s = values.slice().sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of s) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= tol) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

interface GridCell { r0: number; c0: number; r1: number; c1: number; items: Item[] }

/** the grid a region's lines draw: cells merged where a border is missing (row and column spans) */
function gridOf(region: Region): { ys: number[]; xs: number[]; cellAt: GridCell[][]; cells: GridCell[] } {
  const ys = positions(region.hs.map((r) => r.y1), 2);
  const xs = positions(region.vs.map((r) => r.x1), 2);
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  const hasV = (x: number, ya: number, yb: number) => {
    const mid = (ya + yb) / 2;
    return region.vs.some((r) => Math.abs(r.x1 - x) <= 2 && r.y1 - 2 <= mid && r.y2 + 2 >= mid);
  };
  const hasH = (y: number, xa: number, xb: number) => {
    const mid = (xa + xb) / 2;
    return region.hs.some((r) => Math.abs(r.y1 - y) <= 2 && r.x1 - 2 <= mid && r.x2 + 2 >= mid);
  };
  const id = (r: number, c: number) => r * nc + c;
  const parent = Array.from({ length: Math.max(0, nr * nc) }, (_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; } return i; };
  const union = (a: number, b: number) => { parent[find(a)] = find(b); };
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (c + 1 < nc && !hasV(xs[c + 1], ys[r], ys[r + 1])) union(id(r, c), id(r, c + 1));
      if (r + 1 < nr && !hasH(ys[r + 1], xs[c], xs[c + 1])) union(id(r, c), id(r + 1, c));
    }
  }
  const byRoot = new Map<number, GridCell>();
  const cellAt: GridCell[][] = [];
  for (let r = 0; r < nr; r++) {
    cellAt[r] = [];
    for (let c = 0; c < nc; c++) {
      const k = find(id(r, c));
      let cell = byRoot.get(k);
      if (!cell) { cell = { r0: r, c0: c, r1: r, c1: c, items: [] }; byRoot.set(k, cell); }
      cell.r0 = Math.min(cell.r0, r); cell.c0 = Math.min(cell.c0, c);
      cell.r1 = Math.max(cell.r1, r); cell.c1 = Math.max(cell.c1, c);
      cellAt[r][c] = cell;
    }
  }
  return { ys, xs, cellAt, cells: [...byRoot.values()] };
}

const indexIn = (edges: number[], v: number) => {
  for (let i = 0; i + 1 < edges.length; i++) if (v >= edges[i] && v < edges[i + 1]) return i;
  return v < edges[0] ? 0 : edges.length - 2;
};

/** a cell's text: its lines top to bottom, wrapped lines joined (no space between Chinese) */
function cellText(items: Item[]): string {
  let text = '';
  for (const l of toLines(items)) text = joinText(text, l.text, true);
  return text.trim().slice(0, 2000);
}

interface Piece { top: number; block?: TableBlock; line?: Line }

/** a ruled table: rows of the grid, span copies marked as HTML's rowspan/colspan expansion marks them */
function ruledTable(page: number, tableNo: number, region: Region, items: Item[]): TableBlock | null {
  const { ys, xs, cellAt } = gridOf(region);
  if (ys.length < 2 || xs.length < 2) return null;
  for (const it of items) {
    const cx = it.x + it.w / 2;
    const cy = it.y - it.h * 0.35;
    cellAt[indexIn(ys, cy)][indexIn(xs, cx)].items.push(it);
  }
  const texts = new Map<GridCell, string>();
  const textOf = (c: GridCell) => { let t = texts.get(c); if (t === undefined) { t = cellText(c.items); texts.set(c, t); } return t; };
  const rows: PageCell[][] = [];
  const nr = Math.min(ys.length - 1, MAX_TABLE_ROWS);
  const nc = Math.min(xs.length - 1, MAX_TABLE_COLS);
  for (let r = 0; r < nr; r++) {
    const row: PageCell[] = [];
    let starts = false;
    let last: GridCell | null = null;
    for (let c = 0; c < nc; c++) {
      const cell = cellAt[r][c];
      if (cell === last) { row.push({ ...row[row.length - 1], origin: false }); continue; } // colspan copy
      last = cell;
      const origin = cell.r0 === r && cell.c0 === c;
      if (cell.r0 === r && textOf(cell)) starts = true;
      row.push({ text: textOf(cell), anchor: pdfCellAnchor(page, tableNo, cell.r0, cell.c0), origin });
    }
    // a grid row in which no cell begins with text is only a border's step (another column's split)
    if (starts) rows.push(row);
  }
  return rows.length ? { kind: 'table', anchor: pdfTableAnchor(page, tableNo), rows, emptyIsLayout: false, shape: 'pdf' } : null;
}

// ───── tables from aligned text (no lines drawn) ─────

const NUMBERISH = /^[-+−]?[\d０-９][\d０-９,，.．]*\s*(?:%|％|万元|元|件|个|条)?$|^[-—–/／]$/;

interface Chunk { x0: number; x1: number; text: string; items: Item[] }

/** the line's items grouped into runs that stand apart (a gap wider than a character) */
function chunks(line: Line): Chunk[] {
  const out: Chunk[] = [];
  for (const it of line.items) {
    const last = out[out.length - 1];
    const text = clean(it.str).trim();
    const gap = it.x - (last?.x1 ?? 0);
    const h = Math.max(it.h, 1);
    // apart: a gap of about a character; two numbers, or a label and a number, with any visible gap between
    const apart = !last || gap >= 0.9 * h || (gap >= 0.25 * h && NUMBERISH.test(text) && (NUMBERISH.test(last.text) || CJK.test(last.text.slice(-1))));
    if (!apart) {
      last.text = joinText(last.text, text, gap > 0.25 * it.h);
      last.x1 = Math.max(last.x1, it.x + it.w);
      last.items.push(it);
    } else {
      out.push({ x0: it.x, x1: it.x + it.w, text, items: [it] });
    }
  }
  return out.filter((c) => c.text);
}

/**
 * A line of values: numbers standing apart and nothing but numbers after the first — two or more, or one
 * standing well apart from a label before it ("行政许可      408").
 */
function valueChunks(l: Line): Chunk[] | null {
  const cs = chunks(l);
  const first = cs.findIndex((c) => NUMBERISH.test(c.text));
  if (first === -1) return null;
  const rest = cs.slice(first);
  if (!rest.every((c) => NUMBERISH.test(c.text))) return null;
  if (rest.length >= 2) return rest;
  return first > 0 && CJK.test(cs[first - 1].text) && rest[0].x0 - cs[first - 1].x1 >= 0.4 * l.h ? rest : null;
}

interface Aligned { header: Line[]; rows: Line[][]; inner: Line[]; cols: Array<[number, number]>; h: number }

/**
 * Tables drawn without lines: runs of lines holding numbers that stand apart, with the label lines between and
 * the header lines above. Columns are the spans the numbers take (whatever their alignment); a label wrapped
 * over lines joins the value line nearest to it (the values stand on its middle line).
 */
function alignedTables(lines: Line[]): Aligned[] {
  const values = lines.map(valueChunks);
  const out: Aligned[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!values[i]) { i++; continue; }
    const h = lines[i].h;
    let numX = Math.min(...values[i]!.map((c) => c.x0));
    const near = (a: Line, b: Line) => a.page === b.page && b.y - a.y <= 5 * Math.max(a.h, b.h);
    // a label line: all of it left of the numbers
    const isLabel = (l: Line) => l.x1 <= numX + 0.5 * h;
    // a header line inside the table (table 2's 第二十条 blocks): short, not prose
    const isInner = (l: Line) => l.text.length <= 30 && !(SECTION_START.test(l.text) && l.h > 1.15 * h);
    let j = i;
    let count = 1;
    let cells = values[i]!.length;
    for (;;) {
      let k = j + 1;
      while (k < lines.length && k - j <= 5 && !values[k] && (isLabel(lines[k]) || isInner(lines[k])) && near(lines[k - 1], lines[k])) k++;
      if (k < lines.length && values[k] && near(lines[k - 1], lines[k])) {
        j = k; count++; cells += values[k]!.length;
        numX = Math.min(numX, ...values[k]!.map((c) => c.x0));
        continue;
      }
      // the wrapped end of the last row's label
      while (j + 1 < lines.length && !values[j + 1] && isLabel(lines[j + 1]) && lines[j + 1].page === lines[j].page && lines[j + 1].y - lines[j].y <= 1.8 * h) j++;
      break;
    }
    if (count < 2 && cells < 5) { i = j + 1; continue; }
    const body = lines.slice(i, j + 1);
    const valueLines = body.filter((l) => values[lines.indexOf(l)]);
    const cols = spans(valueLines.flatMap((l) => values[lines.indexOf(l)]!.map((c) => [c.x0, c.x1] as [number, number])), 0.3 * h);
    // the first row's label may begin a line or two above its values
    let first = i;
    while (first > 0 && i - first < 2 && !values[first - 1] && isLabel(lines[first - 1]) && lines[first - 1].page === lines[i].page && lines[first].y - lines[first - 1].y <= 1.8 * h) first--;
    // header: the lines just above, up to a section heading or a line of prose
    let start = first;
    const tableWidth = cols[cols.length - 1][1] - Math.min(...body.map((l) => l.x0));
    while (start > 0 && first - start < 12) {
      const prev = lines[start - 1];
      if (!near(prev, lines[start]) || values[start - 1]) break;
      if (SECTION_START.test(prev.text) && chunks(prev).length === 1) break;
      if (chunks(prev).length === 1 && prev.x1 - prev.x0 > 0.7 * tableWidth) break;
      start--;
    }
    const rows: Line[][] = valueLines.map((v) => [v]);
    const inner = body.filter((l) => !valueLines.includes(l) && !isLabel(l));
    // label lines join rows by single linkage: the closest pair of neighbouring lines first, so a label's lines
    // (set at line spacing) stay together and the padding between rows parts them
    const seq = [...lines.slice(first, i), ...body.filter((l) => !inner.includes(l))];
    const rowOf = new Map<Line, number>(valueLines.map((v, k) => [v, k]));
    for (;;) {
      let best: { l: Line; row: number; d: number } | null = null;
      seq.forEach((l, k) => {
        if (rowOf.has(l)) return;
        for (const n of [seq[k - 1], seq[k + 1]]) {
          const row = n && rowOf.get(n);
          if (row === undefined || !n) continue;
          const d = Math.abs(n.y - l.y);
          if (!best || d < best.d) best = { l, row, d };
        }
      });
      if (!best) break;
      const { l, row } = best;
      rowOf.set(l, row);
      rows[row].push(l);
    }
    out.push({ header: lines.slice(start, first), rows, inner, cols, h });
    i = j + 1;
  }
  return out;
}

/** intervals merged where they overlap (within `tol`) */
function spans(list: Array<[number, number]>, tol: number): Array<[number, number]> {
  const s = list.slice().sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of s) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + tol) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function alignedTable(page: number, tableNo: number, t: Aligned): TableBlock {
  const { cols, h } = t;
  const pitch = cols.length > 1 ? Math.min(...cols.slice(1).map((c, k) => c[0] - cols[k][1])) : 4 * h;
  const labelEdge = cols[0][0] - Math.max(0.3 * h, Math.min(pitch / 2, 2 * h));
  const colOf = (x0: number, x1: number) => {
    const cx = (x0 + x1) / 2;
    let best = 0;
    let bestD = Infinity;
    cols.forEach(([a, b], k) => { const d = cx < a ? a - cx : cx > b ? cx - b : 0; if (d < bestD) { bestD = d; best = k; } });
    return best;
  };
  // label sub-columns (a group label left of the row labels): where label runs start, across the table
  const labelChunks = t.rows.flat().flatMap((l) => chunks(l).filter((c) => (c.x0 + c.x1) / 2 < labelEdge));
  const subStarts = positions(labelChunks.map((c) => c.x0), h);
  const subOf = (x: number) => { let k = 0; subStarts.forEach((s, n) => { if (x >= s - 0.5 * h) k = n; }); return k; };
  const rows: PageCell[][] = [];
  let r = 0;

  // header: items across several columns make rows of their own (colspans); the rest joined per column
  if (t.header.length) {
    const perCol: Item[][] = cols.map(() => []);
    const label: Item[] = [];
    for (const l of t.header) {
      const spanning: Array<{ items: Item[]; c0: number; c1: number }> = [];
      for (const c of chunks(l)) {
        if ((c.x0 + c.x1) / 2 < labelEdge) { label.push(...c.items); continue; }
        const covered = cols.map(([a, b], k) => (Math.min(b, c.x1) - Math.max(a, c.x0) > 0.3 * (b - a) || (c.x0 <= a && c.x1 >= b) ? k : -1)).filter((k) => k >= 0);
        if (covered.length >= 2) spanning.push({ items: c.items, c0: covered[0], c1: covered[covered.length - 1] });
        else perCol[colOf(c.x0, c.x1)].push(...c.items);
      }
      if (spanning.length) {
        const row: PageCell[] = [];
        for (let k = 0; k < cols.length; k++) {
          const s = spanning.find((x) => k >= x.c0 && k <= x.c1);
          row.push(s ? { text: cellText(s.items), anchor: pdfCellAnchor(page, tableNo, r, s.c0 + 1), origin: k === s.c0 } : { text: '', anchor: pdfCellAnchor(page, tableNo, r, k + 1), origin: true });
        }
        rows.push(row);
        r++;
      }
    }
    const row: PageCell[] = [];
    if (label.length) row.push({ text: cellText(label), anchor: pdfCellAnchor(page, tableNo, r, 0), origin: true });
    perCol.forEach((its, k) => row.push({ text: cellText(its), anchor: pdfCellAnchor(page, tableNo, r, k + 1), origin: true }));
    if (row.some((c) => c.text)) { rows.push(row); r++; }
  }

  const ordered = [...t.rows.map((ls) => ({ ls, y: Math.min(...ls.map((l) => l.y)), inner: false })), ...t.inner.map((l) => ({ ls: [l], y: l.y, inner: true }))];
  ordered.sort((a, b) => a.y - b.y);
  for (const { ls, inner } of ordered) {
    const subs: Item[][] = subStarts.map(() => []);
    const cells: Item[][] = cols.map(() => []);
    for (const l of ls) {
      for (const c of chunks(l)) {
        // a header line inside the table keeps its runs whole; a row's label parts go by where each piece starts
        if ((c.x0 + c.x1) / 2 < labelEdge || inner && c.x0 < labelEdge) {
          if (inner) { subs[0]?.push(...c.items); continue; }
          // a run that crosses into the next label column with a visible gap is two cells' text ("）无" "相关…")
          let sub = subOf(c.items[0].x);
          let end = -Infinity;
          for (const it of c.items) {
            if (it.x - end >= 0.3 * h && subOf(it.x) !== sub) sub = subOf(it.x);
            subs[sub]?.push(it);
            end = Math.max(end, it.x + it.w);
          }
        } else cells[colOf(c.x0, c.x1)].push(...c.items);
      }
    }
    if (inner && !subs.length) subs.push([]);
    const row: PageCell[] = [];
    // empty label parts are layout; an empty value cell is a blank cell, as in an HTML table
    subs.forEach((its, k) => { if (its.length) row.push({ text: cellText(its), anchor: pdfCellAnchor(page, tableNo, r, 0) + (k ? `.${k}` : ''), origin: true }); });
    cells.forEach((its, k) => row.push({ text: cellText(its), anchor: pdfCellAnchor(page, tableNo, r, k + 1), origin: true }));
    rows.push(row);
    r++;
  }
  // a number this reader missed must not read as a blank (0): empty positions are layout, so a row short of
  // values is "not checked" (cell-count), never summed wrong
  return { kind: 'table', anchor: pdfTableAnchor(page, tableNo), rows, emptyIsLayout: true, shape: 'pdf' };
}

/** positioned text → the page model: text blocks (paragraphs) and tables as grids, in reading order */
export function pdfTextToDoc(pages: PdfPageText[], truncated?: string): PageDoc {
  const readable = pages.some((p) => p.items.some((it) => it.str.trim()));
  if (!readable) return { title: '', meta: {}, blocks: [], unreadable: SCANNED, ...(truncated ? { truncated } : {}) };

  const perPage = pages.map((page) => ({ page, lines: toLines(page.items.filter((it) => it.str.trim()).map((it) => ({ ...it, page: page.page }))) }));
  const running = runningLines(perPage);

  // the body's left edge and font size, for paragraphs and the title
  const all = perPage.flatMap((p) => p.lines).filter((l) => !running.has(l));
  // by characters, not lines: a menu of short lines is not the body
  const bodyH = mode(all.map((l) => Math.round(l.h)), all.map((l) => l.text.length));
  const bodyLines = all.filter((l) => Math.round(l.h) === bodyH);
  const bodyX = mode(bodyLines.map((l) => Math.round(l.x0)), bodyLines.map((l) => l.text.length));
  const bodyRight = percentile(all.filter((l) => Math.round(l.h) === bodyH).map((l) => l.x1), 0.9);

  const blocks: Block[] = [];
  let out = truncated;
  const titleParts: string[] = [];
  let titleOpen = true;
  /** heading: large or section-like; short: a section heading line, which nothing joins */
  let para: { lines: Line[]; heading: boolean; short: boolean } | null = null;
  const emit = () => {
    if (!para) return;
    let text = '';
    for (const l of para.lines) text = joinText(text, l.text, true);
    text = text.trim();
    // a large line is a heading while it stays short; a paragraph in a larger font is still a paragraph
    if (para.heading && (text.length > 60 || /[。；;！!？?]$/.test(text) && !para.short)) para.heading = false;
    if (text) {
      if (blocks.length >= MAX_BLOCKS) { out ??= 'too many blocks'; para = null; return; }
      if (text.length > MAX_BLOCK_TEXT) out ??= `text block cut to ${MAX_BLOCK_TEXT} characters`;
      const l0 = para.lines[0];
      blocks.push({ kind: 'text', anchor: pdfBlockAnchor(l0.page, blocks.length), text: text.slice(0, MAX_BLOCK_TEXT), ...(para.heading ? { heading: true } : {}) });
    }
    para = null;
  };
  const startsNew = (prev: Line, l: Line) => {
    if (Math.abs(prev.h - l.h) > 0.2 * Math.max(prev.h, l.h)) return true;
    if (l.x0 > bodyX + 0.8 * l.h) return true; // indented: a new paragraph
    if (prev.x1 < bodyRight - 1.5 * prev.h) return true; // the line before ended short
    if (SECTION_START.test(l.text)) return true;
    if (prev.page === l.page && l.y - prev.y > 2.2 * l.h) return true;
    return false;
  };

  for (const { page, lines } of perPage) {
    const keep = lines.filter((l) => !running.has(l));
    const items = keep.flatMap((l) => l.items);
    const pieces: Piece[] = [];
    let tableNo = 0;
    const used = new Set<Item>();
    // ruled tables first
    for (const region of gridRegions(page.rules ?? [])) {
      const inside = items.filter((it) => !used.has(it) && it.x + it.w / 2 >= region.x0 - 1 && it.x + it.w / 2 <= region.x1 + 1 && it.y - it.h * 0.35 >= region.y0 - 1 && it.y - it.h * 0.35 <= region.y1 + 1);
      if (!inside.length) continue;
      const block = ruledTable(page.page, tableNo, region, inside);
      if (!block) continue;
      tableNo++;
      for (const it of inside) used.add(it);
      pieces.push({ top: region.y0, block });
    }
    const rest = keep.map((l) => ({ ...l, items: l.items.filter((it) => !used.has(it)) })).filter((l) => l.items.length);
    const restLines = toLines(rest.flatMap((l) => l.items));
    // then tables of aligned text among what is left
    const inTable = new Set<Line>();
    for (const t of alignedTables(restLines)) {
      const ls = [...t.header, ...t.rows.flat(), ...t.inner];
      pieces.push({ top: Math.min(...ls.map((l) => l.top)), block: alignedTable(page.page, tableNo++, t) });
      for (const l of ls) inTable.add(l);
    }
    for (const l of restLines) if (!inTable.has(l)) pieces.push({ top: l.top, line: l });
    pieces.sort((a, b) => a.top - b.top);

    for (const p of pieces) {
      if (p.block) { titleOpen = false; emit(); if (blocks.length < MAX_BLOCKS) blocks.push(p.block); else out ??= 'too many blocks'; continue; }
      const l = p.line!;
      // the title: the large lines at the top of the first page, one block however many lines it takes
      const big = l.h >= 1.2 * bodyH;
      if (big && titleOpen && page.page === pages[0].page) titleParts.push(l.text);
      else titleOpen = false;
      const prev = para?.lines[para.lines.length - 1];
      if (para && prev) {
        // a large heading wrapped over centred lines is one block ("…工作年度" / "报告")
        const wrappedHeading = big && prev.h === l.h && prev.page === l.page && l.y - prev.y < 2.2 * l.h
          && para.lines.reduce((n, x) => n + x.text.length, l.text.length) <= 60;
        if (wrappedHeading || (!para.heading || !para.short) && !startsNew(prev, l)) { para.lines.push(l); continue; }
      }
      emit();
      const section = l.text.length <= 40 && SECTION_START.test(l.text) && l.x1 < bodyRight - 2 * l.h;
      para = { lines: [l], heading: big || section, short: section };
    }
    // a paragraph may go on at the top of the next page; a table ends it
  }
  emit();
  joinSplitRows(blocks);
  let title = '';
  for (const t of titleParts) title = joinText(title, t, true);
  return { title: title.slice(0, 500), meta: {}, blocks, ...(out ? { truncated: out } : {}) };
}

/**
 * A row broken by a page break: the next page's table opens with the rest of its labels ("…需要另" / "行制作"), no
 * values. Those pieces go back to the row they belong to. A repeated header row has text over the value columns and
 * is left alone.
 */
function joinSplitRows(blocks: Block[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const prev = blocks[i - 1];
    const next = blocks[i];
    if (prev.kind !== 'table' || next.kind !== 'table' || prev.shape !== 'pdf' || next.shape !== 'pdf' || !next.rows.length || !prev.rows.length) continue;
    if (pageOfBlock(next) <= pageOfBlock(prev)) continue;
    const last = prev.rows[prev.rows.length - 1];
    const first = next.rows[0];
    if (first.length !== last.length) continue;
    const isNumber = (t: string) => /^[-+]?\d[\d,.]*$/.test(t.trim());
    if (first.some((c) => isNumber(c.text))) continue;
    let firstValue = last.findIndex((c) => isNumber(c.text));
    if (firstValue === 0) continue;
    const pieces = first.map((c, k) => ({ c, k })).filter(({ c }) => c.origin && c.text.trim());
    if (firstValue === -1) {
      // a header row broken over the page ("上一年项目数" / "量"): short pieces under its cells, not a repeated header
      const texts = (r: PageCell[]) => r.map((c) => c.text).join('|');
      if (prev.rows.some((r) => texts(r) === texts(first)) || pieces.some(({ c }) => c.text.length > 10)) continue;
      firstValue = first.length;
    }
    if (!pieces.length || pieces.some(({ k }) => k >= firstValue || !last[k].text.trim())) continue;
    for (const { c, k } of pieces) {
      const anchor = last[k].anchor;
      const joined = joinText(last[k].text, c.text, true);
      for (const row of prev.rows) for (const cell of row) if (cell.anchor === anchor) cell.text = joined;
    }
    next.rows.shift();
  }
}

const pageOfBlock = (b: Block) => Number(/^p(\d+)/.exec(b.anchor)?.[1] ?? 0);

const SECTION_START = /^[一二三四五六七八九十]{1,3}\s*[、.．]/;

function mode(values: number[], weights?: number[]): number {
  const count = new Map<number, number>();
  let best = 0;
  let n = 0;
  for (const [i, v] of values.entries()) {
    const c = (count.get(v) ?? 0) + (weights?.[i] ?? 1);
    count.set(v, c);
    if (c > n) { n = c; best = v; }
  }
  return best;
}

function percentile(values: number[], q: number): number {
  if (!values.length) return 0;
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
