// A page as a flat list of tokens (tags, text, separators) that mutations cut and splice without parsing,
// so that the fuzzer can produce the broken markup a parser never would.

export interface Tokens {
  kind: 'html' | 'text';
  list: string[];
}

const HTML_TOKEN = /<!--[\s\S]*?-->|<[^>]*>|[^<]+|</g;
/** text inputs: fields, and the tab, pipe and newline separators between them */
const TEXT_TOKEN = /\t|\||\r?\n|[^\t|\r\n]+/g;

export const tokenize = (kind: Tokens['kind'], content: string): Tokens =>
  ({ kind, list: content.match(kind === 'html' ? HTML_TOKEN : TEXT_TOKEN) ?? [] });

const isTag = (s: string) => s.startsWith('<');
const isSeparator = (s: string) => s === '\t' || s === '|' || /^\r?\n$/.test(s);
export const isCellOpen = (s: string) => /^<t[dh][\s>/]/i.test(s);
const isCellClose = (s: string) => /^<\/t[dh]\s*>/i.test(s);

/** indexes of the tokens that hold text (not tags, not separators) */
export function textTokens(t: Tokens): number[] {
  const out: number[] = [];
  t.list.forEach((s, i) => { if (t.kind === 'html' ? !isTag(s) : !isSeparator(s)) out.push(i); });
  return out;
}

/** indexes of the tokens that are tags (html) */
export function tagTokens(t: Tokens): number[] {
  const out: number[] = [];
  t.list.forEach((s, i) => { if (isTag(s)) out.push(i); });
  return out;
}

/** [start, end) of every cell: <td>…</td> in HTML, a field in text */
export function cellRanges(t: Tokens): Array<[number, number]> {
  if (t.kind === 'text') return textTokens(t).map((i) => [i, i + 1]);
  const out: Array<[number, number]> = [];
  t.list.forEach((s, i) => {
    if (!isCellOpen(s)) return;
    let end = i + 1;
    while (end < t.list.length && !isCellClose(t.list[end]) && !isCellOpen(t.list[end])) end++;
    out.push([i, end < t.list.length && isCellClose(t.list[end]) ? end + 1 : end]);
  });
  return out;
}

const isRowOpen = (s: string) => /^<tr[\s>/]/i.test(s);
const isRowClose = (s: string) => /^<\/tr\s*>/i.test(s);
const isNewline = (s: string) => /^\r?\n$/.test(s);

/** [start, end) of every row: <tr>…</tr> in HTML, a line with its newline in text */
export function rowRanges(t: Tokens): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (t.kind === 'text') {
    let start = 0;
    t.list.forEach((s, i) => { if (isNewline(s)) { out.push([start, i + 1]); start = i + 1; } });
    return out;
  }
  t.list.forEach((s, i) => {
    if (!isRowOpen(s)) return;
    let end = i + 1;
    while (end < t.list.length && !isRowClose(t.list[end]) && !isRowOpen(t.list[end])) end++;
    out.push([i, end < t.list.length && isRowClose(t.list[end]) ? end + 1 : end]);
  });
  return out;
}

/** element `i mod n` of a list, so that any generated index picks something */
export const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
