// The benchmark's corpus: 2,000 generated pages as government sites serve them — reports in every HTML shape
// (Word export, clean, flattened, split, full-width, layout tables, <pre>, placeholders) and one page in ten
// that is no report — each in its site chrome and about 100 KB. Written once into bench/corpus, then reused.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDoc, generateReport, HTML_SHAPES, makeRng, render } from '../../generator';
import { nonReportPage, type NonReportKind } from '../../generator/nonreport';

const NON_REPORTS: NonReportKind[] = ['listing', 'template-notice', 'budget', 'news', 'statistics'];
const TARGET_BYTES = 100 * 1024;

/** "相关文章": more of the links sidebars carry, until the page is about TARGET_BYTES */
function padded(html: string, seed: number): string {
  const rng = makeRng(seed).fork('related');
  const items: string[] = [];
  let size = Buffer.byteLength(html);
  while (size < TARGET_BYTES - 200) {
    const y = rng.int(2015, 2025);
    const item = `<li><a href="/xxgk/${y}/t${rng.int(1e6, 9e6)}.html" target="_blank">关于印发${y}年度第${rng.int(1, 40)}批重点工作任务清单的通知</a><span>${y}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}</span></li>\n`;
    items.push(item);
    size += Buffer.byteLength(item);
  }
  return items.length ? html.replace(/<\/body>/i, `<div class="related"><h3>相关文章</h3><ul>\n${items.join('')}</ul></div>\n</body>`) : html;
}

function page(i: number): { name: string; html: string } {
  const seed = 90_000 + i;
  if (i % 10 === 9) {
    const kind = NON_REPORTS[Math.floor(i / 10) % NON_REPORTS.length];
    return { name: `${String(i).padStart(4, '0')}-${kind}.html`, html: padded(nonReportPage(kind, seed), seed) };
  }
  const shape = HTML_SHAPES[i % HTML_SHAPES.length];
  return { name: `${String(i).padStart(4, '0')}-${shape}.html`, html: padded(render(buildDoc(generateReport(seed)), shape).content, seed) };
}

export interface Corpus { dir: string; files: number; bytes: number }

export function ensureCorpus(dir: string, count: number): Corpus {
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
  if (present.length !== count) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    process.stderr.write(`[bench] generating ${count} pages into ${dir}\n`);
    for (let i = 0; i < count; i++) {
      const { name, html } = page(i);
      writeFileSync(join(dir, name), html);
    }
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
  return { dir, files: files.length, bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0) };
}
