// Which links on a listing page (a 政府信息公开年报 column, a search result page) look like annual reports.
// Pure, fed a page's anchors: the CLI's --follow-links reads them with cheerio (src/node/links.ts), the content script
// from the live page (src/content/links.ts).
import { MAX_CANDIDATES, type Candidate } from '../model/types';
import { collapseSpace } from '../text/normalize';

/** a link as the page has it */
export interface RawLink {
  href: string;
  text: string;
  title?: string | null;
}

export type { Candidate };

/** what a link to an annual report says in its text, title or address */
const REPORT = /年度报告|年报/;
/** menu entries such as "政府信息公开年报" name the column, not a report: a report link names its year */
const YEAR = /(?:19|20)\d{2}/;
/**
 * fewer links do not make a listing: an article's "previous / next" links often name reports too, and a single
 * link the user can just follow
 */
export const MIN_LISTING_LINKS = 3;
export { MAX_CANDIDATES };
const MAX_TEXT = 200;

const squash = (s: string) => collapseSpace(s).slice(0, MAX_TEXT);

const decoded = (s: string) => {
  try { return decodeURIComponent(s); } catch { return s; }
};

/** whether a link's words or address look like an annual report's */
export function looksLikeReportLink(words: string, url: URL): boolean {
  return (REPORT.test(words) && YEAR.test(words)) || REPORT.test(decoded(url.pathname));
}

/** the report links among a page's anchors, in page order, each address once, at most `max` */
export function reportCandidates(links: Iterable<RawLink>, pageUrl: string, baseUrl = pageUrl, max = MAX_CANDIDATES): Candidate[] {
  const page = new URL(pageUrl);
  page.hash = '';
  const out = new Map<string, Candidate>();
  for (const link of links) {
    let url: URL;
    try { url = new URL(link.href.trim(), baseUrl); } catch { continue; }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    if (url.href === page.href || out.has(url.href)) continue;
    const text = squash(link.text) || squash(link.title ?? '');
    if (!looksLikeReportLink(`${link.text} ${link.title ?? ''}`, url)) continue;
    out.set(url.href, { href: url.href, text, sameOrigin: url.origin === page.origin });
    if (out.size >= max) break;
  }
  return [...out.values()];
}
