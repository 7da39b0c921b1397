// Node side of the page adapter: htmlparser2's tokenizer events build a minimal tree (elements as {name, attrs,
// children}, text as plain strings; comments, doctypes and CDATA left out), which the shared walker
// (src/page/html.ts) reads through the same HtmlAdapter interface as the browser's DOM.
//
// The tokenizer (tags, attributes, raw text) is htmlparser2's own, stepping over names and runs of text in one go, and
// so is the entity decoder (the entities package it uses; see decodeText below). What its Parser class adds on top is
// done here, for a tree only: which open elements a start tag closes, void elements, end tags that close the elements
// above them, `</p>` and `</br>` without a start, self-closing tags inside <svg> and <math>. The rules are
// htmlparser2 10's, so the tree is the one its Parser, domhandler and cheerio build, but for the attributes the walker
// never reads (test/node/reader-parity.test.ts compares them on generated markup); doing them directly saves what the
// Parser spends on every tag and attribute (a dictionary per element, strings re-sliced and re-joined, callbacks in
// between), half of the parse.
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { READ_ATTRIBUTES, readHtml, type HtmlAdapter } from '../page/html';
import { MAX_DEPTH } from '../page/limits';
import type { PageDoc } from '../page/types';
import { ownCopy } from '../text/normalize';

class El {
  readonly children: Array<El | string> = [];
  /**
   * attribute names and values in turn, lower-case names, the first of a repeated name only; only those the walker
   * reads (READ_ATTRIBUTES: its adapter cannot ask for another)
   */
  attrs: string[] = NO_ATTRS;
  constructor(readonly name: string) {}
}
type Node = El | string;

const NO_ATTRS: string[] = [];

export const eventAdapter: HtmlAdapter<Node> = {
  kind: (n) => (typeof n === 'string' ? 'text' : 'element'),
  tag: (n) => (n as El).name,
  children: (n) => (n as El).children,
  data: (n) => n as string,
  attr: (n, name) => attrOf(n as El, name),
};

function attrOf(el: El, name: string): string | undefined {
  const { attrs } = el;
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
}

// htmlparser2 10's tree rules (src/Parser.ts there)
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const DD_DT = ['dd', 'dt'];
const RT_RP = ['rt', 'rp'];
const TABLE_SECTION = ['thead', 'tbody'];
/** the open elements a start tag closes first, as long as one of them is the innermost */
const CLOSED_BY = new Map<string, ReadonlySet<string>>(Object.entries({
  tr: ['tr', 'th', 'td'], th: ['th'], td: ['thead', 'th', 'td'], body: ['head', 'link', 'script'], li: ['li'],
  h1: P, h2: P, h3: P, h4: P, h5: P, h6: P, p: P,
  select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
  option: ['option'], optgroup: ['optgroup', 'option'], dd: DD_DT, dt: DD_DT, rt: RT_RP, rp: RT_RP,
  address: P, article: P, aside: P, blockquote: P, details: P, div: P, dl: P, fieldset: P, figcaption: P, figure: P,
  footer: P, form: P, header: P, hr: P, main: P, nav: P, ol: P, pre: P, section: P, table: P, ul: P,
  tbody: TABLE_SECTION, tfoot: TABLE_SECTION,
}).map(([tag, closes]) => [tag, new Set(closes)]));
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** elements whose content is foreign (`<x/>` closes x) and those that switch back to HTML inside foreign content */
const FOREIGN = new Set(['math', 'svg']);
const HTML_INSIDE_FOREIGN = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/**
 * Start tags after which the tokenizer reads raw text up to the end tag (its special tags, as it matches them:
 * `<xmp>`'s end also ends `<tmp>`, `<textarea>`'s `<xextarea>`), and those whose text it decodes like a title's.
 */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xextarea', 'xmp', 'tmp']);
const TITLE_TEXT = new Set(['title', 'xitle']);

/**
 * Entities: the tokenizer is run without decoding them (it then skips through text and quoted values instead of
 * stepping through every character), and what it hands over is decoded here as it would have decoded it, with the
 * same decoder (entities, the version htmlparser2 uses): text as text, a value as a value that ends there.
 */
const decodeText = (s: string): string => (s.includes('&') ? decodeHTML(s) : s);
const decodeValue = (s: string): string => (s.includes('&') ? decodeHTMLAttribute(`${s} `).slice(0, -1) : s);

/** the white space of the tokenizer (HTML's: no vertical tab, no no-break space) */
const SPACE = ' \n\t\f\r';

