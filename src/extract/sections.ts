// Finding the six numbered sections among the page's text blocks.
import type { Block } from '../page/types';
import type { SectionSeen } from '../model/types';
import { SECTIONS } from '../template/sections';
import { leadingNumeral, normLabel, ownCopy } from '../text/normalize';

/** a heading is short; longer text that merely mentions 行政复议 is prose */
const MAX_HEADING = 40;

/** the sections' key wordings, normalised once (not once per text block) */
let keys: Array<{ id: SectionSeen['id']; keys: string[] }> | null = null;
const sectionKeys = () => (keys ??= SECTIONS.map((s) => ({ id: s.id, keys: s.keys.map(normLabel) })));

type SectionHit = { readonly id: SectionSeen['id']; readonly numeral: number | null };
/** sectionOf by text, for headings and not (every page's blocks are looked at more than once, and pages repeat them) */
const seen: [Map<string, SectionHit | null>, Map<string, SectionHit | null>] = [new Map(), new Map()];

export function sectionOf(text: string, heading = false): SectionHit | null {
  if (text.length > MAX_HEADING) return null;
  const memo = seen[heading ? 1 : 0];
  let hit = memo.get(text);
  if (hit === undefined) {
    if (memo.size > 5000) memo.clear();
    memo.set(ownCopy(text), (hit = sectionHit(text, heading)));
  }
  return hit;
}

function sectionHit(text: string, heading: boolean): SectionHit | null {
  // （二）依申请公开 is a sub-heading of 一、总体情况, not section 三
  if (/^\s*[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|^\s*\d+\s*[.、．]/.test(text)) return null;
  const numeral = leadingNumeral(text);
  if (numeral === null && !heading) return null;
  const n = normLabel(text);
  for (const s of sectionKeys()) {
    if (s.keys.some((k) => n.includes(k))) return { id: s.id, numeral };
  }
  return null;
}

/** Section headings in page order (first occurrence of each); `at` is the block index of each. */
export function findSections(blocks: Block[]): Array<SectionSeen & { at: number }> {
  const out: Array<SectionSeen & { at: number }> = [];
  const seen = new Set<string>();
  blocks.forEach((b, at) => {
    if (b.kind !== 'text') return;
    const s = sectionOf(b.text, b.heading);
    if (!s || seen.has(s.id)) return;
    seen.add(s.id);
    out.push({ id: s.id, heading: b.text, numeral: s.numeral, anchor: b.anchor, at });
  });
  return out;
}
