// A fetched file's bytes → the page model, by what the bytes are (not what the address or the server says).
// The readers are loaded on demand: pdfjs and mammoth stay out of every bundle but the pages that read a file.
import { sniffBytes } from '../fetched/format';
import type { PageDoc } from '../page/types';
import { BatchFailure } from '../batch/failure';

export type FileFormat = 'pdf' | 'docx';

/** the page model of a PDF or Word file; null for bytes that are neither (a web page or text: read those as such) */
export async function readFileBytes(bytes: Uint8Array): Promise<{ format: FileFormat; doc: PageDoc } | null> {
  switch (sniffBytes(bytes)) {
    case 'pdf': {
      const { readPdf } = await import('./pdf-browser');
      return { format: 'pdf', doc: await readPdf(bytes) };
    }
    case 'docx': {
      const { readDocx } = await import('./docx-browser');
      return { format: 'docx', doc: await readDocx(bytes) };
    }
    case 'ole2': throw new BatchFailure('unreadable-format', 'Word 97–2003 / WPS / Excel');
    case 'zip': throw new BatchFailure('attachment', 'zip');
    default: return null;
  }
}
