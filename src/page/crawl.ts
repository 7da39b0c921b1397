// Crawled text, as public archives store a page: a header of fields (标题, 发布时间, 发布机构, 原文链接 …), a
// "正文" marker, then the page's text content on one line — table cells run together with no separator
// ("一、本年新收政府信息公开申请数量3000003").
// Sections are found inline by their numbered headings. In the table sections, a row's label is followed by a run of
// digits: where the run has exactly as many digits as the table has columns, each digit is a cell (the next row's
// numbering, glued to the run — "00000002.其他…" — is given back to that row); where it has not, the row is left
// unread ("cells run together"), named in the table's `unreadable` list so that the checker says so.
import type { Block, PageCell, PageDoc, TableBlock } from './types';
import { MAX_BLOCK_TEXT } from './limits';

/** header field → meta name (the names extract/identity.ts reads) */
const FIELDS: Record<string, string> = {
  标题: 'articletitle', 发布时间: 'pubdate', 发布日期: 'pubdate', 发布机构: 'contentsource', 来源: 'contentsource',
  原文链接: 'url', 栏目: 'columnname', 文号: 'docnumber', 索引号: 'indexnumber',
};
const FIELD = /^\s*([\u4e00-\u9fff]{2,4})\s*[:：]\s*(.*)$/;
const BODY_MARK = /^\s*=+\s*正文\s*=+\s*$/;
/** digits of a run-together row: a decimal point only when a digit follows (else it is the next row's numbering) */
const RUN = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
/** numbering that starts a label part: 一、 （一） 1. 1、 */
const PART = /(?=[（(][一二三四五六七八九十]{1,3}[）)]|(?<![第])[一二三四五六七八九十]{1,3}、|(?<![0-9])[0-9]{1,2}[.、．](?![0-9]))/;
/** table 2's blocks: 第二十条第（一）项 (2021), 第十条第（一）项 … (2019) */
const BLOCK2 = /第[一二三四五六七八九十]+条第[（(][一二三四五六七八九十]+[）)]项/g;
/** the end of table 2's column heads: what each head ends with */
const HEAD2_END = /件数|数量|（单位：万元）|\(单位：万元\)|金额|增\/减/g;
const HEAD_WORDS = /申请人情况|自然人|法人或其他组织|总计|商业企业|科研机构|社会公益组织|法律服务机构|其他结果|其他|行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|尚未审结|信息内容/g;
/** columns of tables 3 and 4 (the same in the 2019 and 2021 templates) */
const WIDTH3 = 7;
const WIDTH4 = 15;

/** the not-checked reason (a key of src/rules/locales) of a row whose digits ran together */
export const RUN_TOGETHER = 'cells-run-together';

/** crawled text: a 标题 field at the top and a 正文 marker or two more header fields */
export function isCrawl(text: string): boolean {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/, 20);
  const first = lines.find((l) => l.trim());
  if (!first || !/^\s*标题\s*[:：]/.test(first)) return false;
  if (lines.some((l) => BODY_MARK.test(l))) return true;
  return lines.filter((l) => { const m = FIELD.exec(l); return m !== null && m[1] in FIELDS; }).length >= 3;
}

export function readCrawl(text: string): PageDoc {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const meta: Record<string, string> = {};
  let body = 0;
  for (let i = 0; i < lines.length; i++) {
    if (BODY_MARK.test(lines[i])) { body = i + 1; break; }
    const m = FIELD.exec(lines[i]);
    if (m && m[1] in FIELDS) {
      const value = m[2].trim();
      if (value && !(FIELDS[m[1]] in meta)) meta[FIELDS[m[1]]] = value.slice(0, 500);
      body = i + 1;
    } else if (lines[i].trim() && !m) {
      // a line of the header that is no field ("页面链接与图片详见 …") is skipped until the marker
      if (i > 12) break;
    }
  }
  const blocks: Block[] = [];
  let truncated: string | undefined;
  for (let i = body; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    if (line.length > MAX_BLOCK_TEXT * 50) truncated ??= 'text cut';
    readBodyLine(line.slice(0, MAX_BLOCK_TEXT * 50), i + 1, blocks);
  }
  return { title: meta.articletitle ?? '', meta, blocks, ...(truncated ? { truncated } : {}) };
}

