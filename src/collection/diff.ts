// What changed on a page between two captures: the cells of its tables, and the lines of its text with the
// section they stand in. Only asked for when the fingerprints differ.
import type { Evidence, SavedReport } from './schema';
import { cellLabels } from './layout';

export interface CellChange {
  /** the page table's anchor in the newer capture ("t2") */
  table: string;
  row: number;
  column: number;
  before: string | null;
  after: string | null;
  /** the template row and column the cell stands for, when the checker read it ("表3 · （一）予以公开 · 自然人") */
  where: string | null;
}

export interface LineChange {
  /** the heading of the section the line stands in ("三、收到和处理政府信息公开申请情况"), null before the first */
  section: string | null;
  text: string;
}

export interface CaptureDiff {
  same: boolean;
  before: { sha256: string; capturedAt: string };
  after: { sha256: string; capturedAt: string };
  /** changed cells; at most MAX_LISTED, `cellCount` gives them all */
  cells: CellChange[];
  cellCount: number;
  removed: LineChange[];
  added: LineChange[];
  /** sections whose text changed, in page order */
  sections: string[];
}

const MAX_LISTED = 200;
const SECTION_HEADING = /^\s*[一二三四五六七八九十]+\s*[、．.]/;

/** `after` is the newer record: its tables name the changed cells */
export function diffCaptures(before: Evidence, after: Pick<SavedReport, 'evidence' | 'tables' | 'template' | 'year'>): CaptureDiff {
  const cells = changedCells(before, after.evidence, cellLabels(after));
  const { removed, added } = changedLines(before.capturedText, after.evidence.capturedText);
  const sections = [...new Set([...removed, ...added].map((l) => l.section).filter((s): s is string => s !== null))];
  return {
    same: before.sha256 === after.evidence.sha256,
    before: { sha256: before.sha256, capturedAt: before.capturedAt },
    after: { sha256: after.evidence.sha256, capturedAt: after.evidence.capturedAt },
    cells: cells.slice(0, MAX_LISTED), cellCount: cells.length, removed, added, sections,
  };
}

/** page tables are paired by position: an anchor shifts when a table is inserted before it */
function changedCells(before: Evidence, after: Evidence, labels: Map<string, string>): CellChange[] {
  const out: CellChange[] = [];
  const n = Math.max(before.tables.length, after.tables.length);
  for (let t = 0; t < n; t++) {
    const a = before.tables[t]?.rows ?? [];
    const b = after.tables[t]?.rows ?? [];
    const anchor = after.tables[t]?.anchor ?? before.tables[t].anchor;
    for (let r = 0; r < Math.max(a.length, b.length); r++) {
      for (let c = 0; c < Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0); c++) {
        const x = a[r]?.[c] ?? null;
        const y = b[r]?.[c] ?? null;
        if (x !== y) out.push({ table: anchor, row: r, column: c, before: x, after: y, where: labels.get(`${anchor}.r${r}.c${c}`) ?? null });
      }
    }
  }
  return out;
}

function withSections(text: string): LineChange[] {
  let section: string | null = null;
  return text.split('\n').map((line) => {
    if (SECTION_HEADING.test(line)) section = line.trim().slice(0, 40);
    return { section, text: line };
  });
}

/** lines in one capture and not the other, counting repeats (a moved line is not a change) */
function changedLines(before: string, after: string): { removed: LineChange[]; added: LineChange[] } {
  const minus = (xs: LineChange[], ys: LineChange[]) => {
    const left = new Map<string, number>();
    for (const y of ys) left.set(y.text, (left.get(y.text) ?? 0) + 1);
    return xs.filter((x) => {
      const n = left.get(x.text) ?? 0;
      if (n > 0) left.set(x.text, n - 1);
      return n === 0 && x.text.trim() !== '';
    });
  };
  const a = withSections(before);
  const b = withSections(after);
  return { removed: minus(a, b), added: minus(b, a) };
}
