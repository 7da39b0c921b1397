// Bytes → text for pages and files read on Node. Many government sites still serve GBK/GB18030.
// Order: byte-order mark, then the HTTP charset, then <meta> in the first 4 KB, else a sniff.

export interface Decoded {
  text: string;
  /** WHATWG encoding name used: "utf-8", "utf-16le", "utf-16be", "gb18030", … */
  encoding: string;
  /** where the encoding came from */
  by: 'bom' | 'http' | 'meta' | 'sniff';
}

const META_WINDOW = 4096;

/** WHATWG name for a charset label, or null when the platform does not know it. GBK and GB2312 read as GB18030. */
export function encodingOf(label: string): string | null {
  let name: string;
  try {
    name = new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
  return name === 'gbk' ? 'gb18030' : name;
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** charset declared by <meta charset> or <meta http-equiv content="…; charset=…"> near the top of a page */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_WINDOW));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (m) return m[1];
  }
  return null;
}

/** the bytes as UTF-8 when they are valid UTF-8 (one pass: the text is kept, not decoded again), else null */
const strictUtf8 = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

const decodeAs = (bytes: Uint8Array, encoding: string) => new TextDecoder(encoding).decode(bytes);

/**
 * A page declared UTF-8 whose bytes are GBK: most non-ASCII characters come out as U+FFFD,
 * while GB18030 reads the bytes without a single replacement.
 */
function isGbkDeclaredUtf8(bytes: Uint8Array, asUtf8: string): boolean {
  // the common case, a page that is what it says, is settled without counting every character
  if (asUtf8.indexOf('\ufffd') < 0) return false;
  let replaced = 0;
  let nonAscii = 0;
  for (const ch of asUtf8) {
    if (ch === '\ufffd') replaced++;
    if (ch.charCodeAt(0) > 0x7f) nonAscii++;
  }
  if (replaced < 2 || replaced < nonAscii / 10) return false;
  return !decodeAs(bytes, 'gb18030').includes('\ufffd');
}

export function decodeBytes(bytes: Uint8Array, httpCharset?: string | null): Decoded {
  const bom = bomOf(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, by: 'bom' };

  const declared: Array<[string | null | undefined, Decoded['by']]> = [[httpCharset, 'http'], [metaCharset(bytes), 'meta']];
  for (const [label, by] of declared) {
    let encoding = label ? encodingOf(label) : null;
    if (!encoding) continue;
    // a <meta> that the bytes could be read with is ASCII-compatible: a UTF-16 label there means UTF-8 (as browsers do)
    if (by === 'meta' && encoding.startsWith('utf-16')) encoding = 'utf-8';
    const text = decodeAs(bytes, encoding);
    if (encoding === 'utf-8' && isGbkDeclaredUtf8(bytes, text)) {
      return { text: decodeAs(bytes, 'gb18030'), encoding: 'gb18030', by: 'sniff' };
    }
    return { text, encoding, by };
  }

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', by: 'sniff' };
  return { text: decodeAs(bytes, 'gb18030'), encoding: 'gb18030', by: 'sniff' };
}

/** bytes looked at to tell binary data from text */
const SNIFF_WINDOW = 8192;

/** NUL bytes or many control characters near the start (UTF-16 with a byte-order mark excepted) */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const head = bytes.subarray(0, SNIFF_WINDOW);
  let control = 0;
  // an index loop: a typed array's iterator is several times slower here
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  return control > head.length / 20;
}