interface Heading { numeral: number; start: number; end: number }

const NUMERALS = '一二三四五六';

/** the six section headings inline, in order: "二、主动公开政府信息情况" — short, no digits, ending 情况/事项/措施 */
function findHeadings(text: string): Heading[] {
  const out: Heading[] = [];
  let from = 0;
  for (let n = 0; n < NUMERALS.length; n++) {
    const re = new RegExp(`${NUMERALS[n]}、[^。；！？0-9０-９\\s]{2,30}?(?:情况|事项|措施)`, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) continue;
    out.push({ numeral: n + 1, start: m.index, end: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  return out;
}

function readBodyLine(text: string, lineNo: number, blocks: Block[]): void {
  const headings = findHeadings(text);
  const prose = (s: string, k: number) => {
    for (let i = 0; i < s.length; i += MAX_BLOCK_TEXT) {
      const t = s.slice(i, i + MAX_BLOCK_TEXT).trim();
      if (t) blocks.push({ kind: 'text', anchor: `L${lineNo}.s${k}.${i}`, text: t });
    }
  };
  prose(text.slice(0, headings[0]?.start ?? text.length), 0);
  headings.forEach((h, k) => {
    blocks.push({ kind: 'text', anchor: `L${lineNo}.h${h.numeral}`, text: text.slice(h.start, h.end), heading: true });
    const content = text.slice(h.end, headings[k + 1]?.start ?? text.length);
    const table = h.numeral === 2 ? table2(content, `L${lineNo}.t2`) : h.numeral === 3 || h.numeral === 4 ? rowsTable(content, h.numeral === 3 ? WIDTH3 : WIDTH4, `L${lineNo}.t${h.numeral}`) : null;
    if (table && table.block.rows.length) {
      blocks.push(table.block);
      prose(table.rest, h.numeral);
    } else {
      prose(content, h.numeral);
    }
  });
}

/** label text split before its numbering: "三、本年度办理结果（一）予以公开" → two cells */
const labelParts = (s: string) => s.split(PART).map((p) => p.trim()).filter(Boolean);

/** a header blob into the column words it is made of */
function headWords(s: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of s.matchAll(HEAD_WORDS)) {
    if (m.index > last) out.push(s.slice(last, m.index));
    out.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out.map((p) => p.trim()).filter(Boolean);
}

interface Parsed { block: TableBlock; rest: string }

/**
 * Rows of label + digit run. `width` cells per row; a run of exactly `width` digits is one digit per cell, a run
 * one or two digits longer followed by "." or "、" gives those digits back to the next row's numbering, a
 * one-column row takes the whole number. Anything else is a row whose cells cannot be told apart.
 */
function readRuns(text: string, width: (label: string) => number, anchor: string, rows: PageCell[][], unreadable: NonNullable<TableBlock['unreadable']>, head?: (label: string) => string[]): string {
  let carry = '';
  let last = 0;
  let n = 0;
  const cell = (t: string): PageCell => ({ text: t, anchor: `${anchor}.c${n++}`, origin: true });
  for (const m of text.matchAll(RUN)) {
    const before = text.slice(last, m.index);
    // one or two digits before "." or "、" and a word are a row's numbering ("1.属于国家秘密"), part of its label
    if (m[0].length <= 2 && /^[.、．][^0-9０-９]/.test(text.slice(m.index + m[0].length)) && /[^\s0-9]$/.test(carry + before)) {
      carry += before + m[0];
      last = m.index + m[0].length;
      continue;
    }
    let label = carry + before;
    carry = '';
    let run = m[0].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    const w = width(label);
    const after = text.slice(m.index + m[0].length);
    if (w > 1 && /^[.、．][^0-9]/.test(after) && run.length > w && run.length <= w + 2 && !run.includes('.')) {
      carry = run.slice(w);
      run = run.slice(0, w);
    }
    last = m.index + m[0].length;
    let headParts: string[] = [];
    if (head) { headParts = head(label); label = label.slice(headParts.join('').length); }
    if (headParts.length) rows.push(headParts.map(cell));
    const parts = labelParts(label);
    if (!parts.length && !headParts.length) continue;
    if (w === 1) rows.push([...parts.map(cell), cell(run)]);
    else if (run.length === w && /^[0-9]+$/.test(run)) rows.push([...parts.map(cell), ...Array.from(run).map(cell)]);
    else {
      const c = cell(parts.join(''));
      rows.push(parts.length > 1 ? parts.slice(0, -1).map(cell) : []);
      unreadable.push({ anchor: c.anchor, label: parts.at(-1) ?? '', text: run, reason: RUN_TOGETHER });
    }
  }
  return carry + text.slice(last);
}

function rowsTable(content: string, width: number, anchor: string): Parsed {
  const rows: PageCell[][] = [];
  const unreadable: NonNullable<TableBlock['unreadable']> = [];
  // column heads before the first numbered row label (table 3) or before the value run (table 4)
  const head = (label: string): string[] => {
    if (rows.length) return [];
    const parts = labelParts(label);
    const blob = width === WIDTH4 ? label : parts.length > 1 ? label.slice(0, label.indexOf(parts[parts.length - 1])) : '';
    return blob ? headWords(blob) : [];
  };
  const rest = readRuns(content, () => width, anchor, rows, unreadable, head);
  return { block: { kind: 'table', anchor, rows: rows.filter((r) => r.length), emptyIsLayout: true, shape: 'crawl', ...(unreadable.length ? { unreadable } : {}) }, rest };
}

function table2(content: string, anchor: string): Parsed {
  const rows: PageCell[][] = [];
  const unreadable: NonNullable<TableBlock['unreadable']> = [];
  const starts = [...content.matchAll(BLOCK2)].map((m) => m.index);
  if (!starts.length) return { block: { kind: 'table', anchor, rows, emptyIsLayout: true, shape: 'crawl' }, rest: content };
  let rest = content.slice(0, starts[0]);
  starts.forEach((start, k) => {
    const part = content.slice(start, starts[k + 1] ?? content.length);
    const label = /^第[^项]+项/.exec(part)![0];
    rows.push([{ text: label, anchor: `${anchor}.b${k}`, origin: true }]);
    // column heads: from 信息内容 to the last head word before the first number
    const firstDigit = part.search(/[0-9０-９]/);
    const headText = part.slice(label.length, firstDigit < 0 ? part.length : firstDigit);
    let headEnd = 0;
    let columns = 0;
    for (const m of headText.matchAll(HEAD2_END)) { headEnd = m.index + m[0].length; if (m[0] !== '金额') columns++; else columns++; }
    // "本年收费金额（单位：万元）" is one head
    columns -= (headText.match(/金额（单位：万元）|金额\(单位：万元\)/g) ?? []).length;
    // 信息内容, then each head up to the word that ends it
    const heads = headText.slice(0, headEnd).replace(/^\s*信息内容/, '').split(/(?<=件数|数量|（单位：万元）|增\/减)(?!（)/)
      .map((t) => t.trim()).filter(Boolean);
    if (/^\s*信息内容/.test(headText)) heads.unshift('信息内容');
    if (heads.length) rows.push(heads.map((t, j) => ({ text: t, anchor: `${anchor}.b${k}.h${j}`, origin: true })));
    const w = Math.max(1, columns);
    rest += readRuns(headText.slice(headEnd) + part.slice(label.length + headText.length), () => w, `${anchor}.b${k}`, rows, unreadable);
  });
  return { block: { kind: 'table', anchor, rows: rows.filter((r) => r.length), emptyIsLayout: true, shape: 'crawl', ...(unreadable.length ? { unreadable } : {}) }, rest };
}
