// One walker for both hosts: the browser's live DOM and cheerio's tree go through the small HtmlAdapter
// interface and come out as the same PageDoc.
import type { Block, PageCell, PageDoc, TableBlock, TextBlock } from './types';
import { blockAnchor, cellAnchor } from './anchor';
import { collapseSpace } from '../text/normalize';
import {
  MAX_BLOCK_TEXT, MAX_BLOCKS, MAX_COLSPAN, MAX_DEPTH, MAX_GRID_CELLS, MAX_ROWSPAN, MAX_TABLE_COLS, MAX_TABLE_ROWS, MAX_TABLES,
} from './limits';
import { readTextLines } from './text';

export interface HtmlAdapter<N> {
  /** 'element', 'text' or 'other' (comments, doctype, processing instructions) */
  kind(node: N): 'element' | 'text' | 'other';
  /** lower-case tag name of an element */
  tag(node: N): string;
  children(node: N): ArrayLike<N>;
  /** data of a text node */
  data(node: N): string;
  attr(node: N, name: ReadAttribute): string | undefined;
}

/**
 * The attributes the walker reads, and the only ones it may ask an adapter for: meta names and contents, class and id
 * (navigation), style, cell spans. The Node reader keeps no others.
 */
export const READ_ATTRIBUTES = [
  'name', 'property', 'http-equiv', 'content', 'class', 'id', 'style', 'colspan', 'rowspan',
] as const;
export type ReadAttribute = typeof READ_ATTRIBUTES[number];

/** Called for every block and table cell the walker emits, so a host can map anchors back to its nodes. */
export type AnchorSink<N> = (anchor: string, node: N) => void;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object',
  'embed', 'select', 'textarea', 'button', 'canvas', 'video', 'audio']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol',
  'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'form', 'fieldset', 'figure',
  'figcaption', 'address', 'center', 'hr', 'table', 'tr', 'td', 'th', 'caption', 'body', 'html', 'details',
  'summary', 'pre', 'title', 'ucaptitle', 'ucapcontent']);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** longer cell text than this is prose, not a statistics cell */
const LAYOUT_CELL_TEXT = 400;

const TEXT_CUT = `text block cut to ${MAX_BLOCK_TEXT} characters`;
const TOO_DEEP = 'nesting too deep';

const collapse = collapseSpace;

interface Ctx<N> {
  a: HtmlAdapter<N>;
  sink?: AnchorSink<N>;
  blocks: Block[];
  tables: number;
  buf: string;
  bufNode: N | null;
  heading: boolean;
  truncated?: string;
  title: string;
  meta: Record<string, string>;
  depth: number;
  /** >0 while inside a breadcrumb or navigation container; bufNav: the buffered text came from one */
  nav: number;
  bufNav: boolean;
}

export function readHtml<N>(a: HtmlAdapter<N>, root: N, sink?: AnchorSink<N>): PageDoc {
  const ctx: Ctx<N> = { a, sink, blocks: [], tables: 0, buf: '', bufNode: null, heading: false, title: '', meta: {}, depth: 0, nav: 0, bufNav: false };
  walk(ctx, root, 0);
  flush(ctx);
  return { title: ctx.title, meta: ctx.meta, blocks: ctx.blocks, ...(ctx.truncated ? { truncated: ctx.truncated } : {}) };
}

// <title> and <meta>, wherever they stand (real pages put a second head inside <body>), first of each wins, down to
// HEAD_LEVEL elements deep. The walk collects them on its way (one pass over the tree, not two); the subtrees it does
// not enter itself (head, skipped and too deep elements, tables, <pre>) it hands to collectHead.
const HEAD_LEVEL = 400;
/**
 * the level walk is given where the head elements below were collected already (a layout table's cells): past
 * HEAD_LEVEL however deep it goes, and a small integer like every other level (Infinity, a heap number, made V8 throw
 * away walk's optimised code at the first layout table)
 */
const HEAD_READ = 1 << 20;

/** an element of the head search at `level`: take it, or search below it (nothing past HEAD_LEVEL) */
function headElement<N>(ctx: Ctx<N>, n: N, tag: string, level: number): void {
  if (level > HEAD_LEVEL) return;
  const { a } = ctx;
  if (tag === 'title') {
    if (!ctx.title) ctx.title = collapse(textOf(a, n)).slice(0, 500);
  } else if (tag === 'meta') {
    const name = (a.attr(n, 'name') ?? a.attr(n, 'property') ?? a.attr(n, 'http-equiv') ?? '').toLowerCase();
    const content = a.attr(n, 'content');
    if (name && content !== undefined && !(name in ctx.meta)) ctx.meta[name] = content.slice(0, 500);
  } else if (tag !== 'script' && tag !== 'style') {
    collectHead(ctx, n, level + 1);
  }
}

