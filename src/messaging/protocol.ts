// The messages between content script, background and popup: their types, and guards that check them on arrival.
import type { AuditResult } from '../model/types';
import { isAuditResult } from './result-guard';
import { isBoolean, isNumber, isString, literal, optional, shape, type Guard } from './guard';

/** What one frame's content script found. */
export interface FrameReport {
  url: string;
  result: AuditResult;
  /** whether the highlights are drawn on the page */
  highlights: boolean;
  /** audited on the user's request although the quick check did not take the page for a report */
  forced: boolean;
  /** when the audit ran (ms since epoch) */
  at: number;
  /** why the checker did not take the page for a report, when it did not */
  reason?: string;
}

/** What the popup shows for a tab: the report the badge tells, and in which frame it sits. */
export interface TabView {
  frameId: number;
  report: FrameReport;
  /** frames of the tab that hold a report */
  reportFrames: number;
}

export type ToBackground =
  | { type: 'report'; report: FrameReport }
  /** the frame's document is going away (navigation, reload): its report no longer describes the tab */
  | { type: 'gone'; top: boolean }
  | { type: 'get-tab'; tabId: number };

export type ToContent =
  /** audit now; `force` skips the quick check */
  | { type: 'audit'; force: boolean }
  /** scroll to a finding's cells and flash them; `anchor` guards against a re-audit having reordered findings */
  | { type: 'reveal'; index: number; anchor: string }
  | { type: 'highlights'; visible: boolean };

export interface RevealReply { ok: boolean }

export const isFrameReport: Guard<FrameReport> = shape({
  url: isString,
  result: isAuditResult,
  highlights: isBoolean,
  forced: isBoolean,
  at: isNumber,
  reason: optional(isString),
});

export const isTabView: Guard<TabView> = shape({ frameId: isNumber, report: isFrameReport, reportFrames: isNumber });

const isReportMsg = shape({ type: literal('report'), report: isFrameReport });
const isGoneMsg = shape({ type: literal('gone'), top: isBoolean });
const isGetTabMsg = shape({ type: literal('get-tab'), tabId: isNumber });
export const isToBackground: Guard<ToBackground> = (v): v is ToBackground =>
  isReportMsg(v) || isGoneMsg(v) || isGetTabMsg(v);

const isAuditMsg = shape({ type: literal('audit'), force: isBoolean });
const isRevealMsg = shape({ type: literal('reveal'), index: isNumber, anchor: isString });
const isHighlightsMsg = shape({ type: literal('highlights'), visible: isBoolean });
export const isToContent: Guard<ToContent> = (v): v is ToContent => isAuditMsg(v) || isRevealMsg(v) || isHighlightsMsg(v);

export const isRevealReply: Guard<RevealReply> = shape({ ok: isBoolean });