/**
 * htmlparser2's tokenizer, stepping over a name, an unquoted value or a run of text in one go where its loop takes
 * one character per turn (a turn dispatches on the state and calls a method): the same states, the same events at
 * the same offsets (test/node/reader-parity.test.ts runs both on the same markup). Its methods are private in its
 * types, hence the casts; the pinned version (10.1) is the one these overrides are written against.
 */
export class SkippingTokenizer extends Tokenizer {}
interface Scanning { buffer: string; index: number; offset: number }
type State = (this: Scanning, c: number) => void;
const inherited = Tokenizer.prototype as unknown as Record<string, State>;
const skipping = SkippingTokenizer.prototype as unknown as Record<string, unknown>;

/**
 * The characters a tag name ends at (`/`, `>`, space), an attribute name at (those and `=`), an end tag's name or an
 * unquoted value at (`>`, space).
 */
const endsAt = (chars: string): Uint8Array => {
  const table = new Uint8Array(128);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
};
const TAG_NAME_ENDS = endsAt(`/>${SPACE}`);
const ATTRIBUTE_NAME_ENDS = endsAt(`=/>${SPACE}`);
const VALUE_ENDS = endsAt(`>${SPACE}`);

/**
 * The character at which the state `c` was read in ends, with the tokenizer moved onto it; -1 (and the tokenizer at
 * the end of its buffer, where its loop stops) when the buffer ends first.
 */
function skipTo(t: Scanning, ends: Uint8Array, c: number): number {
  if (c < 128 && ends[c] === 1) return c;
  const { buffer } = t;
  for (let i = t.index - t.offset + 1; i < buffer.length; i++) {
    const d = buffer.charCodeAt(i);
    if (d < 128 && ends[d] === 1) {
      t.index = i + t.offset;
      return d;
    }
  }
  t.index = buffer.length + t.offset - 1;
  return -1;
}

const { stateInTagName, stateInAttributeName, stateInClosingTagName, stateInAttributeValueNoQuotes } = inherited;
skipping.stateInTagName = function (this: Scanning, c: number) {
  if ((c = skipTo(this, TAG_NAME_ENDS, c)) >= 0) stateInTagName.call(this, c);
};
skipping.stateInAttributeName = function (this: Scanning, c: number) {
  if ((c = skipTo(this, ATTRIBUTE_NAME_ENDS, c)) >= 0) stateInAttributeName.call(this, c);
};
skipping.stateInClosingTagName = function (this: Scanning, c: number) {
  if ((c = skipTo(this, VALUE_ENDS, c)) >= 0) stateInClosingTagName.call(this, c);
};
skipping.stateInAttributeValueNoQuotes = function (this: Scanning, c: number) {
  if ((c = skipTo(this, VALUE_ENDS, c)) >= 0) stateInAttributeValueNoQuotes.call(this, c);
};
/** text up to `<`, a quoted value up to its quote, an end tag up to `>`: found by indexOf, not a character at a time */
const CHARACTERS = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
skipping.fastForwardTo = function (this: Scanning, c: number): boolean {
  const at = this.buffer.indexOf(CHARACTERS[c] ?? String.fromCharCode(c), this.index + 1 - this.offset);
  if (at < 0) {
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  this.index = at + this.offset;
  return true;
};

const ignore = (): void => {};
/** the white space the tokenizer skips between `</` and a name */
const TAG_SPACE = new Set(SPACE);
/**
 * A title's text, decoded: inside a title the tokenizer takes `&` for an entity only where no `</title` is
 * beginning (`<&amp;` keeps its `&amp;`), so the title is read again by the tokenizer, decoding (rare: titles with `&`).
 */
function decodeTitle(raw: string): string {
  if (!raw.includes('&')) return raw;
  const src = `<title>${raw}</title>`;
  let out = '';
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, {
    ontext: (start, end) => { out += src.slice(start, end); },
    ontextentity: (codePoint) => { out += String.fromCodePoint(codePoint); },
    onattribdata: ignore, onattribentity: ignore, onattribend: ignore, onattribname: ignore, oncdata: ignore,
    onclosetag: ignore, oncomment: ignore, ondeclaration: ignore, onend: ignore, onopentagend: ignore,
    onopentagname: ignore, onprocessinginstruction: ignore, onselfclosingtag: ignore,
  });
  tokenizer.write(src);
  tokenizer.end();
  return out;
}

