// Bytes → page, the one path for a file, standard input, or a page fetched by the CLI or the batch tab: refuse binary
// data, decode (BOM, the server's charset, <meta>, a sniff), refuse text that came out garbled, then read it as HTML
// with the host's parser (cheerio on Node, DOMParser in the extension) or as plain text.
import type { PageDoc } from '../page/types';
import { readText } from '../page/text';
import { decodeBytes, looksBinary, type Decoded } from './decode';
import { garbled } from './sniff';

/** bytes that are no page: `binary` data, or text `garbled` in every encoding tried */
export class Unreadable extends Error {
  constructor(readonly kind: 'binary' | 'garbled', readonly encoding = '') {
    super(kind === 'binary' ? 'binary data, not a web page or a text file' : `unreadable text (decoded as ${encoding})`);
  }
}

/** the text of page bytes; throws Unreadable */
export function textOf(bytes: Uint8Array, charset?: string | null): Decoded {
  if (looksBinary(bytes)) throw new Unreadable('binary');
  const decoded = decodeBytes(bytes, charset);
  if (garbled(decoded.text)) throw new Unreadable('garbled', decoded.encoding);
  return decoded;
}

export interface PageOptions {
  /** the server's charset, when the bytes came over HTTP */
  charset?: string | null;
  /** HTML, else plain text; a function decides from the decoded text */
  html: boolean | ((text: string) => boolean);
  /** the host's HTML reader */
  parseHtml(text: string): PageDoc;
}

/** page bytes into the page model; throws Unreadable */
export function pageOf(bytes: Uint8Array, opts: PageOptions): PageDoc {
  const { text } = textOf(bytes, opts.charset);
  const html = typeof opts.html === 'function' ? opts.html(text) : opts.html;
  return html ? opts.parseHtml(text) : readText(text);
}
