// A PDF's bytes → the page model, in an extension page. pdfjs and its worker are bundled with the extension and
// loaded only here (this module is imported dynamically); the CMaps and standard fonts Chinese text needs ship in
// the extension too (public/pdfjs/, copied at build time), so nothing is fetched from anywhere else.
import * as pdfjs from 'pdfjs-dist'; // build/pdf.mjs, the browser build
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import browser from 'webextension-polyfill';
import { collectPdfText, pdfTextToDoc, type PdfDocumentLike } from '../page/pdf';
import type { PageDoc } from '../page/types';
import { BatchFailure } from '../batch/failure';

/** where the build puts pdfjs's data files (see wxt.config.ts) */
export const PDFJS_ASSETS = '/pdfjs/';

export async function readPdf(bytes: Uint8Array): Promise<PageDoc> {
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const base = browser.runtime.getURL(PDFJS_ASSETS);
  const task = pdfjs.getDocument({
    // pdfjs takes the buffer over (transfers it to the worker): a copy keeps the caller's bytes intact
    data: bytes.slice(),
    cMapUrl: `${base}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${base}standard_fonts/`,
    isEvalSupported: false,
    useSystemFonts: false,
    // fonts only matter for drawing: the text layer is all the checker reads
    disableFontFace: true,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (e) {
    const name = (e as { name?: string } | null)?.name ?? '';
    throw new BatchFailure('unreadable-file', name === 'PasswordException' ? 'encrypted PDF' : `damaged PDF (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    // with pdfjs's operator table the reader also takes the table's ruling lines from the drawing
    const { pages, truncated } = await collectPdfText(pdf as unknown as PdfDocumentLike, { ops: pdfjs.OPS });
    return pdfTextToDoc(pages, truncated);
  } finally {
    void task.destroy();
  }
}
