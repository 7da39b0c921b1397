// Pathological pages, built on demand (the large ones are megabytes): absurd spans, huge and deep tables,
// many tables, frames in frames. Shared by the Node tests and the real-browser comparison.
import { readFileSync } from 'node:fs';

const REAL = readFileSync(new URL('../fixtures/real/shuyang-fgj-2023.html', import.meta.url), 'utf8');
const TITLE = '某某局2023年政府信息公开工作年度报告';

const page = (body: string, title = TITLE) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

const valueRow = (label: string, n: number) => `<tr><td>${label}</td>${'<td>0</td>'.repeat(n)}</tr>`;

/** the real report with `extra` added at the end of its body */
const realWith = (extra: string) => REAL.replace('</body>', `${extra}</body>`);

export const PATHOLOGICAL = {
  'colspan-100000': () => page(`<table><tr><td colspan="100000">申请人情况</td></tr>${valueRow('自然人', 7)}</table>`),
  'rowspan-65535': () => page(`<table><tr><td rowspan="65535">三、本年度办理结果</td><td>（一）予以公开</td><td>1</td></tr>`
    + '<tr><td>（二）部分公开</td><td>2</td></tr><tr><td>（七）总计</td><td>3</td></tr></table>'),
  'colspan-and-rowspan': () => page('<table><tr><td colspan="100000" rowspan="65535">x</td><td>a</td></tr><tr><td>b</td></tr>'
    + '<tr><td colspan="1001">c</td><td colspan="0">d</td><td rowspan="-5">e</td></tr></table>'),
  /** the real report with a 10,000-row table after it */
  'rows-10000': () => realWith(`<table>${Array.from({ length: 10_000 }, (_, i) => valueRow(`第${i + 1}行`, 7)).join('')}</table>`),
  /** the real report followed by 5 MB of paragraphs: more blocks than the cap */
  'page-5mb': () => realWith(Array.from({ length: 70_000 }, (_, i) => `<p>第${i}段：这一段是填充文字，用来把页面撑到五兆字节。</p>`).join('\n')),
  /** 5 MB in one paragraph: more text than a block keeps */
  'paragraph-5mb': () => realWith(`<p>${'长文'.repeat(900_000)}</p>`),
  /** the real report's body inside tables nested 50 deep */
  'nested-50': () => REAL.replace(/<body[^>]*>/, (b) => b + '<table><tr><td>'.repeat(50))
    .replace('</body>', `${'</td></tr></table>'.repeat(50)}</body>`),
  'tables-1000': () => realWith(Array.from({ length: 1000 }, (_, i) => `<table><tr><td>表${i}</td><td>${i}</td></tr></table>`).join('')),
  'tables-3000': () => page(Array.from({ length: 3000 }, (_, i) => `<table><tr><td>表${i}</td><td>${i}</td></tr></table>`).join('')),
  /** the report two frames down: a page shows it, but it is not the page's own content */
  'iframe-in-iframe': () => page(`<iframe srcdoc="${attr(`<iframe srcdoc="${attr(REAL)}"></iframe>`)}"></iframe>`, '附件'),
} satisfies Record<string, () => string>;

export type PathologicalName = keyof typeof PATHOLOGICAL;

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
