// Browser and CLI build the same page model: the walker runs in headless Chromium over the live DOM (Chromium's
// parser, Chromium's span clamping) and in Node over cheerio's tree, and the two PageDocs must be identical.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHtmlString } from '../../src/node/cheerio';
import { MAX_COLSPAN, MAX_ROWSPAN } from '../../src/page/limits';
import type { PageDoc } from '../../src/page/types';
import { PATHOLOGICAL, type PathologicalName } from './pages';

const DOM_WALKER = new URL('../../src/page/dom.ts', import.meta.url).pathname;

let browser: Browser;
let page: Page;
let walker: string;
let server: Server;
let origin: string;
const served = new Map<string, string>();

beforeAll(async () => {
  const bundle = await build({ entryPoints: [DOM_WALKER], bundle: true, format: 'iife', globalName: '__walker', write: false, platform: 'browser', target: 'chrome120' });
  walker = bundle.outputFiles[0].text;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage();
  // pages are served over HTTP from memory, so Chromium parses them as it parses a site's (a routed response
  // crosses the DevTools protocol and takes seconds for the megabyte pages)
  server = createServer((req, res) => {
    const body = served.get(req.url ?? '');
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** the page model Chromium's DOM gives for this HTML */
async function inChromium(name: string, html: string): Promise<PageDoc> {
  served.set(`/${name}.html`, html);
  await page.goto(`${origin}/${name}.html`, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: walker });
  // as one JSON string: Playwright's object serialisation is slow for megabytes of model
  const json = await page.evaluate(() => JSON.stringify((window as unknown as { __walker: { readDocument(d: Document): PageDoc } }).__walker.readDocument(document)));
  served.delete(`/${name}.html`);
  return JSON.parse(json) as PageDoc;
}

const NAMES = Object.keys(PATHOLOGICAL) as PathologicalName[];

describe('Chromium and Node read pathological pages into the same PageDoc', () => {
  it.each(NAMES)('%s', async (name) => {
    const html = PATHOLOGICAL[name]();
    const browserDoc = await inChromium(name, html);
    const nodeDoc = readHtmlString(html);
    expect(browserDoc.truncated).toEqual(nodeDoc.truncated);
    // compared as JSON first (megabytes of model); the deep diff only to show where they part
    if (JSON.stringify(browserDoc) !== JSON.stringify(nodeDoc)) expect(browserDoc).toEqual(nodeDoc);
  });

  it('the walker\'s span caps are Chromium\'s own clamps (colspan 1000, rowspan 65534)', async () => {
    await inChromium('colspan-100000', PATHOLOGICAL['colspan-100000']());
    const cells = await page.evaluate(() => {
      const td = document.querySelector('td')!;
      td.setAttribute('rowspan', '65535');
      return { colSpan: td.colSpan, rowSpan: td.rowSpan };
    });
    expect(cells).toEqual({ colSpan: MAX_COLSPAN, rowSpan: MAX_ROWSPAN });
  });
});
