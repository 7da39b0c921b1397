// Word (.docx) files on Node: mammoth's Node build turns them into HTML, the event reader and the shared walker read that.
// mammoth is imported only when a .docx comes in.
import { LEGACY, legacyMessage } from '../fetched/format';
import { extname } from 'node:path';
import { docxToHtml, DocxError, isOle2, isZip, zipEntries, type MammothLike } from '../page/docx';
import type { PageDoc } from '../page/types';
import { readHtmlString } from './html';
import { InputError } from './load';

let mammoth: Promise<MammothLike> | null = null;

const loadMammoth = () => (mammoth ??= import('mammoth').then((m) => ((m as { default?: unknown }).default ?? m) as MammothLike));

/** A .docx into the page model. Damaged, encrypted or oversized files throw InputError. */
export async function readDocxBytes(bytes: Uint8Array): Promise<PageDoc> {
  let html: string;
  try {
    html = await docxToHtml(await loadMammoth(), bytes);
  } catch (e) {
    if (e instanceof DocxError) throw new InputError(e.message);
    throw e;
  }
  return readHtmlString(html);
}

/** the UTF-16LE name of the stream an encrypted Office 2007+ file keeps its package in */
const ENCRYPTED_PACKAGE = new Uint8Array(Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]));

function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const first = ENCRYPTED_PACKAGE[0];
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - ENCRYPTED_PACKAGE.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < ENCRYPTED_PACKAGE.length; k++) if (bytes[i + k] !== ENCRYPTED_PACKAGE[k]) continue outer;
    return true;
  }
  return false;
}

export const DOCX_EXTENSIONS = new Set(['.docx']);
/** Office formats the auditor cannot read: old binary Word/Excel and WPS (an encrypted .docx is OLE2 too) */
export const LEGACY_EXTENSIONS = new Set([...LEGACY].map((ext) => `.${ext}`));

/**
 * The message for a file the auditor cannot read because of its Office format, or null: legacy extensions,
 * OLE2 bytes (.doc/.xls/.wps/.et on stdin or under another name), and ZIPs that are Office files but not Word
 * (.xlsx, .pptx). An OLE2 file named .docx is an encrypted Word file.
 */
export function legacyOffice(source: string, bytes: Uint8Array): string | null {
  const ext = extname(source).toLowerCase();
  if (isOle2(bytes)) {
    // an encrypted .docx is an OLE2 file holding an "EncryptedPackage" stream; other OLE2 files are old formats
    if (isEncryptedOoxml(bytes)) return '此 Word 文件已加密，无法读取 / this Word file is encrypted and cannot be read';
    if (DOCX_EXTENSIONS.has(ext)) return legacyMessage('.doc');
    return legacyMessage(LEGACY_EXTENSIONS.has(ext) ? ext : '.doc / .xls / .wps');
  }
  if (LEGACY_EXTENSIONS.has(ext) && !/^\s*</.test(new TextDecoder().decode(bytes.subarray(0, 64)))) return legacyMessage(ext);
  const entries = zipEntries(bytes);
  if (entries?.some((e) => e.name.startsWith('xl/'))) return legacyMessage('.xlsx');
  if (entries?.some((e) => e.name.startsWith('ppt/'))) return legacyMessage('.pptx');
  if (entries?.some((e) => e.name === 'content.xml' || e.name === 'mimetype')) return legacyMessage('.odt / .ods');
  if (DOCX_EXTENSIONS.has(ext)) {
    return isZip(bytes) ? '无法读取此 Word 文件：文件已损坏 / cannot read this Word file: it is damaged'
      : '无法读取此 Word 文件：不是 .docx 格式 / cannot read this Word file: it is not in .docx format';
  }
  return null;
}
