// Mutations of a tokenised page: what broken CMS exports, careless editors and hostile pages do to a report.
// Indexes are free naturals taken modulo what the page has, so every generated mutation applies and shrinks well.
import fc from 'fast-check';
import { MAX_BLOCK_TEXT, MAX_TABLE_ROWS } from '../../src/page/limits';
import { cellRanges, isCellOpen, pick, rowRanges, tagTokens, textTokens, type Tokens } from './tokens';
import { hostileText, numberText, spanValue } from './values';

export type Mutation =
  | { op: 'remove-cell'; at: number }
  | { op: 'duplicate-cell'; at: number; times: number }
  | { op: 'repeat-row'; at: number; times: number }
  | { op: 'long-text'; at: number; length: number }
  | { op: 'span'; at: number; attr: 'colspan' | 'rowspan'; value: string }
  | { op: 'insert-text'; at: number; offset: number; text: string }
  | { op: 'number'; at: number; text: string }
  | { op: 'nest'; at: number; depth: number; closed: boolean }
  | { op: 'drop-tag'; at: number }
  | { op: 'stray-tag'; at: number; tag: string };

const STRAY = ['<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th colspan=5>', '<td rowspan=0>', '<tbody>', '</tbody>',
  '<caption>', '<br>', '<pre>', '</pre>', '<script>', '<style>', '<!--', '-->', '<title>', '<textarea>', '<plaintext>',
  '<iframe srcdoc="<table><tr><td>1</td></tr></table>">', '<svg><table><tr><td>1', '<math>', '<template>', '<select>',
  '<p', '<', '&', '<![CDATA[x]]>', '<?xml version="1.0"?>', '<!doctype html>', '<h1>', '<meta name="pubdate" content="2024-13-45">',
  '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">', '<td colspan="100000">', '<td rowspan="65535">'];

/** mostly a few copies; now and then enough to pass a cap (rows per table, text per block), which costs more */
const many = (few: number, cap: number) =>
  fc.oneof({ weight: 30, arbitrary: fc.integer({ min: 1, max: few }) }, { weight: 1, arbitrary: fc.integer({ min: cap - 5, max: cap + 50 }) });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('remove-cell' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('repeat-row' as const), at: fc.nat(), times: many(20, MAX_TABLE_ROWS) }),
  fc.record({ op: fc.constant('long-text' as const), at: fc.nat(), length: many(500, MAX_BLOCK_TEXT) }),
  fc.record({ op: fc.constant('duplicate-cell' as const), at: fc.nat(), times: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('span' as const), at: fc.nat(), attr: fc.constantFrom('colspan' as const, 'rowspan' as const), value: spanValue }),
  fc.record({ op: fc.constant('insert-text' as const), at: fc.nat(), offset: fc.nat(), text: hostileText }),
  fc.record({ op: fc.constant('number' as const), at: fc.nat(), text: numberText }),
  fc.record({ op: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 60 }), closed: fc.boolean() }),
  fc.record({ op: fc.constant('drop-tag' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('stray-tag' as const), at: fc.nat(), tag: fc.constantFrom(...STRAY) }),
);

const attrValue = (v: string) => `"${v.replace(/"/g, '&quot;')}"`;

function setAttr(tag: string, attr: string, value: string): string {
  const without = tag.replace(new RegExp(`\\s${attr}\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]*)`, 'gi'), '');
  return without.replace(/^(<t[dh])/i, `$1 ${attr}=${attrValue(value)}`);
}

/** insert without spreading into arguments: a row repeated 5,000 times is more arguments than the stack holds */
const insert = (t: Tokens, at: number, items: string[]) => { t.list = [...t.list.slice(0, at), ...items, ...t.list.slice(at)]; };

/** apply one mutation to the tokens */
function apply(t: Tokens, m: Mutation): void {
  const list = t.list;
  switch (m.op) {
    case 'remove-cell': {
      const r = pick(cellRanges(t), m.at);
      if (r) list.splice(r[0], r[1] - r[0]);
      return;
    }
    case 'duplicate-cell': {
      const r = pick(cellRanges(t), m.at);
      if (!r) return;
      const copy = list.slice(r[0], r[1]);
      const sep = t.kind === 'text' ? ['\t'] : [];
      insert(t, r[1], Array.from({ length: m.times }, () => [...sep, ...copy]).flat());
      return;
    }
    case 'repeat-row': {
      const r = pick(rowRanges(t), m.at);
      if (!r) return;
      const row = list.slice(r[0], r[1]);
      insert(t, r[1], Array.from({ length: m.times }, () => row).flat());
      return;
    }
    case 'long-text': {
      const i = pick(textTokens(t), m.at);
      if (i !== undefined) list[i] = list[i].padEnd(m.length, list[i].trim() || '文');
      return;
    }
    case 'span': {
      const i = pick(list.map((s, j) => (isCellOpen(s) ? j : -1)).filter((j) => j >= 0), m.at);
      if (i !== undefined) list[i] = setAttr(list[i], m.attr, m.value);
      return;
    }
    case 'insert-text': {
      const i = pick(textTokens(t), m.at);
      if (i === undefined) { list.push(m.text); return; }
      const s = list[i];
      const at = m.offset % (s.length + 1);
      list[i] = s.slice(0, at) + m.text + s.slice(at);
      return;
    }
    case 'number': {
      const r = pick(cellRanges(t), m.at);
      if (!r) return;
      if (t.kind === 'text') list[r[0]] = m.text;
      else list.splice(r[0] + 1, Math.max(0, r[1] - r[0] - 2), m.text.replace(/</g, '&lt;'));
      return;
    }
    case 'nest': {
      if (t.kind === 'text') return;
      const r = pick(cellRanges(t), m.at);
      if (!r) return;
      const open = '<table><tr><td>'.repeat(m.depth);
      const close = m.closed ? '</td></tr></table>'.repeat(m.depth) : '';
      list.splice(r[0] + 1, 0, `${open}一、本年新收政府信息公开申请数量</td><td>1${close}`);
      return;
    }
    case 'drop-tag': {
      const i = pick(tagTokens(t), m.at);
      if (i !== undefined) list.splice(i, 1);
      return;
    }
    case 'stray-tag': {
      list.splice(m.at % (list.length + 1), 0, m.tag);
      return;
    }
  }
}

export function mutate(base: Tokens, mutations: Mutation[], cut: number | null): string {
  const t: Tokens = { kind: base.kind, list: base.list.slice() };
  for (const m of mutations) apply(t, m);
  const s = t.list.join('');
  // a page cut off mid-download: anywhere, mid-tag, mid-entity, mid-surrogate pair
  return cut === null ? s : s.slice(0, cut % (s.length + 1));
}
