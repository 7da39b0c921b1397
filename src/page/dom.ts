// Browser side of the page adapter: the live DOM into the shared walker. Reads only; never writes.
import { readHtml, type AnchorSink, type HtmlAdapter } from './html';
import type { PageDoc } from './types';

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

export const domAdapter: HtmlAdapter<Node> = {
  kind: (n) => (n.nodeType === ELEMENT ? 'element' : n.nodeType === TEXT || n.nodeType === CDATA ? 'text' : 'other'),
  tag: (n) => (n as Element).localName,
  children: (n) => n.childNodes,
  data: (n) => (n as CharacterData).data,
  attr: (n, name) => (n as Element).getAttribute(name) ?? undefined,
};

/** Read a document (or a frame's document) into the page model; `sink` learns which node each anchor names. */
export function readDocument(doc: Document, sink?: AnchorSink<Node>): PageDoc {
  return readHtml(domAdapter, doc as unknown as Node, sink);
}
