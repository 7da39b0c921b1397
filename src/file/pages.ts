// Page numbers of a file's findings and tables, from the anchors the PDF reader gives its blocks and cells
// ("p<page>…"). Pages read from HTML or Word have no page numbers: these return null there.
import type { Finding, ModelTable } from '../model/types';

const PAGE = /^p(\d+)(?![\d])/;

export function pageOfAnchor(anchor: string | null | undefined): number | null {
  const m = anchor ? PAGE.exec(anchor) : null;
  return m ? Number(m[1]) : null;
}

/** first and last page among anchors, or null when none carries a page */
export function pageSpan(anchors: Array<string | null | undefined>): [number, number] | null {
  const pages = anchors.map(pageOfAnchor).filter((p): p is number => p !== null);
  return pages.length ? [Math.min(...pages), Math.max(...pages)] : null;
}

export const findingPages = (f: Finding) => pageSpan([f.location.anchor, ...(f.location.cells ?? [])]);

export const tablePages = (t: ModelTable) =>
  pageSpan([...t.anchors, ...t.rows.flatMap((r) => [r.anchor, ...r.cells.map((c) => c.anchor)])]);
