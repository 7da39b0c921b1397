// Node side of the page adapter: htmlparser2's tokenizer events build a minimal tree (elements as {name, attrs,
// children}, text as plain strings; comments, doctypes and CDATA left out), which the shared walker
// (src/page/html.ts) reads through the same HtmlAdapter interface as the browser's DOM.
//
// The tokenizer (tags, attributes, raw text) is htmlparser2's own, its loop for the states most of a page is read in
// written here (SkippingTokenizer: the same events, tested against its own), and so is the entity decoder (the entities
// package it uses; see decodeText below). What its Parser class adds on top is done here, for a tree only: which open
// elements a start tag closes, void elements, end tags that close the elements above them, `</p>` and `</br>`
// without a start, self-closing tags inside <svg> and <math>, each tag name's part in them worked out once (TagName).
// The rules are htmlparser2 10's, so the tree is the one its Parser, domhandler and cheerio build, but for the
// attributes the walker never reads (test/node/reader-parity.test.ts compares them on generated markup); doing them
// directly saves what the Parser spends on every tag and attribute (a dictionary per element, strings re-sliced and
// re-joined, callbacks in between), half of the parse.
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { READ_ATTRIBUTES, readHtml, type HtmlAdapter } from '../page/html';
import { MAX_DEPTH } from '../page/limits';
import type { PageDoc } from '../page/types';
import { ownCopy } from '../text/normalize';

class El {
  readonly name: string;
  readonly children: Array<El | string> = [];
  /**
   * attribute names and values in turn, lower-case names, the first of a repeated name only; only those the walker
   * reads (READ_ATTRIBUTES: its adapter cannot ask for another)
   */
  attrs: string[] = NO_ATTRS;
  constructor(readonly tagName: TagName) {
    this.name = tagName.name;
  }
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

/** the names the rules above name, by their place here (a start tag's `closes` is indexed so) */
const RULED = [...new Set([...CLOSED_BY.keys(), ...[...CLOSED_BY.values()].flatMap((names) => [...names]), ...VOID,
  ...FOREIGN, ...HTML_INSIDE_FOREIGN, ...RAW_TEXT, ...TITLE_TEXT])];
const RULED_INDEX = new Map(RULED.map((name, i) => [name, i]));

/**
 * A lower-case tag name and what the tree rules above make of it, worked out once per name (the name table below
 * keeps one per name): the thousands of tags on a page then look nothing up.
 */
class TagName {
  /** its place in RULED, or RULED.length for any other name */
  readonly index: number;
  /** by index: the open elements this start tag closes first (as long as one of them is the innermost); null if none */
  readonly closes: Uint8Array | null = null;
  readonly isVoid: boolean;
  /** where content turns foreign (svg, math), turns HTML again inside foreign content, or neither */
  readonly foreign: 'enter' | 'leave' | null;
  /** the text after the start tag: read raw, or decoded like a title's, up to the next end tag; null: as usual */
  readonly textMode: 'raw' | 'title' | null;

  /**
   * kept: the one TagName of its name; else one of many, compared by name (a name past the table's room, or one with
   * other than ASCII letters, which may lower-case to a kept one: `LIN\u212A` is `link`)
   */
  constructor(readonly name: string, readonly kept: boolean) {
    this.index = RULED_INDEX.get(name) ?? RULED.length;
    const closes = CLOSED_BY.get(name);
    if (closes) {
      this.closes = new Uint8Array(RULED.length + 1);
      for (const closed of closes) this.closes[RULED_INDEX.get(closed)!] = 1;
    }
    this.isVoid = VOID.has(name);
    this.foreign = FOREIGN.has(name) ? 'enter' : HTML_INSIDE_FOREIGN.has(name) ? 'leave' : null;
    this.textMode = RAW_TEXT.has(name) ? 'raw' : TITLE_TEXT.has(name) ? 'title' : null;
  }

