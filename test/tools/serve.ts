// A local web server for the browser tests and the demo: serves the repository's test pages and sample pages
// on 127.0.0.1 (random port); Chromium maps every *.gov.cn name to it, so pages are seen under government hosts.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { decodeBytes } from '../../src/fetched/decode';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
/** only these folders are served */
const SERVED = ['test/fixtures/', 'test/e2e/pages/', 'assets/samples/'];

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.htm': 'text/html', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.txt': 'text/plain', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
};

export interface PageServer {
  port: number;
  /** the URL of a repository file under a *.gov.cn host */
  url(path: string, host?: string): string;
  /** serve `body` as an HTML page at `path` (from memory: the generated pathological pages); returns its URL */
  put(path: string, body: string, host?: string): string;
  /** serve a repository file's bytes as `type` at `path` (an address without a file extension, as download links are) */
  putFile(path: string, file: string, type: string, host?: string): string;
  close(): Promise<void>;
}

export async function startServer(): Promise<PageServer> {
  const generated = new Map<string, string>();
  const files = new Map<string, { file: string; type: string }>();
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    const body = generated.get(path);
    if (body !== undefined) { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body); return; }
    const file = files.get(path);
    if (file) { res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(await readFile(join(ROOT, file.file))); return; }
    if (!SERVED.some((p) => path.startsWith(p)) || path.includes('..')) { res.writeHead(404).end(); return; }
    try {
      const bytes = await readFile(join(ROOT, path));
      const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      // the charset the CLI reads the file with, so that browser and CLI see the same text
      // (GB18030-read pages labelled "gbk", as Chinese government servers label them)
      const encoding = decodeBytes(new Uint8Array(bytes)).encoding;
      const charset = type.startsWith('text/') ? `; charset=${encoding === 'gb18030' ? 'gbk' : encoding}` : '';
      res.writeHead(200, { 'content-type': type + charset, 'cache-control': 'no-store' }).end(bytes);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    port,
    url: (path, host = 'www.example.gov.cn') => `http://${host}/${path.replace(/^\/+/, '')}`,
    put(path, body, host = 'www.example.gov.cn') {
      const key = `generated/${path.replace(/^\/+/, '')}`;
      generated.set(key, body);
      return `http://${host}/${key}`;
    },
    putFile(path, file, type, host = 'www.example.gov.cn') {
      const key = `generated/${path.replace(/^\/+/, '')}`;
      files.set(key, { file, type });
      return `http://${host}/${key}`;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
