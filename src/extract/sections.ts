// Finding the six numbered sections among the page's text blocks.
import type { Block } from '../page/types';
import type { SectionSeen } from '../model/types';
import { SECTIONS } from '../template/sections';
import { leadingNumeral, normLabel } from '../text/normalize';

/** a heading is short; longer text that merely mentions 行政复议 is prose */
const MAX_HEADING = 40;

/** the sections' key wordings, normalised once (not once per text block) */
let keys: Array<{ id: SectionSeen['id']; keys: string[] }> | null = null;
const sectionKeys = () => (keys ??= SECTIONS.map((s) => ({ id: s.id, keys: s.keys.map(normLabel) })));

export function sectionOf(text: string, heading = false): { id: SectionSeen['id']; numeral: number | null } | null {
  if (text.length > MAX_HEADING) return null;
  // （二）依申请公开 is a sub-heading of 一、总体情况, not section 三
  if (/^\s*[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|^\s*\d+\s*[.、．]/.test(text)) return null;
  const numeral = leadingNumeral(text);
  if (numeral === null && !heading) return null;
  const n = normLabel(text);
  // loops, not callbacks: this runs for every block of every page (hot path: README, Performance)
  for (const s of sectionKeys()) for (const k of s.keys) if (n.includes(k)) return { id: s.id, numeral };
  return null;
}

/** each block's section, when it is a section heading (a repeated one too) */
export const sectionHeadings = (blocks: Block[]) => blocks.map(headingSection);
const headingSection = (b: Block) => (b.kind === 'text' ? sectionOf(b.text, b.heading) : null);

/** Section headings in page order (first occurrence of each); `at` is the block index of each. */
export function findSections(blocks: Block[], headings = sectionHeadings(blocks)): Array<SectionSeen & { at: number }> {
  const out: Array<SectionSeen & { at: number }> = [];
  const seen = new Set<string>();
  for (let at = 0; at < blocks.length; at++) {
    const b = blocks[at];
    const s = headings[at];
    if (b.kind !== 'text' || !s || seen.has(s.id)) continue;
    seen.add(s.id);
    out.push({ id: s.id, heading: b.text, numeral: s.numeral, anchor: b.anchor, at });
  }
  return out;
}
