// Second hardening round, the CLI: page text and server text cannot drive the terminal; downloads are capped while
// they stream; redirects obey --follow-links' host rule; an unreadable directory is a row, not a crash; timers hold
// the values they are given. Every server here listens on 127.0.0.1 only and stops by itself.
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCommand, UsageError } from '../../src/cli/args';
import { visible, visibleLine } from '../../src/cli/terminal';
import { MAX_INPUT_BYTES, readCapped, TooLarge } from '../../src/fetched/capped';
import { jsonLines, ROOT, runCli, tempDir } from '../cli/run';

const ESC = '\u001b';
const consistent = readFileSync(join(ROOT, 'test/fixtures/html/word-export-2023-consistent.html'), 'utf8');

/** the consistent fixture with `agency` wherever it names its agency (title, heading, metadata) */
const withAgency = (agency: string): string => consistent.replaceAll('武宁县医疗保障局', agency);

describe('terminal escapes', () => {
  it('visible() writes controls and bidi overrides as escapes and keeps newlines, visibleLine() newlines too', () => {
    expect(visible(`a${ESC}[2Jb\u0007c\u009bd\u202ee\nf`)).toBe('a\\x1b[2Jb\\x07c\\x9bd\\u202ee\nf');
    expect(visibleLine('a\nb\tc')).toBe('a\\nb\\x09c');
    expect(visible('沭阳县发展和改革局 — 2023')).toBe('沭阳县发展和改革局 — 2023');
  });

  it('an agency holding escape sequences cannot clear the screen or retitle the window in --format table; JSON stays exact', async () => {
    const dir = tempDir();
    // as a page writes them: numeric character references and raw bytes
    const file = join(dir, `report${ESC}[31m.html`);
    writeFileSync(file, withAgency(`某局&#27;[2J&#27;]0;pwned&#7;${ESC}[32m\u202e`));
    const table = await runCli(['audit', '--lang', 'en', file]);
    expect(table.stdout).not.toContain(ESC);
    expect(table.stdout).not.toContain('\u0007');
    expect(table.stdout).not.toContain('\u202e');
    expect(table.stdout).toContain('\\x1b[2J');
    expect(table.stdout).toContain('report\\x1b[31m.html');
    const json = await runCli(['audit', '--format', 'jsonl', file]);
    const [object] = jsonLines(json.stdout);
    expect(object.source).toBe(file);
    expect(object.agency ?? object.title).toContain(`${ESC}[2J`);
  });

  it('an HTTP reason phrase with escapes is made visible on stderr', async () => {
    // node:http will not write such a status line; a raw socket will, as a hostile server does
    const server = createNetServer((socket) => {
      socket.once('data', () => socket.end(`HTTP/1.1 500 Oops${ESC}]0;owned\u0007${ESC}[2J\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    try {
      const run = await runCli(['audit', '--format', 'jsonl', `http://127.0.0.1:${(server.address() as { port: number }).port}/r.html`]);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toContain(ESC);
      expect(run.stderr).toContain('Oops\\x1b]0;owned');
    } finally {
      server.close();
    }
  });
});

describe('downloads capped while they stream', () => {
  it('readCapped stops at the cap and says so', async () => {
    async function* endless() { for (;;) yield new Uint8Array(1024); }
    await expect(readCapped(endless(), 10_000)).rejects.toBeInstanceOf(TooLarge);
    await expect(readCapped(endless(), 10_000)).rejects.toThrow(/larger than/);
    const stream = new ReadableStream<Uint8Array>({ pull(c) { c.enqueue(new Uint8Array(4096)); } });
    await expect(readCapped(stream, 50_000)).rejects.toBeInstanceOf(TooLarge);
    expect((await readCapped((async function* () { yield new Uint8Array([1, 2]); yield new Uint8Array([3]); })(), 3))).toEqual(new Uint8Array([1, 2, 3]));
  });

  let server: Server;
  let origin: string;
  const sent = { chunked: 0, done: false };
  // 1 KiB of gzip that inflates to 200 MB? gzip caps its ratio near 1000:1, so: 80 MB of zeros in ≈ 80 KB
  const bomb = gzipSync(Buffer.alloc(MAX_INPUT_BYTES + 16 * 1024 * 1024), { level: 9 });
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/chunked.html') {
        // an endless chunked body of HTML, bounded here at 512 MB so the test can never run away
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const chunk = Buffer.alloc(256 * 1024, 'a');
        const more = () => {
          while (sent.chunked < 512 * 1024 * 1024) {
            sent.chunked += chunk.length;
            if (!res.write(chunk)) { res.once('drain', more); return; }
          }
          sent.done = true;
          res.end();
        };
        res.on('close', () => res.removeAllListeners('drain'));
        more();
        return;
      }
      if (req.url === '/bomb.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': bomb.length });
        res.end(bomb);
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => { server.closeAllConnections(); server.close(); });

  it('a chunked response without end stops at the cap: "page larger than 64 MB", the transfer cut short', async () => {
    const run = await runCli(['audit', '--format', 'jsonl', '--jobs', '1', `${origin}/chunked.html`]);
    expect(run.code).toBe(2);
    const [row] = jsonLines(run.stdout);
    expect(row.error).toBe('page larger than 64 MB (the most that is read)');
    expect(sent.done).toBe(false);
    expect(sent.chunked).toBeLessThan(256 * 1024 * 1024);
  });

  it('a gzip bomb is counted after inflating and stops at the cap, not at the end of memory', async () => {
    const run = await runCli(['audit', '--format', 'jsonl', '--jobs', '1', `${origin}/bomb.html`]);
    expect(run.code).toBe(2);
    expect(jsonLines(run.stdout)[0].error).toBe('page larger than 64 MB (the most that is read)');
  });

  it('standard input has the same cap', async () => {
    const run = await runCli(['audit', '--format', 'jsonl', '-'], { input: Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61) });
    expect(run.code).toBe(2);
    expect(jsonLines(run.stdout)[0].error).toBe('standard input larger than 64 MB (the most that is read)');
  });
});