  /** whether an element was opened by this tag name */
  opened(el: El): boolean {
    return el.tagName === this || ((!this.kept || !el.tagName.kept) && el.name === this.name);
  }
}

/**
 * Entities: the tokenizer is run without decoding them (it then skips through text and quoted values instead of
 * stepping through every character), and what it hands over is decoded here as it would have decoded it, with the
 * same decoder (entities, the version htmlparser2 uses): text as text, a value as a value that ends there.
 */
const decodeText = (s: string): string => (s.includes('&') ? decodeHTML(s) : s);
const decodeValue = (s: string): string => (s.includes('&') ? decodeHTMLAttribute(`${s} `).slice(0, -1) : s);

/**
 * htmlparser2's tokenizer with its loop written for the states most of a page is read in (text, tags, attributes, end
 * tags): one function, the position and state in local variables, a name, an unquoted value or a run of text stepped
 * over in one go, where its own loop takes one character per turn (a turn dispatches on the state and calls a method).
 * Every other state (comments, declarations, raw text of scripts and styles, titles) is its own method, one character
 * at a time, as before. The same states, the same events at the same offsets (test/node/reader-parity.test.ts runs
 * both on the same markup). It is run without decoding entities, which the tree does (decodeText, decodeValue). Its
 * internals are private in its types, hence the casts; the pinned version (10.1) is the one this is written against.
 */
export class SkippingTokenizer extends Tokenizer {}

interface Scanning {
  buffer: string;
  index: number;
  offset: number;
  state: number;
  sectionStart: number;
  running: boolean;
  isSpecial: boolean;
  sequenceIndex: number;
  cbs: TokenizerCallbacks;
  cleanup(): void;
}
type StateMethod = (this: Scanning, c: number) => void;
const inherited = Tokenizer.prototype as unknown as Record<string, StateMethod>;
const skipping = SkippingTokenizer.prototype as unknown as Record<string, unknown>;

/** htmlparser2 10.1's states (its State enum, not exported), those read here by name */
const TEXT = 1;
const BEFORE_TAG_NAME = 2;
const IN_TAG_NAME = 3;
const IN_SELF_CLOSING_TAG = 4;
const BEFORE_CLOSING_TAG_NAME = 5;
const IN_CLOSING_TAG_NAME = 6;
const AFTER_CLOSING_TAG_NAME = 7;
const BEFORE_ATTRIBUTE_NAME = 8;
const IN_ATTRIBUTE_NAME = 9;
const AFTER_ATTRIBUTE_NAME = 10;
const BEFORE_ATTRIBUTE_VALUE = 11;
const IN_VALUE_DOUBLE_QUOTED = 12;
const IN_VALUE_SINGLE_QUOTED = 13;
const IN_VALUE_UNQUOTED = 14;
const BEFORE_DECLARATION = 15;
const IN_PROCESSING_INSTRUCTION = 17;
const IN_SPECIAL_COMMENT = 20;
const BEFORE_SPECIAL_S = 22;
const BEFORE_SPECIAL_T = 23;
const IN_SPECIAL_TAG = 25;
/** the other states, by number: the tokenizer's own method for each */
const OTHER_STATES: Array<StateMethod | undefined> = [];
for (const [state, method] of Object.entries({
  15: 'stateBeforeDeclaration', 16: 'stateInDeclaration', 17: 'stateInProcessingInstruction', 18: 'stateBeforeComment',
  19: 'stateCDATASequence', 20: 'stateInSpecialComment', 21: 'stateInCommentLike', 22: 'stateBeforeSpecialS',
  23: 'stateBeforeSpecialT', 24: 'stateSpecialStartSequence', 25: 'stateInSpecialTag', 26: 'stateInEntity',
})) OTHER_STATES[Number(state)] = inherited[method];
/** its quote types, as onattribend reports them */
const NO_VALUE = 0;
const UNQUOTED = 1;
const SINGLE = 2;
const DOUBLE = 3;

/** the white space of the tokenizer (HTML's: no vertical tab, no no-break space) */
const SPACE = ' \n\t\f\r';

/**
 * The characters a tag name ends at (`/`, `>`, space), an attribute name at (those and `=`), an end tag's name or an
 * unquoted value at (`>`, space); white space.
 */
const charTable = (chars: string): Uint8Array => {
  const table = new Uint8Array(128);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
};
const TAG_NAME_ENDS = charTable(`/>${SPACE}`);
const ATTRIBUTE_NAME_ENDS = charTable(`=/>${SPACE}`);
const VALUE_ENDS = charTable(`>${SPACE}`);
const WHITE = charTable(SPACE);

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;

/** the first position from `from` on whose character is in `ends`, or the buffer's length */
function scanTo(buffer: string, from: number, ends: Uint8Array): number {
  for (let i = from; i < buffer.length; i++) {
    const c = buffer.charCodeAt(i);
    if (c < 128 && ends[c] === 1) return i;
  }
  return buffer.length;
}

const isWhite = (c: number): boolean => c < 128 && WHITE[c] === 1;
const isAsciiAlpha = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

skipping.parse = function parse(this: Scanning): void {
  const { buffer, offset, cbs } = this;
  const length = buffer.length;
  // i: position in the buffer (the tokenizer's index less its offset; start, the section's start, is an index as the
  // tokenizer's); a state that hands its character on to the next state (where the tokenizer's methods call each
  // other) does not advance i: the loop reads the same character again in the new state
  let i = this.index - offset;
  let state = this.state;
  let start = this.sectionStart;
  while (i < length && this.running) {
    const c = buffer.charCodeAt(i);
    switch (state) {
      case TEXT: {
        const lt = c === LT ? i : buffer.indexOf('<', i + 1);
        if (lt < 0) {
          i = length;
          continue;
        }
        if (lt + offset > start) cbs.ontext(start, lt + offset);
        state = BEFORE_TAG_NAME;
        start = lt + offset;
        i = lt + 1;
        continue;
      }
      case BEFORE_TAG_NAME:
        if (isAsciiAlpha(c)) {
          start = i + offset;
          const lower = c | 0x20;
          state = lower === 0x73 ? BEFORE_SPECIAL_S : lower === 0x74 || lower === 0x78 ? BEFORE_SPECIAL_T : IN_TAG_NAME;
        } else if (c === SLASH) state = BEFORE_CLOSING_TAG_NAME;
        else if (c === 0x21) {
          state = BEFORE_DECLARATION;
          start = i + 1 + offset;
        } else if (c === 0x3f) {
          state = IN_PROCESSING_INSTRUCTION;
          start = i + 1 + offset;
        } else {
          state = TEXT;
          continue;
        }
        break;
      case IN_TAG_NAME:
        if ((i = scanTo(buffer, i, TAG_NAME_ENDS)) === length) continue;
        cbs.onopentagname(start, i + offset);
        start = -1;
        state = BEFORE_ATTRIBUTE_NAME;
        continue;
      case BEFORE_ATTRIBUTE_NAME:
        if (c === GT) {
          cbs.onopentagend(i + offset);
          if (this.isSpecial) {
            state = IN_SPECIAL_TAG;
            this.sequenceIndex = 0;
          } else state = TEXT;
          start = i + 1 + offset;
        } else if (c === SLASH) state = IN_SELF_CLOSING_TAG;
        else if (!isWhite(c)) {
          state = IN_ATTRIBUTE_NAME;
          start = i + offset;
        }
        break;
      case IN_ATTRIBUTE_NAME:
        if ((i = scanTo(buffer, i, ATTRIBUTE_NAME_ENDS)) === length) continue;
        cbs.onattribname(start, i + offset);
        start = i + offset;
        state = AFTER_ATTRIBUTE_NAME;
        continue;
      case AFTER_ATTRIBUTE_NAME:
        if (c === EQ) state = BEFORE_ATTRIBUTE_VALUE;
        else if (c === SLASH || c === GT) {
          cbs.onattribend(NO_VALUE, start);
          start = -1;
          state = BEFORE_ATTRIBUTE_NAME;
          continue;
        } else if (!isWhite(c)) {
          cbs.onattribend(NO_VALUE, start);
          state = IN_ATTRIBUTE_NAME;
          start = i + offset;
        }
        break;
      case BEFORE_ATTRIBUTE_VALUE:
        if (c === DQ) {
          state = IN_VALUE_DOUBLE_QUOTED;
          start = i + 1 + offset;
        } else if (c === SQ) {
          state = IN_VALUE_SINGLE_QUOTED;
          start = i + 1 + offset;
        } else if (!isWhite(c)) {
          start = i + offset;
          state = IN_VALUE_UNQUOTED;
          continue;
        }
        break;
      case IN_VALUE_DOUBLE_QUOTED:
      case IN_VALUE_SINGLE_QUOTED: {
        const quote = state === IN_VALUE_DOUBLE_QUOTED ? DQ : SQ;
        const end = c === quote ? i : buffer.indexOf(state === IN_VALUE_DOUBLE_QUOTED ? '"' : "'", i + 1);
        if (end < 0) {
          i = length;
          continue;
        }
        cbs.onattribdata(start, end + offset);
        start = -1;
        cbs.onattribend(quote === DQ ? DOUBLE : SINGLE, end + 1 + offset);
        state = BEFORE_ATTRIBUTE_NAME;
        i = end;
        break;
      }
      case IN_VALUE_UNQUOTED:
        if ((i = scanTo(buffer, i, VALUE_ENDS)) === length) continue;
        cbs.onattribdata(start, i + offset);
        start = -1;
        cbs.onattribend(UNQUOTED, i + offset);
        state = BEFORE_ATTRIBUTE_NAME;
        continue;
      case IN_SELF_CLOSING_TAG:
        if (c === GT) {
          cbs.onselfclosingtag(i + offset);
          state = TEXT;
          start = i + 1 + offset;
          this.isSpecial = false;
        } else if (!isWhite(c)) {
          state = BEFORE_ATTRIBUTE_NAME;
          continue;
        }
        break;
      case BEFORE_CLOSING_TAG_NAME:
        if (c === GT) state = TEXT;
        else if (!isWhite(c)) {
          state = isAsciiAlpha(c) ? IN_CLOSING_TAG_NAME : IN_SPECIAL_COMMENT;
          start = i + offset;
        }
        break;
      case IN_CLOSING_TAG_NAME:
        if ((i = scanTo(buffer, i, VALUE_ENDS)) === length) continue;
        cbs.onclosetag(start, i + offset);
        start = -1;
        state = AFTER_CLOSING_TAG_NAME;
        continue;
      case AFTER_CLOSING_TAG_NAME: {
        const gt = c === GT ? i : buffer.indexOf('>', i + 1);
        if (gt < 0) {
          i = length;
          continue;
        }
        state = TEXT;
        start = gt + 1 + offset;
        i = gt;
        break;
      }
      default: {
        // a state of its own method: it reads the tokenizer's fields, and may move it on
        this.index = i + offset;
        this.state = state;
        this.sectionStart = start;
        OTHER_STATES[state]!.call(this, c);
        i = this.index - offset;
        state = this.state;
        start = this.sectionStart;
      }
    }
    i++;
  }
  this.index = i + offset;
  this.state = state;
  this.sectionStart = start;
  this.cleanup();
};

/** a run of text, a quoted value or a comment up to the character that ends it, found by indexOf (its own methods) */
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
 * Tag names, read straight from the page without slicing it: a name seen before (any case) comes back as the same
 * TagName. Names with other than ASCII characters are sliced and lower-cased as usual; past NAMES_KEPT different
 * names (or BUCKET_KEPT with one hash), new ones are not kept (each occurrence then gets a TagName of its own, not
 * `kept`).
 */
class NameTable {
  private readonly buckets: TagName[][] = Array.from({ length: 2048 }, () => []);
  private kept = 0;

