import { describe, expect, it } from 'vitest';
import { readHtmlString } from '../../src/node/cheerio';
import { readText } from '../../src/page/text';
import type { TableBlock } from '../../src/page/types';

const tables = (html: string) => readHtmlString(html).blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (g: TableBlock) => g.rows.map((r) => r.map((c) => c.text));

describe('HTML tables', () => {
  it('expand rowspan and colspan into a grid, keeping one origin per cell', () => {
    const [t] = tables('<table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>1</td><td>2</td></tr></table>');
    expect(texts(t)).toEqual([['A', 'B', 'B'], ['A', '1', '2']]);
    expect(t.rows[1][0]).toMatchObject({ anchor: 't0.r0.c0', origin: false });
    expect(t.rows[1][2]).toMatchObject({ anchor: 't0.r1.c1', origin: true });
  });
  it('join paragraphs and spans inside a cell as Word exports write them', () => {
    const [t] = tables('<table><tr><td><p><span>商业</span></p><p><span>企</span><span>业</span></p></td><td><p><o:p> </o:p></p></td></tr></table>');
    expect(texts(t)).toEqual([['商业\n企业', '']]);
  });
  it('clamp absurd spans the way Chromium does', () => {
    const [t] = tables('<table><tr><td colspan="100000">x</td></tr><tr><td>1</td></tr></table>');
    expect(t.rows[0]).toHaveLength(1000);
  });
  it('treat a table holding tables as page layout and read its cells as content', () => {
    const doc = readHtmlString('<table><tr><td><p>一、总体情况</p><table><tr><td>a</td><td>1</td></tr></table></td></tr></table>');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['text', 'table']);
    expect((doc.blocks[1] as TableBlock).anchor).toBe('t1');
  });
  it('stop at the depth cap when tables nest without end (unclosed tables, found by fuzzing)', () => {
    const html = '<p>一、总体情况</p>' + '<table><tr><td>规章<td>1'.repeat(5000);
    const doc = readHtmlString(html);
    expect(doc.truncated).toBe('nesting too deep');
    expect(doc.blocks.length).toBeGreaterThan(0);
  });
  it('read tab text inside <pre> as a table', () => {
    const doc = readHtmlString('<pre>规章\t1\t0\t3\n行政规范性文件\t2\t0\t5</pre>');
    const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table')!;
    expect(texts(t)).toEqual([['规章', '1', '0', '3'], ['行政规范性文件', '2', '0', '5']]);
    expect(t.emptyIsLayout).toBe(true);
  });
  it('find <title> and <meta> wherever the CMS put them, first one winning', () => {
    const doc = readHtmlString('<html><head><title>A</title></head><body><div><meta name="PubDate" content="2024-01-17"><title>B</title></div></body></html>');
    expect(doc.title).toBe('A');
    expect(doc.meta.pubdate).toBe('2024-01-17');
  });
  it('skip scripts and styles', () => {
    const doc = readHtmlString('<p>正文</p><script>var x = "<p>不是正文</p>"</script><style>p{}</style>');
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : ''))).toEqual(['正文']);
  });
});

describe('text inputs', () => {
  it('read tab-separated lines as a table across a page-break blank line, empty fields as layout', () => {
    const doc = readText('标题\n规章\t0\t\t0\n\n行政强制\t0\n正文');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['text', 'table', 'text']);
    expect((doc.blocks[1] as TableBlock).rows).toHaveLength(2);
  });
  it('read markdown pipe tables with every field a cell, skipping rule lines', () => {
    const doc = readText('| a | | 1 |\n|---|---|---|\n| b | 2 | |');
    const t = doc.blocks[0] as TableBlock;
    expect(texts(t)).toEqual([['a', '', '1'], ['b', '2', '']]);
    expect(t.emptyIsLayout).toBe(false);
  });
  it('keep one-cell-per-line exports as lines for the flattened-table reader', () => {
    const doc = readText('\t规章\n\t0\n\n\t行政许可');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['text', 'text', 'text']);
  });
});
