// A small government site on 127.0.0.1 for the CLI's URL tests: a listing page of annual reports whose links
// lead to broken reports from the fixtures, a 404, a page that is no report, a GBK page, a slow page, a PDF, a .docx and a .doc.
// It records every request (path, User-Agent, start time, requests under way) to check the crawler's manners.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run';

export interface Hit { path: string; userAgent: string; at: number; end: number; concurrent: number }

export interface Site {
  origin: string;
  hits: Hit[];
  close(): Promise<void>;
}

const fixture = (path: string) => readFileSync(join(ROOT, 'test/fixtures', path));

/** the reports the listing links to, in page order; `name` ends up in the link's address */
export const REPORT_LINKS = [
  'broken-balance.html', 'broken-row-total.html', 'broken-result-total.html', 'broken-missing-table4.html',
  'clean-thead-2022-consistent.html',
];

function listing(): string {
  const a = (href: string, text: string) => `<li><a href="${href}" title="${text}">${text}</a></li>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body>
<div class="nav"><a href="/xxgk/nb/">政府信息公开年报</a> <a href="/">首页</a></div>
<ul>
${REPORT_LINKS.map((name, i) => a(`/nb/${name}`, `某局${2023 - i}年政府信息公开工作年度报告`)).join('\n')}
${a('/nb/gone.html', '某局2018年政府信息公开工作年度报告')}
${a('/nb/news.html', '某局2017年度报告解读')}
${a('/nb/gbk.html', '武宁县人民政府2022年政府信息公开工作年度报告')}
${a('/nb/slow.html', '某局2016年政府信息公开工作年度报告')}
${a('/nb/report-2015.pdf', '某局2015年政府信息公开工作年度报告（PDF）')}
${a('/nb/report-2013.docx', '某局2013年政府信息公开工作年度报告（Word）')}
${a('/nb/report-2012.doc', '某局2012年政府信息公开工作年度报告（Word 97）')}
${a('/nb/%E5%B9%B4%E6%8A%A5-2014.html', '2014')}
${a('http://127.0.0.1:1/nb/other.html', '另一网站2023年政府信息公开工作年度报告')}
<li><a href="/news/1.html">2023年工作要点</a></li>
</ul></body></html>`;
}

export async function startSite(opts: { slowMs: number }): Promise<Site> {
  const hits: Hit[] = [];
  let underWay = 0;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    underWay++;
    const hit: Hit = { path, userAgent: req.headers['user-agent'] ?? '', at: Date.now(), end: 0, concurrent: underWay };
    hits.push(hit);
    res.on('close', () => { underWay--; hit.end = Date.now(); });
    const html = (body: Buffer | string, charset = 'utf-8') =>
      res.writeHead(200, { 'content-type': `text/html; charset=${charset}` }).end(body);
    const name = path.replace(/^\/nb\//, '');
    if (path === '/list.html') return html(listing());
    if (path === '/plain.html') return html('<html><head><title>通知公告</title></head><body><p>暂无内容</p></body></html>');
    if (REPORT_LINKS.includes(name)) return html(fixture(`html/${name}`));
    if (name === 'news.html') return html(fixture('nonreport/news-article.html'));
    if (name === 'gbk.html') return html(fixture('html/gbk-word-export.html'), 'gbk');
    // attachments: a PDF as PDF, a .docx as the octet-stream many servers send (read by its magic bytes)
    if (name === 'report-2015.pdf') return res.writeHead(200, { 'content-type': 'application/pdf' }).end(fixture('office/consistent-clean-2022.pdf'));
    if (name === 'report-2013.docx') return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(fixture('office/broken-balance.docx'));
    if (name === '年报-2014.html') return html(fixture('html/word-export-2023-consistent.html'));
    if (name === 'slow.html') {
      const timer = setTimeout(() => html(fixture('html/broken-balance.html')), opts.slowMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
