// Two years of one agency side by side: the text of sections 一, 五 and 六 with what changed (a word diff, jsdiff),
// and every cell of the three tables with its change (Δ, and whether it went from zero to non-zero or back).
// Plain data: the collection page draws it, the Markdown export writes it.
import { diffWords, type Change } from 'diff';
import type { Lang, ModelRow, ModelTable } from '../model/types';
import { sectionTexts } from '../extract/sectionText';
import { sectionDef } from '../template/sections';
import { layTable, templateOf } from './layout';
import type { SavedReport } from './schema';

export type TextSection = 's1' | 's5' | 's6';
const TEXT_SECTIONS: TextSection[] = ['s1', 's5', 's6'];

export interface SectionChange {
  id: TextSection;
  label: string;
  before: string;
  after: string;
  /** the diff of before → after; null when it took too long (then the two texts stand apart, unmarked) */
  parts: Change[] | null;
}

export interface CellChange {
  /** the template's row path and column path */
  row: string;
  column: string;
  rowId: string;
  index: number;
  before: string | null;
  after: string | null;
  /** after − before when both are numbers */
  delta: number | null;
  /** one of the two is 0 and the other is not */
  flipped: boolean;
}

export interface TableChange {
  table: 2 | 3 | 4;
  /** every cell of the later year's table (the earlier's rows it lacks after), changed or not */
  cells: CellChange[];
}

export interface Comparison {
  earlier: SavedReport;
  later: SavedReport;
  sections: SectionChange[];
  tables: TableChange[];
}

/** a diff that takes longer gives up: two texts written apart are shown apart */
const DIFF_TIMEOUT_MS = 400;

let segmenter: Intl.Segmenter | null | undefined;
/** Chinese has no spaces between words: the platform's word segmenter splits it (absent: one character a token) */
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

export function textDiff(before: string, after: string): Change[] | null {
  const seg = wordSegmenter();
  const parts = seg ? diffWords(before, after, { intlSegmenter: seg, timeout: DIFF_TIMEOUT_MS }) : undefined;
  return parts ?? null;
}

/** sections 一, 五, 六 as the captured text gives them (records of every schema version have it) */
function sectionsOf(r: SavedReport): Partial<Record<TextSection, string>> {
  const text = r.evidence?.capturedText ?? '';
  return sectionTexts(text.split('\n').map((line) => ({ text: line })), TEXT_SECTIONS);
}

const valueOf = (row: ModelRow | undefined, i: number): number | null => {
  const c = row?.cells[i];
  return c && c.kind !== 'text' ? c.value ?? 0 : null;
};

function tableChange(table: 2 | 3 | 4, a: ModelTable | undefined, b: ModelTable | undefined, later: SavedReport): TableChange {
  const shape = b ?? a!;
  const laid = layTable(shape, templateOf(later));
  const other = b ? a : undefined;
  const extra = other ? other.rows.filter((r) => !shape.rows.some((x) => x.id === r.id)) : [];
  const cells: CellChange[] = [];
  const rowsA = new Map((a?.rows ?? []).map((r) => [r.id, r]));
  const rowsB = new Map((b?.rows ?? []).map((r) => [r.id, r]));
  const push = (rowId: string, path: string, columns: string[], n: number) => {
    for (let i = 0; i < n; i++) {
      const ra = rowsA.get(rowId);
      const rb = rowsB.get(rowId);
      const x = valueOf(ra, i);
      const y = valueOf(rb, i);
      cells.push({
        row: path, column: columns[i] ?? String(i + 1), rowId, index: i,
        before: ra?.cells[i]?.raw ?? null, after: rb?.cells[i]?.raw ?? null,
        delta: x !== null && y !== null ? y - x : null,
        flipped: x !== null && y !== null && (x === 0) !== (y === 0),
      });
    }
  };
  for (const row of laid) push(row.id, row.path, row.columns, Math.max(row.cells.length, rowsA.get(row.id)?.cells.length ?? 0));
  for (const row of extra.length ? layTable({ ...a!, rows: extra }, templateOf(later)) : []) push(row.id, row.path, row.columns, row.cells.length);
  return { table, cells };
}

