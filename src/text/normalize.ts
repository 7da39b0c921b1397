// Label normalisation: what is left of a label once width, spacing, punctuation and numbering are set aside.

/**
 * A string of its own, for a key kept past the page it came from: a piece sliced out of a page (a cell's text, a
 * tag's name) may hold on to the whole page's text in V8, and a cache of such pieces to every page it saw.
 */
export const ownCopy = (s: string): string => ` ${s}`.slice(1);

/** one UTF-16 unit of toHalfWidth: full-width ASCII to half-width, the ideographic space to a space, else itself */
export const halfWidthUnit = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c);

/** full-width ASCII (Ａ-Ｚ，０-９，（）) to half-width, ideographic space to space */
export function toHalfWidth(s: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(s)) return s;
  let out = '';
  // unit by unit: what is folded is in the BMP, and a pair of surrogates comes out as it went in
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(halfWidthUnit(s.charCodeAt(i)));
  return out;
}

const SPACE_RUN = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;

/** runs of whitespace (no-break, ideographic and zero-width spaces too) as one space, trimmed */
export const collapseSpace = (s: string): string => (SPACE.test(s) ? s.replace(SPACE_RUN, ' ').trim() : s);

const NUMBERING = /^(?:[一二三四五六七八九十]+\s*[、.．,，]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d{1,2}\s*[、.．]|\d{1,2}\s*[)）]|[(（]\s*\d{1,2}\s*[)）]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/;
const PUNCT = /[\s\u00a0\u200b\ufeff"'“”‘’「」『』《》〈〉<>()（）［］\[\]【】{}、,，.。．;；:：!！?？·•…\-–—_~～/／\\|*#]+/g;

/** the comparable core of a label: half-width, no numbering, no punctuation or spaces */
export function normLabel(s: string): string {
  let t = toHalfWidth(s).trim();
  // numbering may repeat ("三、（一）"): strip up to two levels
  for (let i = 0; i < 2; i++) t = t.replace(NUMBERING, '');
  return t.replace(PUNCT, '').toLowerCase();
}

const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * the numeral a heading starts with: 三、… → 3; null when unnumbered. Read as written: the pattern takes the
 * full-width forms it cares about (．，and the ideographic space) as they stand, so folding the width first (a scan
 * of every short text block of a page) would change nothing.
 */
export function leadingNumeral(s: string): number | null {
  const m = /^\s*(?:第)?([一二三四五六七八九十]{1,2})\s*(?:[、.．,，]|部分)/.exec(s);
  if (!m) return null;
  const t = m[1];
  if (t.length === 1) return CN_NUM[t] ?? null;
  if (t[0] === '十') return 10 + (CN_NUM[t[1]] ?? 0);
  return null;
}

/** length of the longest common subsequence, for near-miss label matching */
function lcs(a: string, b: string): number {
  if (!a || !b) return 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  const cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j];
  }
  return prev[b.length];
}

/** 0…1: how much two normalised labels share, in order */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length > 80 || b.length > 80) return 0;
  return (2 * lcs(a, b)) / (a.length + b.length);
}

/** near enough to be the same label misspelt or reworded (社会组织 ~ 社会公益组织, 本年度止件数 ~ 本年废止件数) */
export const NEAR_MATCH = 0.8;

export const hasCjk = (s: string) => /[\u3400-\u9fff]/.test(s);
