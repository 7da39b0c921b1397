// Plain-text inputs, as reports reach us when converted from their pages or files:
// tab-separated lines, markdown pipe tables, one cell per line (Word export), markdown headings.
import type { Block, PageCell, PageDoc, TableBlock } from './types';
import { fieldAnchor, lineAnchor } from './anchor';
import { MAX_BLOCK_TEXT, MAX_BLOCKS, MAX_GRID_CELLS, MAX_TABLE_COLS, MAX_TABLE_ROWS } from './limits';
import { findAlignedTables } from './aligned';

const isRule = (line: string) => /^[\s|:\-–—=+]*$/.test(line) && /[-–—=]{3}/.test(line);
const isPipeRow = (line: string) => /^\s*\|.*\|\s*$/.test(line);
/** a tab-separated row: two fields, or a field followed by a tab ("\t规章" alone is one cell per line) */
const isTabRow = (line: string) =>
  line.includes('\t') && (/\S\t/.test(line) || line.split('\t').filter((f) => f.trim()).length >= 2);

const clean = (s: string) => s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();

export function readText(text: string): PageDoc {
  return readTextLines(text, lineAnchor);
}

export function readTextLines(text: string, anchorOf: (line: number) => string): PageDoc {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let tableCells = 0;
  let truncated: string | undefined;
  const fieldOf = anchorOf === lineAnchor ? fieldAnchor : (line: number, f: number) => `${anchorOf(line)}.f${f}`;
  // tables of space-aligned columns (pdftotext -layout, a table pasted as text); tab and pipe rows are read below
  const aligned = new Map(findAlignedTables(lines, (i, f) => fieldOf(i + 1, f), (i) => isPipeRow(lines[i]) || isTabRow(lines[i]))
    .map((t) => [t.first, t]));

  const cut = (s: string) => {
    if (s.length <= MAX_BLOCK_TEXT) return s;
    truncated ??= `text cut to ${MAX_BLOCK_TEXT} characters`;
    return s.slice(0, MAX_BLOCK_TEXT);
  };
  const endTable = () => { if (table && table.rows.length) blocks.push(table); table = null; };

  for (let i = 0; i < lines.length; i++) {
    if (blocks.length >= MAX_BLOCKS) { truncated = 'too many lines'; break; }
    const lineNo = i + 1;
    const at = aligned.get(i);
    if (at) {
      endTable();
      blocks.push({ ...at.block, anchor: anchorOf(lineNo) });
      i = at.last;
      continue;
    }
    // a name stops at the next bracket, so that an unclosed "[bookmark: " cannot make every later one rescan the line
    const raw = lines[i].replace(/\[bookmark: [^\][]*\]/g, '');
    if (!raw.trim()) continue;
    const pipe = isPipeRow(raw);
    const tab = !pipe && isTabRow(raw);
    if (pipe || tab) {
      const shape = pipe ? 'markdown' : 'tsv';
      // a table goes on across blank lines (page breaks in the source) but not across prose
      if (!table || table.shape !== shape) { endTable(); table = { kind: 'table', anchor: anchorOf(lineNo), rows: [], emptyIsLayout: !pipe, shape }; tableCells = 0; }
      if (isRule(raw)) continue;
      let fields = pipe ? raw.trim().slice(1, -1).split('|') : raw.split('\t');
      // the same caps as an HTML table's grid
      if (fields.length > MAX_TABLE_COLS) { truncated ??= `table wider than ${MAX_TABLE_COLS} columns`; fields = fields.slice(0, MAX_TABLE_COLS); }
      if (table.rows.length >= MAX_TABLE_ROWS || tableCells + fields.length > MAX_GRID_CELLS) { truncated ??= 'table too large'; continue; }
      tableCells += fields.length;
      const row: PageCell[] = fields.map((f, j) => ({ text: cut(clean(f)), anchor: fieldOf(lineNo, j), origin: true }));
      table.rows.push(row);
      continue;
    }
    if (isRule(raw)) continue;
    endTable();
    let text = clean(raw);
    let heading = false;
    const h = /^#{1,6}\s+(.*)$/.exec(text);
    if (h) { text = h[1]; heading = true; }
    text = text.replace(/\*\*(.+?)\*\*/g, '$1');
    blocks.push({ kind: 'text', anchor: anchorOf(lineNo), text: cut(text), ...(heading ? { heading } : {}) });
  }
  endTable();
  return { title: '', meta: {}, blocks, ...(truncated ? { truncated } : {}) };
}
