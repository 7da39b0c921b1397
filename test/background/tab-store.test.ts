// What the background keeps per tab in storage.session, against WXT's fake browser (no hand-made polyfill mock).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditResult, Verdict } from '../../src/model/types';
import type { FrameReport } from '../../src/messaging/protocol';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { clearTab, dropFrame, putFrame, readTab, tabKey } = await import('../../src/background/tab-store');

const report = (verdict: Verdict, url = 'https://a.gov.cn/'): FrameReport => ({
  url, highlights: true, forced: false, at: 0,
  result: { source: url, isReport: verdict !== 'not-a-report', verdict, title: '', agency: null, year: null, template: null, publishedAt: null, findings: [], notChecked: [] } as AuditResult,
});

describe('tab store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each frame\'s report under the tab\'s key, frames reporting at once included', async () => {
    await Promise.all([putFrame(7, 0, { report: report('consistent') }), putFrame(7, 3, { report: report('warnings') })]);
    expect(Object.keys(await readTab(7)).sort()).toEqual(['0', '3']);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([tabKey(7)]);
  });

  it('a frame\'s document going drops its report; the top document going clears the tab', async () => {
    await putFrame(7, 0, { report: report('consistent'), documentId: 'top-1' });
    await putFrame(7, 3, { report: report('warnings'), documentId: 'frame-1' });
    await dropFrame(7, { frameId: -1, documentId: 'frame-1', top: false });
    expect(Object.keys(await readTab(7))).toEqual(['0']);
    await dropFrame(7, { frameId: 0, documentId: 'top-1', top: true });
    expect(await readTab(7)).toEqual({});
    expect(await fakeBrowser.storage.session.get(tabKey(7))).toEqual({});
  });

  it('a late "gone" from an earlier top document leaves the newer one\'s report', async () => {
    await putFrame(7, 0, { report: report('consistent', 'https://a.gov.cn/new'), documentId: 'top-2' });
    await dropFrame(7, { frameId: 0, documentId: 'top-1', top: true });
    expect((await readTab(7))[0].report.url).toBe('https://a.gov.cn/new');
    await clearTab(7);
    expect(await readTab(7)).toEqual({});
  });
});
