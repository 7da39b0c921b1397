// The annual reports a listing page links to (a 政府信息公开年报 column, a search result page).
import { load } from 'cheerio';

/** what a link to an annual report says in its text, title or address */
const REPORT = /年度报告|年报/;
/** menu entries such as "政府信息公开年报" name the column, not a report: a report link names its year */
const YEAR = /(?:19|20)\d{2}/;

export interface LinkOptions {
  /** follow links to other hosts too (default: the listing page's origin only) */
  anyHost: boolean;
}

const decoded = (s: string) => {
  try { return decodeURIComponent(s); } catch { return s; }
};

/** absolute http(s) URLs of the report links on a page, in page order, each once */
export function reportLinks(html: string, pageUrl: string, opts: LinkOptions): string[] {
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const base = new URL($('base[href]').attr('href') ?? pageUrl, pageUrl);
  const origin = new URL(pageUrl).origin;
  const out = new Set<string>();
  $('a[href]').each((_, a) => {
    const href = $(a).attr('href')!.trim();
    let url: URL;
    try { url = new URL(href, base); } catch { return; }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (!opts.anyHost && url.origin !== origin) return;
    url.hash = '';
    const words = `${$(a).text()} ${$(a).attr('title') ?? ''}`;
    const path = decoded(url.pathname);
    const looksLikeReport = (REPORT.test(words) && YEAR.test(words)) || REPORT.test(path);
    if (looksLikeReport && url.href !== pageUrl) out.add(url.href);
  });
  return [...out];
}