/** the head elements among the children of `node`, which stand at `level` */
function collectHead<N>(ctx: Ctx<N>, node: N, level: number): void {
  const { a } = ctx;
  const kids = a.children(node);
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i];
    if (a.kind(n) === 'element') headElement(ctx, n, a.tag(n), level);
  }
}

function textOf<N>(a: HtmlAdapter<N>, node: N, depth = 0): string {
  if (a.kind(node) === 'text') return a.data(node);
  if (a.kind(node) !== 'element' || depth > 200) return '';
  const kids = a.children(node);
  let s = '';
  for (let i = 0; i < kids.length; i++) s += textOf(a, kids[i], depth + 1);
  return s;
}

function flush<N>(ctx: Ctx<N>): void {
  // most flushes (every block's start and end) find nothing buffered
  const text = ctx.buf && collapse(ctx.buf);
  if (text && ctx.blocks.length < MAX_BLOCKS) {
    if (text.length > MAX_BLOCK_TEXT) ctx.truncated ??= TEXT_CUT;
    const anchor = blockAnchor(ctx.blocks.length);
    const block: TextBlock = { kind: 'text', anchor, text: text.slice(0, MAX_BLOCK_TEXT) };
    if (ctx.heading) block.heading = true;
    if (ctx.bufNav) block.nav = true;
    ctx.blocks.push(block);
    if (ctx.sink && ctx.bufNode) ctx.sink(anchor, ctx.bufNode);
  } else if (text) {
    ctx.truncated ??= 'too many blocks';
  }
  ctx.buf = '';
  ctx.bufNode = null;
  ctx.heading = false;
  ctx.bufNav = false;
}

/** class/id words of breadcrumb and navigation containers (当前位置, 导航); "position-relative" is layout */
const NAV_WORD = /^(?:\w*crumbs?\w*|bread\w*|mianbao\w*|mbx|dqwz|weizhi|position|location|curpos|nav|navs|navbar|navigation|\w+nav|nav\w+|daohang|menu|\w*menu)$/i;
const isNavWord = (w: string): boolean => NAV_WORD.test(w);
/** what every NAV_WORD holds: class and id values without any of these (most) need not be split into words */
const NAV_PART = /crumb|bread|mianbao|mbx|dqwz|weizhi|position|location|curpos|nav|daohang|menu/i;
const isNav = <N>(a: HtmlAdapter<N>, n: N, tag: string): boolean => {
  if (tag === 'nav') return true;
  const cls = a.attr(n, 'class');
  const id = a.attr(n, 'id');
  if (!cls && !id) return false;
  if (!(cls && NAV_PART.test(cls)) && !(id && NAV_PART.test(id))) return false;
  const words = `${cls ?? ''} ${id ?? ''}`.replace(/position-(?:relative|absolute|fixed|static|sticky)/gi, ' ');
  return words.trim() !== '' && words.split(/[\s_-]+/).some(isNavWord);
};

/** the children of `node`, which stand at `level` (HEAD_READ: their head elements are collected already) */
function walk<N>(ctx: Ctx<N>, node: N, level: number): void {
  const { a } = ctx;
  const kids = a.children(node);
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i];
    const k = a.kind(n);
    if (k === 'text') {
      if (ctx.buf.length < MAX_BLOCK_TEXT) {
        if (!ctx.bufNode) ctx.bufNode = node;
        ctx.buf += a.data(n);
        if (ctx.nav > 0) ctx.bufNav = true;
      } else {
        ctx.truncated ??= TEXT_CUT;
      }
      continue;
    }
    if (k !== 'element') continue;
    const tag = a.tag(n);
    if (SKIP.has(tag) || tag === 'title' || tag === 'meta') { headElement(ctx, n, tag, level); continue; }
    if (tag === 'br') { ctx.buf += '\n'; flush(ctx); continue; }
    if (tag === 'table') { headElement(ctx, n, tag, level); flush(ctx); readTable(ctx, n); continue; }
    if (tag === 'pre') { headElement(ctx, n, tag, level); flush(ctx); readPre(ctx, n); continue; }
    const block = BLOCK.has(tag);
    // a table pasted as text: a white-space:pre block, or lines separated by <br> with aligned columns
    if (block && isTextTable(a, n)) { headElement(ctx, n, tag, level); flush(ctx); readPre(ctx, n); continue; }
    if (block) { flush(ctx); ctx.bufNode = n; if (HEADING.has(tag) || tag === 'ucaptitle') ctx.heading = true; }
    if (ctx.depth > MAX_DEPTH) { headElement(ctx, n, tag, level); ctx.truncated ??= TOO_DEEP; continue; }
    const nav = isNav(a, n, tag);
    ctx.depth++;
    if (nav) ctx.nav++;
    walk(ctx, n, level + 1);
    if (nav) ctx.nav--;
    ctx.depth--;
    if (block) flush(ctx);
  }
}

