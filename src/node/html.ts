// Node side of the page adapter: htmlparser2's parser events build a minimal tree (elements as {name, attribs,
// children}, text as plain strings; comments, doctypes and CDATA left out), which the shared walker (src/page/html.ts)
// reads through the same HtmlAdapter interface as the browser's DOM. The tree has domhandler's shape (the parser
// decides every implied open and close; this only follows its events), at a fraction of domhandler's and cheerio's
// cost: no parent/sibling links, no positions, no wrapper objects.
import { Parser } from 'htmlparser2';
import { readHtml, type HtmlAdapter } from '../page/html';
import { MAX_DEPTH } from '../page/limits';
import type { PageDoc } from '../page/types';

class El {
  readonly children: Array<El | string> = [];
  constructor(readonly name: string, readonly attribs: Record<string, string>) {}
}
type Node = El | string;

const NO_ATTRIBS: Record<string, string> = Object.freeze({}) as Record<string, string>;

export const eventAdapter: HtmlAdapter<Node> = {
  kind: (n) => (typeof n === 'string' ? 'text' : 'element'),
  tag: (n) => (n as El).name,
  children: (n) => (n as El).children,
  data: (n) => n as string,
  attr: (n, name) => (n as El).attribs[name],
};

/**
 * Elements open at once past which the parser is stopped: htmlparser2 spends time in proportion to its stack of open
 * elements on every tag, so thousands of unclosed tables (a 3 MB page of them took a minute) would make the parse
 * quadratic. The walker reads nothing below MAX_DEPTH anyway; what follows such nesting is left unread, and said.
 */
export const MAX_OPEN = MAX_DEPTH * 4;

export interface Tree { root: El; truncated?: string }

/** the document tree of an HTML string, built from htmlparser2's events (HTML mode, entities decoded) */
export function parseTree(html: string): El {
  return parseTreeCapped(html).root;
}

export function parseTreeCapped(html: string): Tree {
  const root = new El('#document', NO_ATTRIBS);
  const stack: El[] = [root];
  let top = root;
  let truncated: string | undefined;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (truncated) return;
      if (stack.length > MAX_OPEN) {
        truncated = `elements nested more than ${MAX_OPEN} deep: the rest of the page was not read`;
        parser.pause();
        return;
      }
      const el = new El(name, attribs);
      top.children.push(el);
      stack.push(el);
      top = el;
    },
    onclosetag() {
      if (truncated) return;
      if (stack.length > 1) stack.pop();
      top = stack[stack.length - 1];
    },
    ontext(data) {
      if (!truncated) top.children.push(data);
    },
  }, { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return { root, ...(truncated ? { truncated } : {}) };
}

export function readHtmlString(html: string): PageDoc {
  const { root, truncated } = parseTreeCapped(html);
  const doc = readHtml(eventAdapter, root);
  return truncated && !doc.truncated ? { ...doc, truncated } : doc;
}
