// The Node reader before src/node/html.ts: a cheerio (domhandler) document into the shared walker. Kept as the
// reference that test/node/reader-parity.test.ts compares the event reader with; readHtmlString is the event reader's.
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { readHtml, type HtmlAdapter } from '../page/html';
import type { PageDoc } from '../page/types';

const adapter: HtmlAdapter<AnyNode> = {
  kind: (n) => (n.type === 'text' ? 'text' : n.type === 'tag' || n.type === 'script' || n.type === 'style' ? 'element' : 'other'),
  tag: (n) => (n as Element).name.toLowerCase(),
  children: (n) => (n as Element).children ?? [],
  data: (n) => (n as { data: string }).data ?? '',
  attr: (n, name) => (n as Element).attribs?.[name],
};

export { readHtmlString } from './html';

export function readHtmlStringCheerio(html: string): PageDoc {
  // cheerio/slim always parses with htmlparser2 (about twice parse5's speed) and loads neither parse5 nor undici;
  // `xml: { xmlMode: false }` keeps it in HTML mode
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
  return readHtml(adapter, $.root()[0] as AnyNode);
}
