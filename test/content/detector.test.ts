// The quick detector on its own (linkedom, a faked extension runtime): it asks for the auditor on a report page only,
// answers the popup's "links" itself, holds "audit anyway" until the auditor has audited, and stands down once the
// auditor takes over. The end-to-end path in Chromium is in test/e2e (pages, popup, hardening).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { HANDOFF, world } from '../../src/content/handoff';

type Listener = (msg: unknown, sender: unknown, answer: (reply: unknown) => void) => boolean | undefined;
const sent: unknown[] = [];
let listeners: Listener[] = [];
/** what the fake background does on 'inject' */
let onInject: () => unknown = () => true;

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: (msg: { type: string }) => {
        sent.push(msg);
        return Promise.resolve(msg.type === 'inject' ? onInject() : null);
      },
      onMessage: {
        addListener: (l: Listener) => { listeners.push(l); },
        removeListener: (l: Listener) => { listeners = listeners.filter((x) => x !== l); },
      },
    },
  },
}));

const { startDetector, quickVerdict } = await import('../../src/content/detector');

const REPORT = '<title>某县人民政府2023年政府信息公开工作年度报告</title><h1>2023年政府信息公开工作年度报告</h1><p>本报告……</p>';
/** a column's page: links to reports, no report wording of its own */
const LISTING = '<title>某县人民政府 年报栏目</title><h1>年报</h1>'
  + '<a href="/a/2023nb.html">2023年年报</a><a href="/a/2022nb.html">2022年年报</a><a href="/a/2021nb.html">2021年年报</a>';

const HREF = 'https://www.example.gov.cn/xxgk/1.html';

/** the frame's window as the detector uses it: its document (linkedom), address, top window and page events */
function pageWindow(body: string): Window {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`);
  for (const key of ['URL', 'baseURI']) Object.defineProperty(document, key, { value: HREF });
  class QuietObserver { observe() {} disconnect() {} } // linkedom has none; late content is the e2e tests' part
  vi.stubGlobal('MutationObserver', QuietObserver);
  const win = { document, location: { href: HREF }, addEventListener() {}, removeEventListener() {} } as unknown as Window & { top: unknown };
  win.top = win;
  return win;
}

/** the popup's message as the runtime delivers it: the reply of the listener that answered, if any */
function ask(msg: unknown): Promise<unknown> | undefined {
  let answer!: (v: unknown) => void;
  const reply = new Promise((r) => { answer = r; });
  const kept = listeners.map((l) => l(msg, {}, answer));
  return kept.some((k) => k === true) ? reply : undefined;
}
const settle = () => new Promise((r) => setTimeout(r, 0));

let stop: (() => void) | null = null;
afterEach(() => { stop?.(); stop = null; sent.length = 0; listeners = []; onInject = () => true; vi.unstubAllGlobals(); });

describe('the quick detector', () => {
  it('quickVerdict: a report is audited, other pages are not', () => {
    expect(quickVerdict(pageWindow(REPORT).document)).toBe('audit');
    expect(quickVerdict(pageWindow(LISTING).document)).toBe('no');
  });

  it('asks the background for the auditor on a report page, once, and sends no report of its own', async () => {
    stop = startDetector(pageWindow(REPORT));
    await settle();
    expect(sent).toEqual([{ type: 'inject' }]);
  });

  it('on another page asks for nothing, and answers "links" itself', async () => {
    stop = startDetector(pageWindow(LISTING));
    await settle();
    expect(sent).toEqual([]);
    let links: unknown;
    const kept = listeners.map((l) => l({ type: 'links' }, {}, (r) => { links = r; }));
    expect(kept).toEqual([undefined]); // answered at once, not held open
    expect(links).toMatchObject({ url: HREF, links: [{ href: 'https://www.example.gov.cn/a/2023nb.html', sameOrigin: true }, {}, {}] });
  });

  it('"audit anyway" waits for the auditor\'s first report; once the auditor took over, the detector stands down', async () => {
    const win = pageWindow('<title>首页</title><p>新闻</p>');
    const report = { url: 'x', result: {}, highlights: true, forced: true, at: 1 };
    // the background "injects the auditor": it takes over and answers the waiting request, as controller.ts does
    onInject = () => {
      const handoff = world()[HANDOFF]!;
      expect(handoff.force).toBe(true);
      handoff.takeOver!();
      for (const answer of handoff.waiting.splice(0)) answer(report as never);
      return true;
    };
    stop = startDetector(win);
    await settle();
    expect(sent).toEqual([]);
    await expect(ask({ type: 'audit', force: true })).resolves.toBe(report);
    expect(sent).toEqual([{ type: 'inject' }]);
    expect(listeners).toEqual([]); // the auditor answers from now on
  });

  it('an auditor that could not be injected (or did not start) leaves no request hanging, and may be asked again', async () => {
    stop = startDetector(pageWindow('<title>首页</title><p>新闻</p>'));
    onInject = () => false;
    await expect(ask({ type: 'audit', force: true })).resolves.toBeNull();
    onInject = () => true; // injected, but nothing took over
    await expect(ask({ type: 'audit', force: true })).resolves.toBeNull();
    expect(sent).toEqual([{ type: 'inject' }, { type: 'inject' }]);
  });

  it('ignores the messages only an auditor can answer', async () => {
    stop = startDetector(pageWindow('<title>首页</title><p>新闻</p>'));
    for (const msg of [{ type: 'reveal', index: 0, anchor: 't0' }, { type: 'capture' }, { type: 'highlights', visible: false }, { type: 'audit', force: false }, null, 'x']) {
      expect(ask(msg)).toBeUndefined();
    }
    expect(sent).toEqual([]);
  });
});
