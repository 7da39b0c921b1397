// The event reader (src/node/html.ts: htmlparser2's tokenizer events → minimal tree → the shared walker) gives the very PageDoc
// the cheerio reader gave (src/node/cheerio.ts, domhandler's tree), over every HTML fixture, the fuzz corpus, the
// generated page shapes, and mutated pages (broken markup, cut pages, hostile nesting).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtmlStringCheerio } from '../../src/node/cheerio';
import { decodeBytes } from '../../src/fetched/decode';
import { parseTree, readHtmlString, SkippingTokenizer } from '../../src/node/html';
import type { AnyNode, Element, Text } from 'domhandler';
import { parseDocument, Tokenizer } from 'htmlparser2';
import { loadCorpus, realPage, type Base } from '../fuzz/corpus';
import { generatedPage } from '../fuzz/generated';
import { mutate, mutation } from '../fuzz/mutations';
import { tokenize } from '../fuzz/tokens';
import { ROOT, goldenSources } from '../golden/golden';
import { READ_ATTRIBUTES } from '../../src/page/html';

const RUNS = Number(process.env.PARITY_RUNS ?? 300);
const same = (html: string) => expect(readHtmlString(html)).toEqual(readHtmlStringCheerio(html));

describe('event reader = cheerio reader', () => {
  const html = goldenSources().filter((p) => /\.html?$/i.test(p));
  it.each(html)('%s', (path) => {
    same(decodeBytes(new Uint8Array(readFileSync(join(ROOT, path)))).text);
  });

  it('markup the parser has to repair: implied ends, stray ends, void elements, comments, CDATA, entities, cut tags', () => {
    for (const s of [
      '', 'plain text', '<p>a<p>b<div>c</p>d</div>', '</br></p><table><tr><td>1<td>2<tr><td rowspan=2>3</table>',
      '<table><td>x</td></table>', '<p>a<!-- c -->b<![CDATA[x]]>c&amp;d&nbsp;e&#x4e00;&bogus;</p>', '<ul><li>a<li>b</ul>',
      '<title>T&amp;T</title><meta name="Keywords" CONTENT="x"><meta name="keywords" content="y">', '<div class="a',
      '<TABLE><TR><TD COLSPAN="2">A</TD></TR></TABLE>', '<svg><title>s</title></svg><math><mi>x</mi></math>',
      '<script>if (a < b) document.write("<table>")</script><style>p{}</style><table><tr><th>h</th></tr></table>',
      '<pre>a\tb\n1\t2</pre>', '<td>1</td><tr><td>2</td></tr>', '<select><option>1<option>2</select><br/>x<br>y',
      `${'<div>'.repeat(600)}deep${'</div>'.repeat(600)}`, `${'<table><tr><td>'.repeat(300)}x`,
    ]) same(s);
  });

  it('the fuzz corpus and the real page', () => {
    for (const b of [...loadCorpus(), realPage()]) if (b.kind === 'html') same(b.content);
  });

  it(`${RUNS} generated and mutated pages`, () => {
    const bases = [...loadCorpus(), realPage()].filter((b) => b.kind === 'html').map((b) => ({ b, tokens: tokenize('html', b.content) }));
    const page = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...bases) },
      { weight: 1, arbitrary: generatedPage.filter((b: Base) => b.kind === 'html').map((b) => ({ b, tokens: tokenize('html', b.content) })) },
    );
    fc.assert(fc.property(page, fc.array(mutation, { minLength: 0, maxLength: 8 }), fc.option(fc.nat(), { freq: 4 }),
      ({ tokens }, mutations, cut) => { same(mutate(tokens, mutations, cut)); }), { numRuns: RUNS });
  }, 600_000);
});

