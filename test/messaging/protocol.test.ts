// Messages are checked on arrival: a real audit passes, anything malformed is turned away.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import { readHtmlString } from '../../src/node/cheerio';
import { isFrameReport, isToBackground, isToContent, type FrameReport } from '../../src/messaging/protocol';

const page = readFileSync(join(__dirname, '../fixtures/real/shuyang-fgj-2023.html'), 'utf8');
const report: FrameReport = {
  url: 'http://www.shuyang.gov.cn/x.html', result: auditDoc(readHtmlString(page), 'x').result, highlights: true, forced: false, at: 1,
};
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe('message guards', () => {
  it('accept what the content script sends and the popup asks', () => {
    expect(isFrameReport(report)).toBe(true);
    expect(isToBackground({ type: 'report', report })).toBe(true);
    expect(isToBackground({ type: 'gone', top: true })).toBe(true);
    expect(isToBackground({ type: 'get-tab', tabId: 3 })).toBe(true);
    expect(isToContent({ type: 'audit', force: true })).toBe(true);
    expect(isToContent({ type: 'reveal', index: 0, anchor: 't2.r3.c2' })).toBe(true);
    expect(isToContent({ type: 'highlights', visible: false })).toBe(true);
  });

  it('turn away malformed messages', () => {
    const bad: unknown[] = [
      null, 'report', [], { type: 'report' }, { type: 'get-tab', tabId: '3' }, { type: 'gone' }, { type: 'nope' },
      { type: 'reveal', index: 0 }, { type: 'highlights', visible: 'yes' }, { type: 'audit', force: 1 },
    ];
    for (const m of bad) expect(isToBackground(m) || isToContent(m), JSON.stringify(m)).toBe(false);
    const wrongVerdict = clone(report);
    (wrongVerdict.result as { verdict: string }).verdict = 'fine';
    const htmlMessage = clone(report);
    (htmlMessage.result.findings[0] as { message: unknown }).message = { html: '<img onerror=alert(1)>' };
    const badSeverity = clone(report);
    (badSeverity.result.findings[0] as { severity: string }).severity = 'fatal';
    for (const r of [wrongVerdict, htmlMessage, badSeverity]) expect(isFrameReport(r)).toBe(false);
  });
});

describe('capture and links messages', () => {
  it('accept the requests and well-formed replies', async () => {
    const { isCapture, isLinksReply } = await import('../../src/messaging/protocol');
    const { captureOf } = await import('../../src/collection/capture');
    const doc = readHtmlString(page);
    const { model, result } = auditDoc(doc, 'x');
    expect(isToContent({ type: 'capture' })).toBe(true);
    expect(isToContent({ type: 'links' })).toBe(true);
    const capture = clone(captureOf(doc, model, result, 'http://www.shuyang.gov.cn/x.html'));
    expect(isCapture(capture)).toBe(true);
    expect(isCapture({ ...capture, model: null })).toBe(false);
    expect(isCapture({ ...capture, tables: [{ anchor: 't1', rows: [[1]] }] })).toBe(false);
    const links = { url: 'http://a.gov.cn/', title: 't', links: [{ href: 'http://a.gov.cn/1.html', text: '2023年年报', sameOrigin: true }] };
    expect(isLinksReply(links)).toBe(true);
    expect(isLinksReply({ ...links, links: [{ href: 'http://a.gov.cn/1.html', text: 1, sameOrigin: true }] })).toBe(false);
    expect(isLinksReply({ ...links, links: Array.from({ length: 501 }, () => links.links[0]) })).toBe(false);
  });
});