/** `earlier` and `later` compared; either may be of any year (the page orders them) */
export function compareReports(earlier: SavedReport, later: SavedReport): Comparison {
  const a = sectionsOf(earlier);
  const b = sectionsOf(later);
  const sections = TEXT_SECTIONS.filter((id) => a[id] || b[id]).map((id) => ({
    id, label: sectionDef(id).label, before: a[id] ?? '', after: b[id] ?? '', parts: textDiff(a[id] ?? '', b[id] ?? ''),
  }));
  const tables: TableChange[] = [];
  for (const t of [2, 3, 4] as const) {
    const ta = earlier.tables[String(t) as '2' | '3' | '4'];
    const tb = later.tables[String(t) as '2' | '3' | '4'];
    if (ta || tb) tables.push(tableChange(t, ta, tb, later));
  }
  return { earlier, later, sections, tables };
}

/** a cell's change as text: "+3", "−2", "" when the same, "?" when one side is not a number */
export function deltaText(c: CellChange): string {
  if (c.before === c.after) return '';
  if (c.delta === null) return '?';
  if (c.delta === 0) return '';
  return c.delta > 0 ? `+${c.delta}` : `−${-c.delta}`;
}

export const isChanged = (c: CellChange) => c.before !== c.after && (c.delta === null || c.delta !== 0);

const WORDS = {
  zh: {
    title: (agency: string, a: number | string, b: number | string) => `${agency}：${a} 年与 ${b} 年报告对比`,
    source: '来源', sections: '正文变化', tables: '统计表变化', table: (n: number) => `表${['', '', '二', '三', '四'][n]}`,
    legend: '~~删去~~ 的文字只在前一年，**加粗** 的文字只在后一年。', same: '两年文字相同。', none: '没有变化的单元格。',
    head: ['行', '列', '前', '后', 'Δ', '零↔非零'], flipped: '是', slow: '两年文字差别太大，未逐字对比。', empty: '（无）',
  },
  en: {
    title: (agency: string, a: number | string, b: number | string) => `${agency}: the ${a} and ${b} reports compared`,
    source: 'Source', sections: 'Text', tables: 'Tables', table: (n: number) => `Table ${n}`,
    legend: '~~struck~~ text stands only in the earlier year, **bold** text only in the later one.', same: 'The same text in both years.', none: 'No cell changed.',
    head: ['Row', 'Column', 'Before', 'After', 'Δ', 'zero ↔ non-zero'], flipped: 'yes', slow: 'The two texts differ too much to be compared word by word.', empty: '(none)',
  },
};

/** page text must not turn into markup, links or headings when pasted */
const esc = (s: string) => s.replace(/([\\`*_[\]<>|#!~])/g, '\\$1').replace(/\s*\n+\s*/g, ' ');

/** the comparison as Markdown: sections with deletions struck and additions in bold, then the changed cells */
export function comparisonMarkdown(c: Comparison, lang: Lang): string {
  const w = WORDS[lang];
  const out = [`# ${esc(w.title(c.later.agency ?? c.earlier.agency ?? '', c.earlier.year ?? '?', c.later.year ?? '?'))}`, ''];
  for (const r of [c.earlier, c.later]) out.push(`- ${r.year ?? '?'}: ${esc(r.title)} <${r.url.replace(/>/g, '%3E')}>`);
  out.push('', `## ${w.sections}`, '', w.legend, '');
  for (const s of c.sections) {
    out.push(`### ${esc(s.label)}`, '');
    if (s.before === s.after) out.push(w.same, '');
    else if (!s.parts) out.push(w.slow, '', `- ${c.earlier.year}: ${esc(s.before) || w.empty}`, `- ${c.later.year}: ${esc(s.after) || w.empty}`, '');
    else {
      out.push(s.parts.map((p) => {
        const text = esc(p.value);
        if (!text.trim()) return text;
        return p.removed ? `~~${text.trim()}~~` : p.added ? `**${text.trim()}**` : text;
      }).join(''), '');
    }
  }
  out.push(`## ${w.tables}`, '');
  for (const t of c.tables) {
    const changed = t.cells.filter(isChanged);
    out.push(`### ${w.table(t.table)}`, '');
    if (!changed.length) { out.push(w.none, ''); continue; }
    out.push(`| ${w.head.join(' | ')} |`, `|${w.head.map(() => '---').join('|')}|`);
    for (const x of changed) {
      out.push(`| ${[esc(x.row), esc(x.column), esc(x.before ?? ''), esc(x.after ?? ''), deltaText(x), x.flipped ? w.flipped : ''].join(' | ')} |`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