const PRE_STYLE = /white-space\s*:\s*(?:pre|pre-wrap|break-spaces)\s*(?:;|$|!)/i;
/** a line with columns: a tab, or two spaces (&nbsp; too) between words */
const COLUMNS = /\S(?:\t|[ \u00a0\u3000]{2,})\S/;

/**
 * A block whose text keeps its line breaks and spaces: white-space:pre (inline style), or a block of inline
 * content and at least three <br>-separated lines, two of them with aligned columns.
 */
function isTextTable<N>(a: HtmlAdapter<N>, node: N): boolean {
  const style = a.attr(node, 'style');
  if (style && PRE_STYLE.test(style)) return true;
  const kids = a.children(node);
  let breaks = 0;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (a.kind(k) !== 'element') continue;
    const tag = a.tag(k);
    if (tag === 'br') breaks++;
    else if (BLOCK.has(tag) || tag === 'table') return false;
  }
  if (breaks < 2) return false;
  let aligned = 0;
  for (const line of linesOf(a, node).split('\n')) if (COLUMNS.test(line) && ++aligned >= 2) return true;
  return false;
}

/** text with <br> and block ends as line breaks */
function linesOf<N>(a: HtmlAdapter<N>, node: N, depth = 0): string {
  if (a.kind(node) === 'text') return a.data(node);
  if (a.kind(node) !== 'element' || depth > 200) return '';
  const tag = a.tag(node);
  if (tag === 'br') return '\n';
  if (depth > 0 && SKIP.has(tag)) return '';
  const kids = a.children(node);
  let s = '';
  for (let i = 0; i < kids.length; i++) s += linesOf(a, kids[i], depth + 1);
  return depth > 0 && BLOCK.has(tag) ? `\n${s}\n` : s;
}

/** Text of <pre> (and of blocks read like it): tab, pipe and space-aligned tables inside are read as the text reader reads them. */
function readPre<N>(ctx: Ctx<N>, pre: N): void {
  const whole = linesOf(ctx.a, pre);
  if (whole.length > MAX_BLOCK_TEXT * 50) ctx.truncated ??= TEXT_CUT;
  const first = ctx.blocks.length;
  const sub = readTextLines(whole.slice(0, MAX_BLOCK_TEXT * 50), (line) => `${blockAnchor(first)}.L${line}`);
  if (sub.truncated) ctx.truncated ??= sub.truncated;
  for (const b of sub.blocks) {
    if (ctx.blocks.length >= MAX_BLOCKS) { ctx.truncated ??= 'too many blocks'; break; }
    ctx.blocks.push(b);
  }
  if (ctx.sink) ctx.sink(blockAnchor(first), pre);
}

/** the <tr>s that belong to this table (not to tables nested in it) */
function ownRows<N>(a: HtmlAdapter<N>, table: N): N[] {
  const rows: N[] = [];
  const kids = a.children(table);
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i];
    if (a.kind(n) !== 'element') continue;
    const tag = a.tag(n);
    if (tag === 'tr') rows.push(n);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      const sub = a.children(n);
      for (let j = 0; j < sub.length; j++) if (a.kind(sub[j]) === 'element' && a.tag(sub[j]) === 'tr') rows.push(sub[j]);
    }
  }
  return rows;
}

function ownCells<N>(a: HtmlAdapter<N>, tr: N): N[] {
  const cells: N[] = [];
  const kids = a.children(tr);
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i];
    if (a.kind(n) === 'element') {
      const tag = a.tag(n);
      if (tag === 'td' || tag === 'th') cells.push(n);
    }
  }
  return cells;
}

function containsTable<N>(a: HtmlAdapter<N>, node: N, depth = 0): boolean {
  if (depth > 200) return false;
  const kids = a.children(node);
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i];
    if (a.kind(n) !== 'element') continue;
    if (a.tag(n) === 'table' || containsTable(a, n, depth + 1)) return true;
  }
  return false;
}

function span(v: string | undefined, max: number): number {
  const n = parseInt(v ?? '', 10);
  if (!Number.isFinite(n) || n < 1) return v !== undefined && n === 0 ? 0 : 1;
  return Math.min(n, max);
}

/** Cell text: paragraphs joined by newlines, inline runs (spans, fonts) joined as they stand. */
function cellText<N>(ctx: Ctx<N>, cell: N): string {
  const text: CellTextParts = { parts: [], cur: '' };
  visitCell(ctx.a, text, cell, 0);
  text.parts.push(text.cur);
  return text.parts.map(collapse).filter(Boolean).join('\n').slice(0, 2000);
}