describe('redirects under --follow-links', () => {
  let listingSite: Server;
  let otherSite: Server;
  let origin: string;
  let other: string;
  const otherHits: string[] = [];
  beforeAll(async () => {
    otherSite = createServer((req, res) => { otherHits.push(req.url ?? ''); res.writeHead(200, { 'content-type': 'text/html' }).end(consistent); });
    await new Promise<void>((ok) => otherSite.listen(0, '127.0.0.1', ok));
    other = `http://127.0.0.1:${(otherSite.address() as { port: number }).port}`;
    listingSite = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/list.html') {
        const links = ['/away.html', '/moved.html', '/loop/0.html'].map((h, i) => `<a href="${h}">某局${2023 - i}年政府信息公开工作年度报告</a>`);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><head><title>年报</title></head><body>${links.join('')}</body></html>`);
      } else if (url === '/many.html') {
        const links = Array.from({ length: 520 }, (_, i) => `<a href="/gone/${i}.html">某局${i}号2023年政府信息公开工作年度报告</a>`);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><head><title>年报</title></head><body>${links.join('')}</body></html>`);
      } else if (url === '/away.html') {
        res.writeHead(302, { location: `${other}/stolen.html` }).end();
      } else if (url === '/moved.html') {
        res.writeHead(301, { location: '/nb/2023.html' }).end();
      } else if (url === '/nb/2023.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(consistent);
      } else if (url.startsWith('/loop/')) {
        const n = Number(/\d+/.exec(url)![0]);
        res.writeHead(302, { location: `/loop/${n + 1}.html` }).end();
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((ok) => listingSite.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(listingSite.address() as { port: number }).port}`;
  });
  afterAll(() => {
    for (const s of [listingSite, otherSite]) { s.closeAllConnections(); s.close(); }
  });

  it('a link redirecting to another site is not fetched there; a same-site redirect reports the final URL; redirect loops stop after 5', async () => {
    const run = await runCli(['audit', '--format', 'jsonl', '--follow-links', '--delay', '0', `${origin}/list.html`]);
    const rows = jsonLines(run.stdout).filter((o) => !('kind' in o));
    expect(rows).toHaveLength(3);
    expect(rows[0].source).toBe(`${origin}/away.html`);
    expect(rows[0].error).toMatch(/redirected to another site \(127\.0\.0\.1:\d+\), not followed/);
    expect(otherHits).toEqual([]);
    expect(rows[1].source).toBe(`${origin}/nb/2023.html`);
    expect(rows[1].isReport).toBe(true);
    expect(rows[2].error).toMatch(/more than 5 redirects/);
  });

  it('with --any-host the other site is followed', async () => {
    const run = await runCli(['audit', '--format', 'jsonl', '--follow-links', '--any-host', '--delay', '0', `${origin}/list.html`]);
    const rows = jsonLines(run.stdout).filter((o) => !('kind' in o));
    expect(rows[0].source).toBe(`${other}/stolen.html`);
    expect(otherHits).toEqual(['/stolen.html']);
  });

  it('followed links are capped at 500, and the run says the cap cut the list', async () => {
    const run = await runCli(['audit', '--format', 'jsonl', '--follow-links', '--delay', '0', `${origin}/many.html`]);
    expect(jsonLines(run.stdout)).toHaveLength(500);
    expect(run.stderr).toContain('520 report links, only the first 500 are audited');
  }, 240_000);
});

describe('unreadable directories and timer limits', () => {
  it('a directory that cannot be read is an error row with exit 2, and the other inputs are still audited', async () => {
    vi.resetModules();
    vi.doMock('node:fs/promises', async (original) => {
      const fs = await original<typeof import('node:fs/promises')>();
      return {
        ...fs,
        readdir: (async (path: string, opts?: unknown) => {
          if (String(path).endsWith('locked')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
          return (fs.readdir as (p: string, o?: unknown) => Promise<unknown>)(path, opts);
        }) as typeof fs.readdir,
      };
    });
    const { expandInputs } = await import('../../src/node/load');
    const dir = tempDir();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'a-locked'));
    writeFileSync(join(dir, 'b.html'), consistent);
    expect(await expandInputs([dir])).toEqual([{ path: join(dir, 'a-locked'), problem: 'directory could not be read: permission denied' }, join(dir, 'b.html')]);
    vi.doUnmock('node:fs/promises');
  });

  it('the CLI turns it into a row (exit 2) when run as a user who may not read it', async () => {
    if (process.getuid?.() !== 0) {
      const dir = tempDir();
      const { chmodSync, mkdirSync } = await import('node:fs');
      mkdirSync(join(dir, 'locked'));
      chmodSync(join(dir, 'locked'), 0o000);
      writeFileSync(join(dir, 'b.html'), consistent);
      const run = await runCli(['audit', '--format', 'jsonl', dir]);
      expect(run.code).toBe(2);
      const rows = jsonLines(run.stdout);
      expect(rows[0]).toMatchObject({ source: join(dir, 'locked'), error: 'directory could not be read: permission denied' });
      expect(rows[1].isReport).toBe(true);
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('--timeout and --delay reject values Node timers cannot hold', () => {
    expect(() => parseCommand(['audit', '--timeout', String(2 ** 31), 'x'])).toThrow(UsageError);
    expect(() => parseCommand(['audit', '--delay', '1e12', 'x'])).toThrow(UsageError);
    expect(parseCommand(['audit', '--timeout', String(2 ** 31 - 1), 'x'])).toMatchObject({ web: { timeoutMs: 2 ** 31 - 1 } });
  });
});