/**
 * Elements open at once past which the parse is stopped: the tree rules look through the open elements on every end
 * tag, so thousands of unclosed tables (a 3 MB page of them took a minute) would make the parse quadratic. The
 * walker reads nothing below MAX_DEPTH anyway; what follows such nesting is left unread, and said.
 */
export const MAX_OPEN = MAX_DEPTH * 4;

export interface Tree { root: El; truncated?: string }

/**
 * Lower-case tag names, read straight from the page without slicing it: a name seen before (any case)
 * comes back as the same string, whose hash the Sets here and in the walker then have at hand. Names with other than
 * ASCII characters are sliced and lower-cased as usual; past NAMES_KEPT different names (or BUCKET_KEPT with one
 * hash), new ones are not kept.
 */
class NameTable {
  private readonly buckets: string[][] = Array.from({ length: 2048 }, () => []);
  private kept = 0;

  constructor(known: Iterable<string>) {
    for (const name of known) this.at(name, 0, name.length);
  }

  at(src: string, start: number, end: number): string {
    let h = end - start;
    for (let i = start; i < end; i++) {
      let c = src.charCodeAt(i);
      if (c >= 0x80) return src.slice(start, end).toLowerCase();
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      h = (Math.imul(h, 31) + c) | 0;
    }
    const bucket = this.buckets[h & 2047];
    for (let b = 0; b < bucket.length; b++) if (sameName(bucket[b], src, start, end)) return bucket[b];
    const name = src.slice(start, end).toLowerCase();
    if (this.kept < NAMES_KEPT && bucket.length < BUCKET_KEPT) {
      bucket.push(ownCopy(name));
      this.kept++;
    }
    return name;
  }
}
const NAMES_KEPT = 4096;
/** names kept per hash: a page of names made to share one hash finds at most this many to compare each */
const BUCKET_KEPT = 8;

/** whether src[start, end) is `name` in any ASCII case (name is lower-case) */
function sameName(name: string, src: string, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let i = 0; i < name.length; i++) {
    const c = src.charCodeAt(start + i);
    const n = name.charCodeAt(i);
    if (c !== n && !(c >= 0x41 && c <= 0x5a && c + 0x20 === n)) return false;
  }
  return true;
}

/** the attributes kept (those the walker reads), by length: an attribute's name is compared with these, not interned */
const KEPT_ATTRIBUTES: string[][] = [];
for (const name of READ_ATTRIBUTES) (KEPT_ATTRIBUTES[name.length] ??= []).push(name);

/** the kept attribute src[start, end) names, in any ASCII case; null for any other */
function keptAttribute(src: string, start: number, end: number): string | null {
  const names = KEPT_ATTRIBUTES[end - start];
  if (names) for (const name of names) if (sameName(name, src, start, end)) return name;
  return null;
}

const NAMES = new NameTable([...CLOSED_BY.keys(), ...VOID, ...FOREIGN, ...HTML_INSIDE_FOREIGN,
  'html', 'head', 'body', 'script', 'style', 'span', 'a', 'b', 'i', 'u', 'font', 'strong', 'em', 'o:p', 'sup',
  'sub', 'center', 'caption', 'colgroup', 'label', 'iframe', 'noscript']);

class TreeBuilder implements TokenizerCallbacks {
  readonly root = new El('#document');
  truncated: string | undefined;
  /** open elements, the document first */
  private readonly open: El[] = [this.root];
  private top = this.root;
  /** whether content is foreign (svg, math) at each switch into or out of it, the innermost last */
  private readonly foreign: boolean[] = [false];
  /** the element whose start tag is being read, and its attribute being read */
  private tag: El | null = null;
  /** null while the attribute being read is not one the walker reads */
  private attrName: string | null = null;
  private attrValue = '';
  /** inside a tag whose text the tokenizer reads raw, or like a title's, up to the next end tag */
  private textMode: 'raw' | 'title' | null = null;
  /** the tokenizer is handing over what is left at the end of the page */
  ending = false;
  readonly tokenizer = new SkippingTokenizer({ xmlMode: false, decodeEntities: false }, this);

  constructor(private readonly html: string) {}

  private slice(start: number, end: number): string {
    return this.html.slice(start, end);
  }

  private text(s: string): void {
    if (this.truncated) return;
    const kids = this.top.children;
    const last = kids.length - 1;
    if (last >= 0 && typeof kids[last] === 'string') kids[last] += s;
    else kids.push(s);
  }

  private pop(): void {
    this.open.pop();
    this.top = this.open[this.open.length - 1];
  }

