// One agency's section 五 (and 一) copied from an earlier year: the 2021 format notice asks for this year's problems
// and improvements, and evaluators mark down a report that repeats an earlier one. jsdiff aligns the two texts; the
// share counted is the later section's characters that stand in common runs of at least MIN_RUN characters.
import { diffArrays, diffChars } from 'diff';
import type { ReportModel } from '../model/types';
import { sectionDef } from '../template/sections';
import { halfWidthUnit } from '../text/normalize';
import type { Rule } from './types';

/** a common run shorter than this is shared wording ("进一步加强政府信息公开工作"), not copying */
export const MIN_RUN = 20;
/** share of the later section's characters in common runs from which it counts as copied */
export const MIN_SHARE = 0.5;
/** sections shorter than this (normalised characters) are too short to judge */
export const MIN_LENGTH = 80;
const PASSAGE = 80;

/** the sentences every report opens with (citing the regulation, "现将…报告如下"): those with these words */
const BOILERPLATE = /政府信息公开条例|年度报告格式|报告如下|本报告/;
/** a sentence: up to its end mark, or to a line's end */
const SENTENCE = /[^。！？!?\n]+[。！？!?]?/g;
/** the text without its boilerplate sentences (sentence by sentence: one pattern for the whole would backtrack) */
const withoutBoilerplate = (text: string): string =>
  (BOILERPLATE.test(text) ? text.replace(SENTENCE, (s) => (BOILERPLATE.test(s) ? '' : s)) : text);
const SKIP = /[\s\p{P}\p{S}]/u;
/** SKIP's answer for each UTF-16 code unit, as met: 0 not asked yet, 1 skipped, 2 kept (made at the first prepare) */
let skips: Uint8Array | null = null;
/** where a sentence ends (full-width marks are folded before they are looked at): the unit the first, coarse alignment works in */
const SENTENCE_END = new Set([0x3002, 0x21, 0x3f, 0x3b, 0x0a]);
const CN_DIGIT = new Set(Array.from('〇零一二三四五六七八九十百千万两', (c) => c.charCodeAt(0)));
const DATE_UNIT = new Set(Array.from('年月日号件项条次篇个', (c) => c.charCodeAt(0)));
const HASH = 0x23;

/** a section's text as compared: the kept text, its normalised form, and where each normalised character stands in it */
export interface Prepared {
  kept: string;
  norm: string;
  origin: number[];
  /** the normalised text cut into sentences (their normalised text, in order) */
  sentences: string[];
  /** hashes of the normalised text's MIN_RUN-character pieces, for a cheap bound before the diff */
  grams?: GramSet;
}

/**
 * Spaces and punctuation dropped, full width folded, figures and dates reduced to "#" (so a copied sentence with
 * this year's figures still matches), the opening boilerplate left out. One pass over the text's code units (a
 * character beyond the BMP, two units, is one character: one origin, both units kept, SKIP asked about the pair);
 * the main thread prepares every report's sections, so no string is made per character.
 */
export function prepare(text: string): Prepared {
  const kept = withoutBoilerplate(text);
  const n = kept.length;
  const units: number[] = [];
  const origin: number[] = [];
  /** where each sentence ends in `units` (it starts where the one before ended) */
  const ends: number[] = [];
  let start = 0;
  let p = 0;
  while (p < n) {
    const code = halfWidthUnit(kept.charCodeAt(p));
    // most of a section: ideographs that are not numerals, kept as they are
    if (code >= 0x4e00 && code <= 0x9fff && !CN_DIGIT.has(code)) {
      units.push(code);
      origin.push(p++);
      continue;
    }
    const low = code >= 0xd800 && code <= 0xdbff && p + 1 < n ? kept.charCodeAt(p + 1) : 0;
    const pair = low >= 0xdc00 && low <= 0xdfff;
    if (SENTENCE_END.has(code)) {
      if (units.length > start) ends.push(units.length);
      start = units.length;
    }
    if (pair ? SKIP.test(String.fromCharCode(code, low)) : skipped(code)) {
      p += pair ? 2 : 1;
      continue;
    }
    if (code >= 0x30 && code <= 0x39) {
      if (units[units.length - 1] !== HASH) { units.push(HASH); origin.push(p); }
      p++;
      continue;
    }
    if (CN_DIGIT.has(code)) {
      // a run of Chinese numerals followed by a date or count unit (二〇二三年, 十二月, 三件) is a figure
      let j = p;
      while (j < n && CN_DIGIT.has(kept.charCodeAt(j))) j++;
      if (j < n && DATE_UNIT.has(kept.charCodeAt(j))) {
        units.push(HASH);
        origin.push(p);
        p = j;
        continue;
      }
    }
    units.push(code);
    if (pair) units.push(low);
    origin.push(p);
    p += pair ? 2 : 1;
  }
  if (units.length > start) ends.push(units.length);
  const norm = fromUnits(units);
  const sentences: string[] = [];
  for (let i = 0, from = 0; i < ends.length; from = ends[i++]) sentences.push(norm.slice(from, ends[i]));
  return { kept, norm, origin, sentences };
}

