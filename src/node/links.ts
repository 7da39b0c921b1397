// The annual reports a listing page links to (a 政府信息公开年报 column, a search result page): the page's anchors read
// with cheerio, then the same choice (and the same cap) as the extension's batch tab (src/fetched/links.ts).
import { reportCandidates } from '../fetched/links';

export interface LinkOptions {
  /** follow links to other hosts too (default: the listing page's origin only) */
  anyHost: boolean;
}

/** absolute http(s) URLs of the report links on a page, in page order, each once — all of them: the caller caps */
export async function reportLinks(html: string, pageUrl: string, opts: LinkOptions): Promise<string[]> {
  // loaded here, when a run follows links: the CLI starts without it (its full build also loads parse5 and undici;
  // the slim one parses with htmlparser2 alone, as the options below asked of the full one)
  const { load } = await import('cheerio/slim');
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } });
  let base = pageUrl;
  try { base = new URL($('base[href]').attr('href') ?? pageUrl, pageUrl).href; } catch { /* a broken <base> is ignored */ }
  const anchors = $('a[href]').toArray().map((a) => ({ href: $(a).attr('href') ?? '', text: $(a).text(), title: $(a).attr('title') ?? null }));
  return reportCandidates(anchors, pageUrl, base, Infinity).filter((c) => opts.anyHost || c.sameOrigin).map((c) => c.href);
}