describe('the event reader stops past its nesting cap', () => {
  it('thousands of unclosed tables: the parser is stopped at MAX_OPEN open elements and the page says so', async () => {
    const { parseTreeCapped, MAX_OPEN } = await import('../../src/node/html');
    const html = `<title>某局2023年政府信息公开工作年度报告</title><p>前言</p>${'<table><tr><td>1'.repeat(5_000)}`;
    const { root, truncated } = parseTreeCapped(html);
    expect(truncated).toMatch(/nested more than \d+ deep/);
    let depth = 0;
    for (let n: unknown = root; n && typeof n !== 'string'; n = (n as { children: unknown[] }).children.at(-1)) depth++;
    expect(depth).toBeLessThanOrEqual(MAX_OPEN + 1);
    expect(depth).toBeGreaterThan(MAX_OPEN - 4);
    // what came before the nesting is read as usual
    const { readHtmlString } = await import('../../src/node/html');
    const doc = readHtmlString(html);
    expect(doc.truncated).toBeDefined();
    expect(doc.blocks.some((b) => b.kind === 'text' && b.text === '前言')).toBe(true);
  });
});

/** markup the tree rules and the tokenizer have to get right, to be joined at random */
const PIECES = [
  '<p>', '</p>', '<P class="a">', '<div>', '</div>', '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th>',
  '<tbody>', '<thead>', '<tfoot>', '</tbody>', '<li>', '<ul>', '</ul>', '<dd>', '<dt>', '<h2>', '</h2>', '<br>', '</br>',
  '<br/>', '<img src=a.png>', '</img>', '<hr>', '<input value="1">', '<select>', '<option>', '<optgroup>', '<textarea>',
  '</textarea>', '<button>', '<svg>', '</svg>', '<math>', '</math>', '<mi>', '</mi>', '<title>', '</title>', '<desc>',
  '<path d="M0"/>', '<g/>', '<div/>', '<span>', '</span>', '<script>', '</script>', '<style>', '</style>', '<xmp>',
  '</xmp>', '<tmp>', '<xitle>', '<scr', '<a href="x?a=1&amp;b=2&copy=3">', '<td colspan=2 rowspan="3">', '<td COLSPAN=\'2\'>',
  '<meta name="Keywords" content="x">', '<meta name="keywords" content="y">', '<div id=a id=b>', '<div a =b c= d e>',
  '<!-- c -->', '<!--->', '<!-->', '<!doctype html>', '<!x>', '<![CDATA[x]]>', '<?xml x?>', '</ >', '</>', '</3>', '<3',
  '< p>', '<', '>', '&amp;', '&amp', '&nbsp;', '&#x4e00;', '&#20013;', '&bogus;', '&notit;', '&', '"', "'", '/', '=',
  ' ', '\n', '\t', 'x', '年报', '1', '</body>', '<body>', '<head>', '<link>', '<html>', '</html>', '<rt>', '<rp>', '<form>',
  '<tr/>', '<td/>', '<table/>', '<p/>', '<a', ' b="c"', '</a', '<div class="a', '<!--', '<![CDATA[', '<!', '<?', '</d',
  '&noti', '&notin', '&#x', '&#', '&#12', '&ampx', '&amp=', '</tit', '</title', '<title x="&amp">', '<a b=&amp;c d=&lt>',
  '<a b="&noti" c=\'&amp\'>', '<td class="a&amp;b" colspan=&#50;>', '<meta name=x content="&noti">',
  '<div id=&amp style=\'&lt\'>', '<script/>', '<TITLE>', '</SCRIPT >', '<xmp/>', '\x1c', '\x0f',
  // names with other than ASCII letters, which lower-case to names the tree rules know (the Kelvin sign is a k)
  '<lin\u212a>', '</LIN\u212a>', '<lin\u212a/>', '<bloc\u212aquote>', '</bloc\u212aquote>', '<blockquote>', '</blockquote>',
];

/**
 * pages that end inside a `</…`, `<!…` or `<?…` holding an entity: the tokenizer hands the rest over as text, as
 * written, whatever white space (of the kinds it skips between `</` and a name) stands after the `</`
 */
const CUT_SHORT = ['</&amp;', '</ &amp;x', '</\n&amp;', 'a</\t\r\f&lt;b', '</ \n&amp;', '<!&amp;', '<?&amp;'];

