// Which files the popup offers to audit: the annual-report attachments a page links to (.pdf, .docx; legacy Office
// and WPS files listed with the reason they cannot be read), and the tab itself when it shows a PDF.
import type { Candidate } from '../fetched/links';
import { linkedKind } from '../fetched/format';

export interface FileOffer {
  href: string;
  /** the link's words (often the file name) */
  text: string;
  kind: 'pdf' | 'docx' | 'legacy';
}

/** a page linking more than this many report files is a listing: the batch tab is the place for it */
export const MAX_FILE_OFFERS = 8;

/** the report-like links that are files, in page order (the links come from the page's report-link rule) */
export function fileOffers(links: Candidate[]): FileOffer[] {
  const out: FileOffer[] = [];
  const seen = new Set<string>();
  for (const l of links) {
    const href = viewedFile(l.href) ?? l.href;
    const kind = linkedKind(href);
    if ((kind !== 'pdf' && kind !== 'docx' && kind !== 'legacy') || seen.has(href)) continue;
    seen.add(href);
    out.push({ href, text: l.text || fileName(href), kind });
    if (out.length >= MAX_FILE_OFFERS) break;
  }
  return out;
}

/**
 * The file a site's own PDF viewer link opens ("…/pdfjs/web/viewer.html?file=/upload/2024.pdf", as many government
 * sites link their attachments), resolved against the viewer's address; null for other links.
 */
export function viewedFile(href: string): string | null {
  let url: URL;
  try { url = new URL(href); } catch { return null; }
  const file = url.searchParams.get('file');
  if (!file || !/\.html?$/i.test(url.pathname)) return null;
  try {
    const inner = new URL(file, url);
    return (inner.protocol === 'http:' || inner.protocol === 'https:') && linkedKind(inner.href) === 'pdf' ? inner.href : null;
  } catch { return null; }
}

/** the last part of an address's path, decoded where it can be */
export function fileName(url: string): string {
  const last = new URL(url).pathname.split('/').pop() ?? '';
  try { return decodeURIComponent(last); } catch { return last; }
}

/** the tab shows a PDF by its address (Chromium's viewer runs no content script, so the address is what is known) */
export function pdfTab(url: string | undefined): boolean {
  if (!url) return false;
  let u: URL;
  try { u = new URL(url); } catch { return false; }
  return (u.protocol === 'http:' || u.protocol === 'https:') && linkedKind(u.href) === 'pdf';
}

/** the extension page that audits one file */
export const filePagePath = (url: string) => `/file.html?url=${encodeURIComponent(url)}`;
