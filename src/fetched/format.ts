// What a file is, from its first bytes and, before any request, from its address. Platform-neutral: the batch tab
// and the file page ask these questions (the ZIP and OLE2 tests are src/page/docx.ts's, shared with the CLI).
import { isDocx, isOle2, isZip, zipEntries } from '../page/docx';

/** formats told apart by their leading bytes */
export type Sniffed = 'pdf' | 'docx' | 'ole2' | 'zip' | 'other';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** a PDF may carry a few bytes of junk before its header (readers look within the first kilobyte) */
const PDF_WINDOW = 1024;

export function sniffBytes(bytes: Uint8Array): Sniffed {
  // a ZIP whose directory cannot be read is still offered to the Word reader, which names the damage
  if (isZip(bytes)) return isDocx(bytes) || zipEntries(bytes) === null ? 'docx' : 'zip';
  if (isOle2(bytes)) return 'ole2';
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

/** legacy Office and WPS extensions (no reader for these) */
export const LEGACY = new Set(['doc', 'wps', 'et', 'xls', 'dps', 'ppt']);
const OTHER = new Set(['xlsx', 'pptx', 'ofd', 'zip', 'rar', '7z', 'jpg', 'jpeg', 'png', 'gif', 'tif', 'tiff']);

/** the file extension of an address's path ("pdf"), lower-cased, or "" */
export function extensionOf(url: string): string {
  let path: string;
  try { path = new URL(url).pathname; } catch { return ''; }
  return /\.([a-z0-9]{1,5})$/i.exec(path)?.[1].toLowerCase() ?? '';
}

/** answers read as files by their bytes: the formats the checker reads, and the generic download types servers send them as */
export const FILE_TYPES = new Set([
  'application/pdf', 'application/x-pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/octet-stream', 'binary/octet-stream', 'application/x-download', 'application/force-download', 'application/download',
]);
/** Word 97–2003, WPS, Excel: no reader for these */
export const LEGACY_TYPES = new Set([
  'application/msword', 'application/vnd.ms-word', 'application/kswps', 'application/wps-office.wps', 'application/vnd.ms-excel',
  'application/wps-office.et', 'application/vnd.ms-works',
]);

/** the one message for a format the auditor cannot read ("(.doc)", or the type a server named) */
export const legacyMessage = (what: string) => `无法读取此格式（${what}）：请另存为 .docx 或 PDF / cannot read this format (${what}); save it as .docx or PDF`;

export function linkedKind(url: string): LinkedKind {
  const ext = extensionOf(url);
  if (ext === 'pdf' || ext === 'docx') return ext;
  if (LEGACY.has(ext)) return 'legacy';
  if (OTHER.has(ext)) return 'other-file';
  return 'page';
}
