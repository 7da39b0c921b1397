// PDF in Node: pdfjs-dist's legacy build (loaded only when a PDF comes in), with the CMaps and standard fonts
// from node_modules — without the CMaps, Chinese text comes out empty. The layout work is src/page/pdf.ts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageDoc } from '../page/types';
import { collectPdfText, pdfTextToDoc, type PdfDocumentLike } from '../page/pdf';
import { InputError } from './load';

/** "%PDF-" within the first 1024 bytes (the format allows leading junk; writers rarely add any) */
export function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 1024) - 5;
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<{ pdfjs: Pdfjs; root: string }> | null = null;

function pdfjsDist(): Promise<{ pdfjs: Pdfjs; root: string }> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('pdfjs-dist/package.json'));
    const pdfjs = (await import(pathToFileURL(join(root, 'legacy/build/pdf.mjs')).href)) as Pdfjs;
    return { pdfjs, root };
  })();
  return loaded;
}

/** a PDF's bytes into the page model; encrypted or broken files throw InputError, scans come back `unreadable` */
export async function readPdfBytes(bytes: Uint8Array): Promise<PageDoc> {
  const { pdfjs, root } = await pdfjsDist();
  const dir = (d: string) => `${pathToFileURL(join(root, d)).href}/`;
  // pdfjs takes ownership of (transfers) the buffer it gets: hand it a copy
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: dir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dir('standard_fonts'),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw new InputError(describePdfError(e));
  }
  try {
    const { pages, truncated } = await collectPdfText(doc as unknown as PdfDocumentLike, { ops: pdfjs.OPS });
    return pdfTextToDoc(pages, truncated);
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(describePdfError(e));
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function describePdfError(e: unknown): string {
  const name = (e as { name?: string } | null)?.name ?? '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException') return 'encrypted PDF: it cannot be read without its password (PDF 已加密，无法读取)';
  if (name === 'InvalidPDFException' || name === 'FormatError' || /Invalid PDF|No PDF header|startxref|XRef/i.test(message)) {
    return `broken PDF: ${message || 'not a valid PDF file'} (PDF 文件已损坏，无法读取)`;
  }
  return `PDF could not be read: ${message} (无法读取此 PDF)`;
}