function skipped(code: number): boolean {
  skips ??= new Uint8Array(0x10000);
  let known = skips[code];
  if (known === 0) skips[code] = known = SKIP.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** code units as a string, a slice at a time (a spread of many arguments can overflow the stack) */
function fromUnits(units: number[]): string {
  let s = '';
  for (let i = 0; i < units.length; i += 4096) s += String.fromCharCode.apply(null, units.slice(i, i + 4096));
  return s;
}

/** B^(MIN_RUN-1) mod 2^32, what the first character of a window weighs in its hash */
const GRAM_BASE = 0x01000193;
const LEAD = Array.from({ length: MIN_RUN - 1 }).reduce<number>((w) => Math.imul(w, GRAM_BASE), 1);

/**
 * The hash of every MIN_RUN-character window of `s` (UTF-16 units, as `slice` counts), rolled along in one pass: no
 * string per window. Two equal windows hash alike; two different ones rarely do, and where they do, the callers
 * only do more work (a bound a little too high, a diff that finds nothing), never another result. The hashes are
 * written into one buffer kept for the purpose (a view of it comes back, good until the next call): the main thread
 * does this for every pair of years, and neither a callback per window nor an array per text is then made.
 */
function gramHashes(s: string): Int32Array {
  const count = s.length - MIN_RUN + 1;
  if (count <= 0) return EMPTY;
  if (scratch.length < count) scratch = new Int32Array(Math.max(count, scratch.length * 2));
  let h = 0;
  for (let i = 0; i < MIN_RUN; i++) h = (Math.imul(h, GRAM_BASE) + s.charCodeAt(i)) | 0;
  scratch[0] = h;
  for (let i = 1; i < count; i++) {
    h = (Math.imul(h - Math.imul(s.charCodeAt(i - 1), LEAD), GRAM_BASE) + s.charCodeAt(i - 1 + MIN_RUN)) | 0;
    scratch[i] = h;
  }
  return scratch.subarray(0, count);
}
const EMPTY = new Int32Array(0);
let scratch = new Int32Array(4096);

/**
 * The hashes of a text's windows, as a set: open addressing in one Int32Array (a Set of numbers keeps most 32-bit
 * hashes as heap numbers, being outside the small integers V8 stores inline). 0 marks a free slot; a hash of 0 is
 * noted apart.
 */
export class GramSet {
  private readonly slots: Int32Array;
  private readonly shift: number;
  private zero = false;

  constructor(hashes: Int32Array) {
    let bits = 4;
    while (1 << bits < hashes.length * 2) bits++;
    this.slots = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    const mask = (1 << bits) - 1;
    for (let i = 0; i < hashes.length; i++) {
      const h = hashes[i];
      if (h === 0) { this.zero = true; continue; }
      let at = Math.imul(h, 0x9e3779b1) >>> this.shift;
      while (this.slots[at] !== 0 && this.slots[at] !== h) at = (at + 1) & mask;
      this.slots[at] = h;
    }
  }

  has(h: number): boolean {
    if (h === 0) return this.zero;
    const mask = this.slots.length - 1;
    for (let at = Math.imul(h, 0x9e3779b1) >>> this.shift; ; at = (at + 1) & mask) {
      const slot = this.slots[at];
      if (slot === h) return true;
      if (slot === 0) return false;
    }
  }
}

const gramSet = (s: string) => new GramSet(gramHashes(s));

function gramsOf(p: Prepared): GramSet {
  return (p.grams ??= gramSet(p.norm));
}

/**
 * An upper bound of the share: the later characters covered by a MIN_RUN piece that the earlier text holds too.
 * Every character of a common run of MIN_RUN or more is covered, so a bound under MIN_SHARE rules copying out
 * without the diff (most pairs of years, written apart).
 */
function bound(later: Prepared, earlier: Prepared): number {
  const grams = gramsOf(earlier);
  const hashes = gramHashes(later.norm);
  let covered = 0;
  let until = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (!grams.has(hashes[i])) continue;
    covered += Math.min(MIN_RUN, i + MIN_RUN - until);
    until = i + MIN_RUN;
  }
  return covered / later.norm.length;
}