/** a cell's paragraphs so far, and the one being read */
interface CellTextParts { parts: string[]; cur: string }

/** cellText's walk through a cell: a module-level function, not a closure made per cell (hot path: README, Performance) */
function visitCell<N>(a: HtmlAdapter<N>, text: CellTextParts, n: N, depth: number): void {
  if (depth > 100) return;
  const kids = a.children(n);
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i];
    const k = a.kind(c);
    if (k === 'text') { text.cur += a.data(c); continue; }
    if (k !== 'element') continue;
    const tag = a.tag(c);
    if (SKIP.has(tag)) continue;
    if (tag === 'br' || BLOCK.has(tag)) {
      text.parts.push(text.cur); text.cur = '';
      if (tag !== 'br') { visitCell(a, text, c, depth + 1); text.parts.push(text.cur); text.cur = ''; }
      continue;
    }
    visitCell(a, text, c, depth + 1);
  }
}

function readTable<N>(ctx: Ctx<N>, table: N): void {
  const { a } = ctx;
  const tableIndex = ctx.tables++;
  if (tableIndex >= MAX_TABLES) { ctx.truncated ??= 'too many tables'; return; }
  // tables nested past the depth cap are left unread, like any element that deep (else the stack runs out)
  if (ctx.depth > MAX_DEPTH) { ctx.truncated ??= TOO_DEEP; return; }
  const rows = ownRows(a, table);
  // A table holding tables is page layout: read its cells as ordinary content.
  if (containsTable(a, table)) {
    ctx.depth++;
    for (const tr of rows) for (const td of ownCells(a, tr)) { flush(ctx); walk(ctx, td, HEAD_READ); flush(ctx); }
    ctx.depth--;
    return;
  }
  // A cell holding running prose (a whole article in one layout cell) makes the table layout too.
  // (loops, not callbacks: every table of every page comes here; hot path: README, Performance)
  const texts: string[][] = [];
  let prose = false;
  for (let r = 0; r < rows.length && r < MAX_TABLE_ROWS; r++) {
    const row: string[] = [];
    for (const td of ownCells(a, rows[r])) {
      const t = cellText(ctx, td);
      if (t.length > LAYOUT_CELL_TEXT) prose = true;
      row.push(t);
    }
    texts.push(row);
  }
  if (prose) {
    ctx.depth++;
    for (const tr of rows) for (const td of ownCells(a, tr)) { flush(ctx); walk(ctx, td, HEAD_READ); flush(ctx); }
    ctx.depth--;
    return;
  }
  const grid: PageCell[][] = [];
  let cellsUsed = 0;
  const nRows = Math.min(rows.length, MAX_TABLE_ROWS);
  if (rows.length > MAX_TABLE_ROWS) ctx.truncated ??= `table with ${rows.length} rows cut to ${MAX_TABLE_ROWS}`;
  for (let r = 0; r < nRows; r++) {
    const cells = ownCells(a, rows[r]);
    grid[r] ??= [];
    let col = 0;
    for (let c = 0; c < cells.length; c++) {
      const td = cells[c];
      while (grid[r][col]) col++;
      const colspan = span(a.attr(td, 'colspan'), MAX_COLSPAN) || 1;
      let rowspan = span(a.attr(td, 'rowspan'), MAX_ROWSPAN);
      if (rowspan === 0) rowspan = nRows - r; // rowspan=0: to the end of the table
      const anchor = cellAnchor(tableIndex, r, c);
      ctx.sink?.(anchor, td);
      const text = texts[r][c];
      const lastRow = Math.min(r + rowspan, nRows);
      const lastCol = Math.min(col + colspan, MAX_TABLE_COLS);
      if (col + colspan > MAX_TABLE_COLS) ctx.truncated ??= `table wider than ${MAX_TABLE_COLS} columns`;
      for (let rr = r; rr < lastRow; rr++) {
        grid[rr] ??= [];
        for (let cc = col; cc < lastCol; cc++) {
          if (cellsUsed >= MAX_GRID_CELLS) { ctx.truncated ??= 'table too large'; break; }
          if (grid[rr][cc]) continue;
          grid[rr][cc] = { text, anchor, origin: rr === r && cc === col };
          cellsUsed++;
        }
      }
      col = lastCol;
    }
  }
  // Holes left by ragged rows stay out: a short row keeps its own length (cell-count sees it).
  const clean = grid.slice(0, nRows).map((row) => (row ?? []).filter(Boolean));
  const block: TableBlock = { kind: 'table', anchor: `t${tableIndex}`, rows: clean, emptyIsLayout: false, shape: 'html' };
  ctx.blocks.push(block);
  ctx.sink?.(block.anchor, table);
}
