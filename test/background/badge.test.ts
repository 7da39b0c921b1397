// The badge as the README describes it, and which frame's report a tab shows.
import { describe, expect, it, vi } from 'vitest';
import type { AuditResult, Finding, Verdict } from '../../src/model/types';
import type { FrameReport } from '../../src/messaging/protocol';

vi.mock('webextension-polyfill', async () => (await import('../support/fake-i18n')).fakeBrowser('zh_CN'));
const { badgeFor, BADGE_COLORS } = await import('../../src/background/badge');
const { chooseReport } = await import('../../src/background/tab-store');

const f = (severity: Finding['severity']): Finding => ({
  rule: 'x', severity, message: '', location: { table: null, section: null, row: null, column: null, anchor: null }, expected: null, actual: null,
});
const result = (verdict: Verdict, findings: Finding[] = []): AuditResult => ({
  source: '', isReport: verdict !== 'not-a-report', verdict, title: '', agency: null, year: null, template: null, publishedAt: null,
  findings, notChecked: [],
});
const entry = (verdict: Verdict): { report: FrameReport } => ({ report: { url: '', result: result(verdict), highlights: true, forced: false, at: 0 } });

describe('badge', () => {
  it('counts errors and warnings, red with any error, amber otherwise', () => {
    expect(badgeFor(result('inconsistent', [f('error'), f('warning'), f('info')]))).toEqual({ text: '2', color: BADGE_COLORS.error });
    expect(badgeFor(result('warnings', [f('warning'), f('info')]))).toEqual({ text: '1', color: BADGE_COLORS.warning });
  });
  it('✓ for consistent, ? for unverified, nothing for not-a-report', () => {
    expect(badgeFor(result('consistent', [f('info')]))?.text).toBe('✓');
    expect(badgeFor(result('unverified'))?.text).toBe('?');
    expect(badgeFor(result('not-a-report'))).toBeNull();
    expect(badgeFor(null)).toBeNull();
  });
});

describe('chooseReport', () => {
  it("prefers the top frame's report, else the first framed report", () => {
    expect(chooseReport({ 0: entry('consistent'), 5: entry('inconsistent') })?.frameId).toBe(0);
    expect(chooseReport({ 0: entry('not-a-report'), 7: entry('warnings'), 5: entry('inconsistent') })).toMatchObject({ frameId: 5, reportFrames: 2 });
  });
  it("falls back to the top frame's declined audit, and to nothing", () => {
    expect(chooseReport({ 3: entry('not-a-report'), 0: entry('not-a-report') })).toMatchObject({ frameId: 0, reportFrames: 0 });
    expect(chooseReport({})).toBeNull();
  });
});