  /** known: names kept from the start (those the tree rules name, and common ones) */
  constructor(known: Iterable<string>) {
    for (const name of known) this.at(name, 0, name.length);
  }

  at(src: string, start: number, end: number): TagName {
    let h = end - start;
    for (let i = start; i < end; i++) {
      let c = src.charCodeAt(i);
      if (c >= 0x80) return new TagName(src.slice(start, end).toLowerCase(), false);
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      h = (Math.imul(h, 31) + c) | 0;
    }
    const bucket = this.buckets[h & 2047];
    for (let b = 0; b < bucket.length; b++) if (sameName(bucket[b].name, src, start, end)) return bucket[b];
    const name = src.slice(start, end).toLowerCase();
    if (this.kept >= NAMES_KEPT || bucket.length >= BUCKET_KEPT) return new TagName(name, false);
    const tag = new TagName(ownCopy(name), true);
    bucket.push(tag);
    this.kept++;
    return tag;
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

const NAMES = new NameTable([...RULED,
  'html', 'head', 'body', 'script', 'style', 'span', 'a', 'b', 'i', 'u', 'font', 'strong', 'em', 'o:p', 'sup',
  'sub', 'center', 'caption', 'colgroup', 'label', 'iframe', 'noscript']);

class TreeBuilder implements TokenizerCallbacks {
  readonly root = new El(new TagName('#document', true));
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
  private start(tag: TagName): El {
    const { closes } = tag;
    if (closes) while (this.open.length > 1 && closes[this.top.tagName.index] === 1) this.pop();
    if (!tag.isVoid && tag.foreign !== null) this.foreign.push(tag.foreign === 'enter');
    return (this.tag = new El(tag));
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
    if (closed || el.tagName.isVoid) return;
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
    this.textMode = el.tagName.textMode;
  }

  onselfclosingtag(): void {
    // `<x/>` is a start tag like `<x>` in HTML, an empty element in foreign content
    if (this.tag) this.place(this.tag, this.foreign[this.foreign.length - 1] === true);
  }

  onclosetag(start: number, end: number): void {
    this.textMode = null;
    if (this.truncated) return;
    const tag = NAMES.at(this.html, start, end);
    if (tag.foreign !== null) this.foreign.pop();
    if (tag.isVoid) {
      // `</br>` is read as `<br>`; other void end tags are nothing
      if (tag.name === 'br') this.place(new El(tag), true);
      return;
    }
    const { open } = this;
    for (let i = open.length - 1; i > 0; i--) {
      if (!tag.opened(open[i])) continue;
      while (open.length > i) open.pop();
      this.top = open[i - 1];
      return;
    }
    // `</p>` with no <p> open is an empty paragraph
    if (tag.name === 'p') this.place(this.start(tag), true);
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
    // the white space the tokenizer skips between `</` and a name
    while (i >= 0 && isWhite(html.charCodeAt(i))) i--;
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
