// Every label the three tables can carry, from both templates, normalised once for matching.
import type { TableNo } from '../model/types';
import { TABLE2_2019, TABLE2_2021, TABLE3_2019, TABLE3_2021, TABLE3_COLUMNS, TABLE4, TABLE4_GROUPS } from '../template/tables';
import { NEAR_MATCH, hasCjk, normLabel, ownCopy, similarity } from '../text/normalize';

export type TermKind = 'row' | 'group' | 'column' | 'block' | 'header';

export interface Term {
  table: TableNo;
  kind: TermKind;
  /** template id: row id, column id, block id ("item1"), group label */
  id: string;
  /** the template's own wording */
  label: string;
  /** normalised forms accepted as exact (the label and its aliases) */
  exact: string[];
  /** phrases (normalised) that identify the term inside a reworded label */
  keys: string[];
}

export interface TermMatch {
  term: Term;
  /** exact (or an accepted alias) vs near miss (misspelt, old wording) */
  exact: boolean;
}

const terms: Term[] = [];
const add = (t: Omit<Term, 'exact' | 'keys'> & { aliases?: string[]; keys?: string[] }) => {
  const exact = [t.label, ...(t.aliases ?? [])].map(normLabel);
  const existing = terms.find((x) => x.table === t.table && x.kind === t.kind && x.id === t.id);
  if (existing) { for (const e of exact) if (!existing.exact.includes(e)) existing.exact.push(e); return; }
  terms.push({ table: t.table, kind: t.kind, id: t.id, label: t.label, exact, keys: (t.keys ?? []).map(normLabel) });
};

// Table 2: both templates' blocks. Block rows are keyed "<block>.<row>" so 规章 of item1 is one id in both.
for (const def of [TABLE2_2021, TABLE2_2019]) {
  for (const b of def.blocks) {
    add({ table: 2, kind: 'block', id: b.id, label: b.label });
    for (const c of b.columns) add({ table: 2, kind: 'column', id: `${b.id}.${c.id}`, label: c.path[c.path.length - 1], aliases: c.aliases });
    for (const r of b.rows) add({ table: 2, kind: 'row', id: `${b.id}.${r.id}`, label: r.path[r.path.length - 1], aliases: r.aliases, keys: r.keys });
  }
}
add({ table: 2, kind: 'header', id: 'content', label: '信息内容' });

// Table 3: union of both templates' rows; group labels; column headers.
for (const def of [TABLE3_2021, TABLE3_2019]) {
  for (const r of def.rows) {
    add({ table: 3, kind: 'row', id: r.id, label: r.path[r.path.length - 1], aliases: r.aliases, keys: r.keys });
    for (const g of r.path.slice(0, -1)) add({ table: 3, kind: 'group', id: g, label: g });
  }
}
for (const c of TABLE3_COLUMNS) {
  add({ table: 3, kind: 'column', id: c.id, label: c.path[c.path.length - 1] });
  if (c.path.length > 1) add({ table: 3, kind: 'header', id: c.path[0], label: c.path[0] });
}
add({ table: 3, kind: 'header', id: 'applicants', label: '申请人情况' });
add({ table: 3, kind: 'header', id: 'note', label: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', keys: ['勾稽关系'] });

// Table 4: group headers and outcome columns (outcome labels repeat per group; the id names the outcome).
for (const g of TABLE4_GROUPS) for (const label of g.path) add({ table: 4, kind: 'header', id: label, label });
for (const c of TABLE4.columns) add({ table: 4, kind: 'column', id: c.id.split('.')[1], label: c.path[c.path.length - 1] });

/** labels that stand in more than one table (总计, 其他, 行政复议 in prose …) do not tell tables apart */
const shared = new Set<string>();
{
  const seen = new Map<string, TableNo>();
  for (const t of terms) for (const e of t.exact) {
    const prev = seen.get(e);
    if (prev !== undefined && prev !== t.table) shared.add(e);
    seen.set(e, t.table);
  }
}

/**
 * matches by normalised label, and what a text as found is (the same labels recur on every page: no normalising):
 * its matches, and whether it tells tables apart
 */
const cache = new Map<string, TermMatch[]>();
const byText = new Map<string, { matches: TermMatch[]; distinctive: boolean }>();
const CACHED_TEXT = 200;

/** code units of each accepted form: the units of a text found in a form bound their common subsequence */
const unitsOf = new Map(terms.flatMap((t) => t.exact).map((e) => [e, new Set(e.split(''))]));
function commonBound(n: string, e: string): number {
  const units = unitsOf.get(e)!;
  let common = 0;
  for (let i = 0; i < n.length; i++) if (units.has(n[i])) common++;
  return common;
}

/** All terms a cell's text may be, best first: exact matches, then key phrases, then near misses. */
export function matchTerms(text: string): TermMatch[] {
  return seen(text).matches;
}

const reading = (n: string) => ({ matches: matchLabel(n), distinctive: !shared.has(n) });

function seen(text: string): { matches: TermMatch[]; distinctive: boolean } {
  if (text.length > CACHED_TEXT) return reading(normLabel(text));
  let out = byText.get(text);
  if (!out) {
    if (byText.size > 5000) byText.clear();
    byText.set(ownCopy(text), (out = reading(normLabel(text))));
  }
  return out;
}

function matchLabel(n: string): TermMatch[] {
  if (!n || n.length > 80 || !hasCjk(n)) return [];
  const hit = cache.get(n);
  if (hit) return hit;
  const exact: TermMatch[] = [];
  const keyed: TermMatch[] = [];
  const near: Array<TermMatch & { score: number }> = [];
  for (const term of terms) {
    if (term.exact.includes(n)) { exact.push({ term, exact: true }); continue; }
    if (term.keys.some((k) => n.includes(k))) { keyed.push({ term, exact: false }); continue; }
    let best = 0;
    for (const e of term.exact) {
      // 2·lcs/(a+b) ≥ 0.8 needs the shorter to be at least 2/3 of the longer: skip the rest cheaply
      if (Math.min(n.length, e.length) * 3 < Math.max(n.length, e.length) * 2) continue;
      // likewise when too few of its characters occur in the form at all (before the quadratic comparison)
      if (2 * commonBound(n, e) < NEAR_MATCH * (n.length + e.length)) continue;
      best = Math.max(best, similarity(n, e));
    }
    if (best >= NEAR_MATCH) near.push({ term, exact: false, score: best });
  }
  near.sort((a, b) => b.score - a.score);
  const out = [...exact, ...keyed, ...near.map(({ term, exact: ex }) => ({ term, exact: ex }))];
  if (cache.size > 5000) cache.clear();
  cache.set(ownCopy(n), out);
  return out;
}

/** every term of one table (the labels that can show a table stands on a page) */
export const termsOf = (table: TableNo): readonly Term[] => terms.filter((t) => t.table === table);

/** does this text tell which table it belongs to? */
export function distinctive(text: string): boolean {
  return seen(text).distinctive;
}
