// Tables flattened to one paragraph (or line) per cell, as Word exports and some CMS editors leave them.
// A run of short cell-like blocks with enough numbers and template labels is read back into rows:
// a label that follows a value starts a new row.
import type { Block, PageCell, TableBlock, TextBlock } from '../page/types';
import { parseValue } from '../text/number';
import { matchTerms } from './vocabulary';

const MAX_CELL_TEXT = 60;
const MIN_VALUES = 6;
const MIN_LABELS = 3;

export interface LinearTable { at: number; block: TableBlock }

export function linearTables(blocks: Block[], headingAt: Set<number>): LinearTable[] {
  const out: LinearTable[] = [];
  let run: Array<{ at: number; b: TextBlock }> = [];
  // a loop, not callbacks: this runs on every page (hot path: README, Performance)
  for (let at = 0; at <= blocks.length; at++) {
    const b = blocks[at];
    // every template label is shorter than MAX_CELL_TEXT, so longer text is prose whatever it says
    if (b && b.kind === 'text' && !headingAt.has(at) && (b.text.length <= MAX_CELL_TEXT || parseValue(b.text).kind !== 'text')) {
      run.push({ at, b });
      continue;
    }
    // a run ends at a block that is no cell, and at the end
    if (run.length) {
      const t = readRun(run);
      if (t) out.push(t);
      run = [];
    }
  }
  return out;
}

function readRun(run: Array<{ at: number; b: TextBlock }>): LinearTable | null {
  // values first: most short runs (menus, link lists) have none, and then no label need be matched
  let values = 0;
  for (const { b } of run) if (parseValue(b.text).kind !== 'text') values++;
  if (values < MIN_VALUES) return null;
  let labels = 0;
  for (const { b } of run) if (parseValue(b.text).kind === 'text' && matchTerms(b.text).length && ++labels >= MIN_LABELS) break;
  if (labels < MIN_LABELS) return null;
  const rows: PageCell[][] = [];
  let row: PageCell[] = [];
  let inValues = false;
  for (const { b } of run) {
    const isValue = parseValue(b.text).kind !== 'text';
    if (!isValue && inValues) { rows.push(row); row = []; inValues = false; }
    if (isValue) inValues = true;
    row.push({ text: b.text, anchor: b.anchor, origin: true });
  }
  if (row.length) rows.push(row);
  return { at: run[0].at, block: { kind: 'table', anchor: run[0].b.anchor, rows, emptyIsLayout: true, shape: 'lines' } };
}