/** `check` on generated markup soup, and on the fuzz corpus, the real page and the HTML fixtures */
function onMarkup(check: (html: string) => void): void {
  it('on generated markup soup', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => { check(pieces.join('')); }),
      { numRuns: RUNS * 20 });
  }, 600_000);
  it('on the fuzz corpus, the real page and the HTML fixtures', () => {
    for (const html of CUT_SHORT) check(html);
    for (const b of [...loadCorpus(), realPage()]) if (b.kind === 'html') check(b.content);
    for (const path of goldenSources().filter((p) => /\.html?$/i.test(p))) check(decodeBytes(new Uint8Array(readFileSync(join(ROOT, path)))).text);
  });
}

describe('the event tree is the tree htmlparser2 builds', () => {
  // domhandler's document (htmlparser2's Parser) and the event tree in one shape: elements with their attributes,
  // text merged where nothing but a comment or doctype stood between
  type Shape = string | { name: string; attrs: Record<string, string>; children: Shape[] };
  const merged = (kids: Shape[]): Shape[] => kids.reduce<Shape[]>((out, k) => {
    if (typeof k === 'string' && typeof out.at(-1) === 'string') out[out.length - 1] += k;
    else out.push(k);
    return out;
  }, []);
  const fromDom = (n: AnyNode): Shape | null => {
    if (n.type === 'text') return (n as Text).data;
    if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') return null;
    const el = n as Element;
    // the event tree keeps the attributes the walker reads, and only those
    const attrs = Object.fromEntries(Object.entries(el.attribs).filter(([name]) => (READ_ATTRIBUTES as readonly string[]).includes(name)));
    return { name: el.name, attrs, children: merged(el.children.map(fromDom).filter((k): k is Shape => k !== null)) };
  };
  const fromEvents = (n: unknown): Shape => {
    if (typeof n === 'string') return n;
    const el = n as { name: string; attrs: string[]; children: unknown[] };
    const attrs: Record<string, string> = {};
    for (let i = 0; i < el.attrs.length; i += 2) attrs[el.attrs[i]] = el.attrs[i + 1];
    return { name: el.name, attrs, children: el.children.map(fromEvents) };
  };
  const sameTree = (html: string) => {
    const expected = merged(parseDocument(html, { decodeEntities: true }).children.map(fromDom).filter((k): k is Shape => k !== null));
    expect((fromEvents(parseTree(html)) as { children: Shape[] }).children, JSON.stringify(html)).toEqual(expected);
  };
  onMarkup(sameTree);
});

describe('the skipping tokenizer is htmlparser2\'s tokenizer', () => {
  // every event with its offsets, as each of the two tokenizers reports them (entities not decoded, as the reader runs it)
  const EVENTS = ['onattribdata', 'onattribentity', 'onattribend', 'onattribname', 'oncdata', 'onclosetag', 'oncomment',
    'ondeclaration', 'onend', 'onopentagend', 'onopentagname', 'onprocessinginstruction', 'onselfclosingtag', 'ontext',
    'ontextentity'] as const;
  const events = (Kind: typeof Tokenizer, html: string, cut: number): string[] => {
    const log: string[] = [];
    const callbacks = Object.fromEntries(EVENTS.map((e) => [e, (...at: number[]) => { log.push(`${e} ${at.join(',')}`); }]));
    const tokenizer = new Kind({ xmlMode: false, decodeEntities: false }, callbacks as unknown as ConstructorParameters<typeof Tokenizer>[1]);
    tokenizer.write(html.slice(0, cut));
    tokenizer.write(html.slice(cut));
    tokenizer.end();
    return log;
  };
  // written at once (as the reader does) and in two pieces (offsets into the second piece)
  const sameEvents = (html: string) => {
    for (const cut of [html.length, html.length >> 1]) {
      expect(events(SkippingTokenizer, html, cut), `${JSON.stringify(html)} cut at ${cut}`).toEqual(events(Tokenizer, html, cut));
    }
  };

  onMarkup(sameEvents);
});
