// PDF in Node: pdfjs-dist's legacy build (pdf.mjs), with the CMaps and standard fonts from node_modules — without
// the CMaps, Chinese text comes out empty. pdfjs runs in a worker thread of its own (src/node/pdf-worker.mjs):
// loaded only when a PDF comes in, with its own heap, and stopped if a file keeps it busy too long.
// The page walk and the layout are src/page/pdf.ts, the same code the extension runs.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PageDoc } from '../page/types';
import { collectPdfText, pdfTextToDoc, type PdfDocumentLike, type PdfPageLike, type PdfPageText } from '../page/pdf';
import { MAX_PDF_ITEMS, MAX_PDF_PAGES } from '../page/limits';
import { sniffBytes } from '../fetched/format';
import { InputError } from './load';

/** "%PDF-" within the first 1024 bytes (the format allows a little leading junk): the sniff the extension uses too */
export const isPdf = (bytes: Uint8Array): boolean => sniffBytes(bytes) === 'pdf';

/** a PDF that keeps pdfjs busy longer than this is given up */
export const PDF_TIMEOUT_MS = 120_000;
/** pdfjs's heap; fonts of a long report fit well within it */
const PDF_HEAP_MB = 512;
const WORKER = new URL('./pdf-worker.mjs', import.meta.url);

interface RawPage {
  width: number; height: number; transform: number[];
  items: unknown[];
  ops: { fnArray: number[]; argsArray: unknown[] } | null;
}
type Reply = { ok: true; numPages: number; pages: RawPage[]; OPS: Record<string, number> } | { ok: false; name: string; message: string };

const pdfjsRoot = () => `${pathToFileURL(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))).href}/`;

function runPdfjs(bytes: Uint8Array): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { root: pdfjsRoot(), maxPages: MAX_PDF_PAGES, maxItems: MAX_PDF_ITEMS + 1 },
      resourceLimits: { maxOldGenerationSizeMb: PDF_HEAP_MB },
      stdout: true, stderr: true, // pdfjs's own warnings are not the CLI's output
    });
    let settled = false;
    const finish = (f: () => void) => { if (settled) return; settled = true; clearTimeout(timer); f(); void worker.terminate(); };
    const timer = setTimeout(() => finish(() => reject(new InputError(`PDF 读取超时 / PDF took longer than ${PDF_TIMEOUT_MS / 1000} s to read`))), PDF_TIMEOUT_MS);
    worker.on('message', (reply: Reply) => finish(() => resolve(reply)));
    worker.on('error', (e) => finish(() => reject(new InputError(`无法读取此 PDF / PDF could not be read: ${e.message}`))));
    worker.on('exit', (code) => finish(() => reject(new InputError(`无法读取此 PDF / PDF could not be read: the reader stopped (exit ${code})`))));
    const copy = new Uint8Array(bytes);
    worker.postMessage(copy, [copy.buffer]);
  });
}

/** a PDF's bytes into the page model; encrypted or broken files throw InputError, scans come back `unreadable` */
export async function readPdfBytes(bytes: Uint8Array): Promise<PageDoc> {
  const { pages, truncated } = await readPdfPages(bytes);
  return pdfTextToDoc(pages, truncated);
}

/** a PDF's bytes into its pages' positioned text (collectPdfText's result); errors as readPdfBytes */
export async function readPdfPages(bytes: Uint8Array): Promise<{ pages: PdfPageText[]; truncated?: string }> {
  const reply = await runPdfjs(bytes);
  if (!reply.ok) throw new InputError(describePdfError(reply.name, reply.message));
  // the pages as pdfjs gave them, replayed through the one page walk
  const empty: RawPage = { width: 0, height: 0, transform: [1, 0, 0, 1, 0, 0], items: [], ops: null };
  const doc: PdfDocumentLike = {
    numPages: reply.numPages,
    async getPage(n: number): Promise<PdfPageLike> {
      const p = reply.pages[n - 1] ?? empty;
      return {
        getViewport: () => ({ width: p.width, height: p.height, transform: p.transform }),
        getTextContent: async () => ({ items: p.items }),
        ...(p.ops ? { getOperatorList: async () => p.ops! } : {}),
      };
    },
  };
  return collectPdfText(doc, { ops: reply.OPS });
}

function describePdfError(name: string, message: string): string {
  if (name === 'PasswordException') return 'PDF 已加密，无法读取 / encrypted PDF: it cannot be read without its password';
  if (name === 'InvalidPDFException' || name === 'FormatError' || /Invalid PDF|No PDF header|startxref|XRef/i.test(message)) {
    return `PDF 文件已损坏，无法读取 / broken PDF: ${message || 'not a valid PDF file'}`;
  }
  return `无法读取此 PDF / PDF could not be read: ${message}`;
}
