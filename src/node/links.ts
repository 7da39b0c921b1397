// The annual reports a listing page links to (a 政府信息公开年报 column, a search result page).
import { load } from 'cheerio';
// the same rule the extension's batch tab uses
import { looksLikeReportLink } from '../batch/candidates';

export interface LinkOptions {
  /** follow links to other hosts too (default: the listing page's origin only) */
  anyHost: boolean;
}

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
    if (looksLikeReportLink(words, url) && url.href !== pageUrl) out.add(url.href);
  });
  return [...out];
}
