// The content script's small parts, on stand-in documents: the report links of a listing, the size gate, the watch.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkCandidates } from '../../src/content/links';
import { tooLargeToAudit } from '../../src/content/page-size';
import { watchMutations } from '../../src/content/watch';
import { AUTO_AUDIT_MAX_ELEMENTS, AUTO_AUDIT_MAX_TEXT } from '../../src/page/limits';

const anchor = (href: string, text: string, title: string | null = null) =>
  ({ getAttribute: (n: string) => (n === 'href' ? href : n === 'title' ? title : null), textContent: text });

describe('report links of the live page', () => {
  it('reads the anchors as written, resolves them against the base, and keeps the report ones', () => {
    const doc = {
      URL: 'https://www.a.gov.cn/xxgk/nb/index.html', baseURI: 'https://www.a.gov.cn/xxgk/nb/',
      querySelectorAll: () => [
        anchor('2023.html', '2023年政府信息公开工作年度报告'), anchor('news.html', '工作动态'),
        anchor('https://other.gov.cn/2022.html', '2022年度报告'), anchor('#top', '返回顶部'),
      ],
    } as unknown as Document;
    expect(linkCandidates(doc)).toEqual([
      { href: 'https://www.a.gov.cn/xxgk/nb/2023.html', text: '2023年政府信息公开工作年度报告', sameOrigin: true },
      { href: 'https://other.gov.cn/2022.html', text: '2022年度报告', sameOrigin: false },
    ]);
  });
});

describe('size gate', () => {
  const page = (elements: number, text: number) =>
    ({ getElementsByTagName: () => ({ length: elements }), body: { textContent: 'x'.repeat(text) } }) as unknown as Document;
  it('declines a page over either limit, not one at it', () => {
    expect(tooLargeToAudit(page(AUTO_AUDIT_MAX_ELEMENTS, AUTO_AUDIT_MAX_TEXT))).toBe(false);
    expect(tooLargeToAudit(page(AUTO_AUDIT_MAX_ELEMENTS + 1, 10))).toBe(true);
    expect(tooLargeToAudit(page(10, AUTO_AUDIT_MAX_TEXT + 1))).toBe(true);
  });
});

describe('watching late content', () => {
  let observers: Array<{ cb: (r: unknown[]) => void; disconnected: boolean }> = [];
  beforeEach(() => {
    vi.useFakeTimers();
    observers = [];
    vi.stubGlobal('MutationObserver', class {
      entry: { cb: (r: unknown[]) => void; disconnected: boolean };
      constructor(cb: (r: unknown[]) => void) { this.entry = { cb, disconnected: false }; observers.push(this.entry); }
      observe() {}
      disconnect() { this.entry.disconnected = true; }
    });
  });
  afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });

  const opts = { quietMs: 500, maxWaitMs: 3_000, maxRuns: 2, lifetimeMs: 60_000, ignore: (n: Node) => n === own };
  const own = {} as Node;
  const page = {} as Node;
  const change = (node: Node) => observers[0].cb([{ type: 'childList', target: page, addedNodes: [node], removedNodes: [] }]);

  it('calls back once the page has been quiet, at most maxWait after the first change, and ends after maxRuns', () => {
    const settled = vi.fn(() => true);
    watchMutations(page, opts, settled);
    change(page);
    vi.advanceTimersByTime(499);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(1);
    // a page that never stops changing is still audited, maxWait after its first change
    for (let t = 0; t < 3_000; t += 100) { change(page); vi.advanceTimersByTime(100); }
    expect(settled).toHaveBeenCalledTimes(2);
    expect(observers[0].disconnected).toBe(true);
  });

  it('ignores the extension\'s own nodes, and ends when the callback says so or the lifetime is over', () => {
    const settled = vi.fn(() => false);
    watchMutations(page, opts, settled);
    change(own);
    vi.advanceTimersByTime(5_000);
    expect(settled).not.toHaveBeenCalled();
    change(page);
    vi.advanceTimersByTime(500);
    expect(settled).toHaveBeenCalledTimes(1);
    expect(observers[0].disconnected).toBe(true);

    const stopLater = vi.fn(() => true);
    watchMutations(page, opts, stopLater);
    vi.advanceTimersByTime(60_000);
    expect(observers[1].disconnected).toBe(true);
  });
});
