// Word (.docx) files, the same on every platform: mammoth turns the document into HTML, which the host's walker
// (cheerio in Node, DOMParser in the extension) reads like any page. mammoth comes in as a parameter, so that the
// extension passes its browser build and the CLI the Node one; nothing here imports it.
// Also the magic-byte tests that tell a .docx, another ZIP and a legacy Office file (OLE2) apart.

/** the part of mammoth's API used here (the same in its Node and browser builds) */
export interface MammothLike {
  convertToHtml(
    input: { arrayBuffer: ArrayBuffer; buffer?: Uint8Array },
    options?: { convertImage?: unknown; externalFileAccess?: boolean; ignoreEmptyParagraphs?: boolean },
  ): Promise<{ value: string; messages: Array<{ type: string; message: string }> }>;
  images: { imgElement(f: (image: unknown) => Promise<{ src: string }>): unknown };
}

/** why a .docx could not be read; the message is for the user (zh / en) */
export class DocxError extends Error {}

/** uncompressed size of all entries together beyond which a .docx is not opened (a "zip bomb" stays closed) */
export const MAX_DOCX_UNZIPPED = 256 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  compressed: number;
  size: number;
  encrypted: boolean;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** a ZIP file: "PK\x03\x04" (or the empty-archive "PK\x05\x06") */
export const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));

/** an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1): .doc, .xls, .wps, .et, .ppt — and encrypted .docx */
export const isOle2 = (b: Uint8Array) =>
  b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1;

/** The entries of a ZIP's central directory; null when the bytes are not a readable ZIP. */
export function zipEntries(b: Uint8Array): ZipEntry[] | null {
  if (!isZip(b)) return null;
  // end of central directory: 22 bytes plus a comment of at most 65535
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const count = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  const out: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return null;
    const nameLength = u16(b, p + 28);
    const skip = nameLength + u16(b, p + 30) + u16(b, p + 32);
    if (p + 46 + nameLength > b.length) return null;
    out.push({
      name: decoder.decode(b.subarray(p + 46, p + 46 + nameLength)),
      encrypted: (u16(b, p + 8) & 1) === 1,
      compressed: u32(b, p + 20),
      size: u32(b, p + 24),
    });
    p += 46 + skip;
  }
  return out;
}

/** a Word 2007+ document: a ZIP holding word/document.xml */
export function isDocx(b: Uint8Array): boolean {
  return zipEntries(b)?.some((e) => e.name === 'word/document.xml') ?? false;
}

/**
 * The HTML of a .docx, for the host's walker. Table cells keep their colspan and rowspan (mammoth writes them),
 * headings come out as <h1>–<h6> where the document used Word's heading styles, images are left out.
 * Throws DocxError for a damaged, encrypted or oversized file.
 */
export async function docxToHtml(mammoth: MammothLike, bytes: Uint8Array): Promise<string> {
  const entries = zipEntries(bytes);
  if (!entries) throw new DocxError('无法读取此 Word 文件：文件已损坏 / cannot read this Word file: it is damaged (no ZIP directory)');
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new DocxError('此 ZIP 文件不是 Word 文档 / this ZIP file is not a Word document (no word/document.xml)');
  }
  if (entries.some((e) => e.encrypted)) throw new DocxError('此 Word 文件已加密，无法读取 / this Word file is encrypted and cannot be read');
  const unzipped = entries.reduce((s, e) => s + e.size, 0);
  if (unzipped > MAX_DOCX_UNZIPPED) {
    throw new DocxError(`Word 文件解压后过大 / Word file too large once unpacked (${unzipped} bytes; at most ${MAX_DOCX_UNZIPPED})`);
  }
  // a copy that owns exactly its bytes: a view into a larger buffer would hand mammoth the whole buffer
  const own = bytes.slice();
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { arrayBuffer: own.buffer as ArrayBuffer, buffer: own },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false, ignoreEmptyParagraphs: false },
    );
    html = result.value;
  } catch (e) {
    throw new DocxError(`无法读取此 Word 文件：文件已损坏 / cannot read this Word file: it is damaged (${e instanceof Error ? e.message : String(e)})`);
  }
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n${html}\n</body></html>`;
}
