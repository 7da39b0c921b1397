// What a file is, from its first bytes and, before any request, from its address. Platform-neutral: the batch tab,
// the file page and the CLI all ask the same questions.

/** formats told apart by their leading bytes */
export type Sniffed = 'pdf' | 'docx' | 'ole2' | 'zip' | 'other';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc .xls .wps .et (Compound File)
/** a Word document's main part, as its name stands in the zip's local file headers or central directory */
const WORD_PART = 'word/document.xml';
/** a PDF may carry a few bytes of junk before its header (readers look within the first kilobyte) */
const PDF_WINDOW = 1024;

function hasAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP)) return hasAscii(bytes, WORD_PART) ? 'docx' : 'zip';
  if (startsWith(bytes, OLE2)) return 'ole2';
  const head = bytes.subarray(0, PDF_WINDOW);
  for (let i = head.indexOf(0x25); i >= 0; i = head.indexOf(0x25, i + 1)) if (startsWith(head, PDF, i)) return 'pdf';
  return 'other';
}

/** what a link's address says the file is, before anything is fetched */
export type LinkedKind =
  | 'pdf' | 'docx'
  /** legacy Office and WPS formats: "cannot read this format; save it as .docx or PDF" */
  | 'legacy'
  /** other files (archives, images, slides, spreadsheets in zip form): not a report the checker can read */
  | 'other-file'
  | 'page';

const LEGACY = new Set(['doc', 'wps', 'et', 'xls', 'dps', 'ppt']);
const OTHER = new Set(['xlsx', 'pptx', 'ofd', 'zip', 'rar', '7z', 'jpg', 'jpeg', 'png', 'gif', 'tif', 'tiff']);

/** the file extension of an address's path ("pdf"), lower-cased, or "" */
export function extensionOf(url: string): string {
  let path: string;
  try { path = new URL(url).pathname; } catch { return ''; }
  return /\.([a-z0-9]{1,5})$/i.exec(path)?.[1].toLowerCase() ?? '';
}

export function linkedKind(url: string): LinkedKind {
  const ext = extensionOf(url);
  if (ext === 'pdf' || ext === 'docx') return ext;
  if (LEGACY.has(ext)) return 'legacy';
  if (OTHER.has(ext)) return 'other-file';
  return 'page';
}