export interface Copied {
  /** share of the later section's characters in common runs */
  share: number;
  /** the longest common run, as the later report writes it */
  passage: string;
}

/** whether two texts may share a MIN_RUN-character piece (if not, a diff cannot find a run that counts) */
function shareAPiece(a: string, b: string): boolean {
  if (a.length < MIN_RUN || b.length < MIN_RUN) return false;
  const grams = gramSet(a);
  const hashes = gramHashes(b);
  for (let i = 0; i < hashes.length; i++) if (grams.has(hashes[i])) return true;
  return false;
}

/**
 * how much of `later` stands in `earlier`, or null below MIN_SHARE (or too short to judge). jsdiff aligns the two
 * texts sentence by sentence first (diffArrays: a copied sentence, its figures and dates aside, is one equal token),
 * then character by character inside the sentences that differ (diffChars), so a sentence reworded in part still
 * counts for its copied runs. Done on whole texts at once, the character diff of two long, largely shared sections
 * costs tens of milliseconds; this way a few.
 */
export function copiedShare(later: Prepared, earlier: Prepared): Copied | null {
  const n = later.norm.length;
  if (n < MIN_LENGTH || earlier.norm.length < MIN_LENGTH || bound(later, earlier) < MIN_SHARE) return null;
  let common = 0;
  let best = { start: 0, end: 0 };
  let pos = 0;
  /** a stretch of `later` (from `from`, `len` characters) found in `earlier` */
  const found = (from: number, len: number) => {
    if (len < MIN_RUN) return;
    common += len;
    if (len > best.end - best.start) best = { start: from, end: from + len };
  };
  let run = 0;
  let removed = '';
  let added = '';
  /** sentences only `later` has: what they share with the sentences they replace, run by run */
  const block = () => {
    if (removed && added && shareAPiece(removed, added)) {
      let at = pos;
      for (const d of diffChars(removed, added)) {
        if (d.removed) continue;
        if (!d.added) found(at, d.value.length);
        at += d.value.length;
      }
    }
    pos += added.length;
    removed = '';
    added = '';
  };
  for (const c of diffArrays(earlier.sentences, later.sentences)) {
    const text = c.value.join('');
    if (c.removed || c.added) {
      if (run) { found(pos - run, run); run = 0; }
      if (c.removed) removed += text;
      else added += text;
      continue;
    }
    block();
    run += text.length;
    pos += text.length;
  }
  block();
  found(pos - run, run);
  const share = common / n;
  if (share < MIN_SHARE) return null;
  const text = later.kept.slice(later.origin[best.start], later.origin[best.end - 1] + 1).replace(/\s+/g, ' ').trim();
  return { share, passage: text.length > PASSAGE ? `${text.slice(0, PASSAGE)}…` : text };
}

const prepared = new WeakMap<ReportModel, Partial<Record<'s1' | 's5', Prepared | null>>>();

/** a report's section, prepared once per model */
function sectionOf(model: ReportModel, id: 's1' | 's5'): Prepared | null {
  let entry = prepared.get(model);
  if (!entry) prepared.set(model, (entry = {}));
  if (entry[id] === undefined) {
    const text = model.sectionText?.[id];
    entry[id] = text ? prepare(text) : null;
  }
  return entry[id]!;
}


export const copiedText: Rule = {
  id: 'copied-text', severity: 'warning', scope: 'earlier-years', order: 210, tags: ['earlier-years', 'text'],
  reads: { parts: ['sections', 'sectionText'] },
  params: { section: 'string', share: 'number', earlierYear: 'number', earlierSource: 'string', passage: 'string', minRun: 'number' },
  check(ctx) {
    const earlier = ctx.previous;
    if (!earlier || earlier.year === null || ctx.model.year === null || earlier.year >= ctx.model.year) return;
    for (const id of ['s5', 's1'] as const) {
      const now = sectionOf(ctx.model, id);
      const then = sectionOf(earlier, id);
      if (!now || !then) continue;
      const copied = copiedShare(now, then);
      if (!copied) continue;
      const section = sectionDef(id).label;
      const share = Math.round(copied.share * 100);
      const anchor = ctx.model.sections.find((s) => s.id === id)?.anchor ?? null;
      ctx.report({
        location: { table: null, section, row: null, column: null, anchor, ...(anchor ? { cells: [anchor] } : {}) },
        expected: null, actual: share,
        params: { section, share, earlierYear: earlier.year, earlierSource: earlier.source, passage: copied.passage, minRun: MIN_RUN },
      });
    }
  },
};
