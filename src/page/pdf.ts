// PLACEHOLDER until the "pdf" branch lands (its src/page/pdf.ts replaces this file on merge): text lines only, no
// tables. Same interface: collectPdfText walks an opened pdfjs document, pdfTextToDoc builds the page model.
import type { PageDoc, TextBlock } from './types';

export interface PdfTextItemLike { str: string; transform: number[] }
export interface PdfPageLike { getTextContent(): Promise<{ items: unknown[] }> }
export interface PdfDocumentLike { numPages: number; getPage(n: number): Promise<PdfPageLike> }
export interface PdfPageText { page: number; lines: string[] }

export async function collectPdfText(pdf: PdfDocumentLike, opts: { maxPages?: number } = {}): Promise<{ pages: PdfPageText[]; truncated?: string }> {
  const max = opts.maxPages ?? 200;
  const pages: PdfPageText[] = [];
  for (let n = 1; n <= Math.min(pdf.numPages, max); n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const lines = new Map<number, string[]>();
    for (const it of content.items as PdfTextItemLike[]) {
      if (typeof it.str !== 'string' || !it.transform) continue;
      const y = Math.round(it.transform[5]);
      lines.set(y, [...(lines.get(y) ?? []), it.str]);
    }
    pages.push({ page: n, lines: [...lines.entries()].sort((a, b) => b[0] - a[0]).map(([, s]) => s.join('')) });
  }
  return { pages, ...(pdf.numPages > max ? { truncated: `${max} pages` } : {}) };
}

export function pdfTextToDoc(pages: PdfPageText[], truncated?: string): PageDoc {
  const blocks: TextBlock[] = pages.flatMap((p) => p.lines.map((text, i) => ({ kind: 'text' as const, anchor: `p${p.page}.L${i}`, text })));
  return { title: blocks[0]?.text ?? '', meta: {}, blocks, ...(truncated ? { truncated } : {}) };
}
