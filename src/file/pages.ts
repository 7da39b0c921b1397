// Page numbers of a file's findings and tables, from the anchors the PDF reader gives its blocks and cells
// ("p<page>.…", src/page/anchor.ts). Pages read from HTML or Word have no page numbers: these return null there.
import type { Finding, ModelTable } from '../model/types';
import { pageOfAnchor } from '../page/anchor';

/** first and last page among anchors, or null when none carries a page */
export function pageSpan(anchors: Array<string | null | undefined>): [number, number] | null {
  const pages = anchors.map(pageOfAnchor).filter((p): p is number => p !== null);
  return pages.length ? [Math.min(...pages), Math.max(...pages)] : null;
}

export function findingPages(f: Finding): [number, number] | null {
  return pageSpan([f.location.anchor, ...(f.location.cells ?? [])]) ?? (f.location.page ? [f.location.page, f.location.page] : null);
}

export const tablePages = (t: ModelTable) =>
  pageSpan([...t.anchors, ...t.rows.flatMap((r) => [r.anchor, ...r.cells.map((c) => c.anchor)])]);