  /** a start tag's name: the elements it closes are closed, and it waits for its attributes */
  private start(name: string): El {
    const closes = CLOSED_BY.get(name);
    if (closes) while (this.open.length > 1 && closes.has(this.top.name)) this.pop();
    if (!VOID.has(name)) {
      if (FOREIGN.has(name)) this.foreign.push(true);
      else if (HTML_INSIDE_FOREIGN.has(name)) this.foreign.push(false);
    }
    return (this.tag = new El(name));
  }

  /** the start tag is complete: the element goes into the tree, and is open unless it is void (or `closed`) */
  private place(el: El, closed: boolean): void {
    this.tag = null;
    if (this.truncated) return;
    if (this.open.length > MAX_OPEN) {
      this.truncated = `elements nested more than ${MAX_OPEN} deep: the rest of the page was not read`;
      this.tokenizer.pause();
      return;
    }
    this.top.children.push(el);
    if (closed || VOID.has(el.name)) return;
    this.open.push(el);
    this.top = el;
  }

  onopentagname(start: number, end: number): void {
    this.start(NAMES.at(this.html, start, end));
  }

  onattribname(start: number, end: number): void {
    this.attrName = keptAttribute(this.html, start, end);
  }

  onattribdata(start: number, end: number): void {
    if (this.attrName !== null) this.attrValue += this.slice(start, end);
  }

  onattribend(): void {
    const { tag: el, attrName: name } = this;
    if (el && name !== null && attrOf(el, name) === undefined) {
      const value = decodeValue(this.attrValue);
      if (el.attrs === NO_ATTRS) el.attrs = [name, value];
      else el.attrs.push(name, value);
    }
    this.attrValue = '';
  }

  onopentagend(): void {
    const el = this.tag;
    if (!el) return;
    this.place(el, false);
    this.textMode = RAW_TEXT.has(el.name) ? 'raw' : TITLE_TEXT.has(el.name) ? 'title' : null;
  }

  onselfclosingtag(): void {
    // `<x/>` is a start tag like `<x>` in HTML, an empty element in foreign content
    if (this.tag) this.place(this.tag, this.foreign[this.foreign.length - 1] === true);
  }

  onclosetag(start: number, end: number): void {
    this.textMode = null;
    if (this.truncated) return;
    const name = NAMES.at(this.html, start, end);
    if (FOREIGN.has(name) || HTML_INSIDE_FOREIGN.has(name)) this.foreign.pop();
    if (VOID.has(name)) {
      // `</br>` is read as `<br>`; other void end tags are nothing
      if (name === 'br') this.place(new El('br'), true);
      return;
    }
    const { open } = this;
    for (let i = open.length - 1; i > 0; i--) {
      if (open[i].name !== name) continue;
      while (open.length > i) open.pop();
      this.top = open[i - 1];
      return;
    }
    // `</p>` with no <p> open is an empty paragraph
    if (name === 'p') this.place(this.start('p'), true);
  }

  ontext(start: number, end: number): void {
    const s = this.slice(start, end);
    this.text(this.textMode === 'raw' || (this.ending && this.cutShort(start)) ? s
      : this.textMode === 'title' ? decodeTitle(s) : decodeText(s));
  }

  /**
   * Whether the text the tokenizer hands over at the end of the page is the rest of a `<!…`, `<?…` or `</…` it
   * never saw the end of: that is text as written, no entity decoded.
   */
  private cutShort(start: number): boolean {
    const { html } = this;
    let i = start - 1;
    if (html[i] === '!' || html[i] === '?') return html[i - 1] === '<';
    while (i >= 0 && TAG_SPACE.has(html[i])) i--;
    return html[i] === '/' && html[i - 1] === '<';
  }

  // not called: the tokenizer does not decode
  onattribentity(): void {}
  ontextentity(): void {}

  // comments, CDATA (a comment in HTML), doctypes and processing instructions are not part of the tree
  oncomment(): void {}
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}
}

/** the document tree of an HTML string (HTML mode, entities decoded) */
export function parseTree(html: string): El {
  return parseTreeCapped(html).root;
}

export function parseTreeCapped(html: string): Tree {
  const builder = new TreeBuilder(html);
  builder.tokenizer.write(html);
  builder.ending = true;
  builder.tokenizer.end();
  const { root, truncated } = builder;
  return { root, ...(truncated ? { truncated } : {}) };
}

export function readHtmlString(html: string): PageDoc {
  const { root, truncated } = parseTreeCapped(html);
  const doc = readHtml(eventAdapter, root);
  return truncated && !doc.truncated ? { ...doc, truncated } : doc;
}
