// The messages between content script, background and popup: their types, and guards that check them on arrival.
import { MAX_CANDIDATES, type AuditResult, type Candidate, type Capture, type ReportModel } from '../model/types';
import { isAuditResult } from '../model/validate';
import { arrayOf, isBoolean, isNumber, isObject, isString, literal, optional, shape, type Guard } from './guard';

/** where the background keeps a tab's reports in storage.session; the popup watches the key for changes */
export const tabKey = (tabId: number) => `tab:${tabId}`;

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
  /** the page looked like a report but was too large to audit unasked: `result` is a placeholder ("?") */
  tooLarge?: boolean;
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
  | { type: 'get-tab'; tabId: number }
  /** the quick detector took the page for a report (or the user asked): inject the auditor into the sender's frame */
  | { type: 'inject' };

/** the background's answer to a frame's report: each finding's tooltip in the reader's language, in order */
export interface NotesReply { notes: string[] }

export type ToContent =
  /** audit now; `force` skips the quick check */
  | { type: 'audit'; force: boolean }
  /** scroll to a finding's cells and flash them; `anchor` guards against a re-audit having reordered findings */
  | { type: 'reveal'; index: number; anchor: string }
  | { type: 'highlights'; visible: boolean }
  /** the page as audited, for "save to collection"; answered with a Capture, or null when there is no report */
  | { type: 'capture' }
  /** the links that look like annual reports, for "audit all linked reports"; answered with a LinksReply */
  | { type: 'links' };

export interface RevealReply { ok: boolean }

export interface LinksReply {
  /** the page the links are on */
  url: string;
  title: string;
  links: Candidate[];
}

export const isFrameReport: Guard<FrameReport> = shape({
  url: isString,
  result: isAuditResult,
  highlights: isBoolean,
  forced: isBoolean,
  at: isNumber,
  reason: optional(isString),
  tooLarge: optional(isBoolean),
});

export const isTabView: Guard<TabView> = shape({ frameId: isNumber, report: isFrameReport, reportFrames: isNumber });

const isReportMsg = shape({ type: literal('report'), report: isFrameReport });
const isGoneMsg = shape({ type: literal('gone'), top: isBoolean });
const isGetTabMsg = shape({ type: literal('get-tab'), tabId: isNumber });
const isInjectMsg = shape({ type: literal('inject') });
export const isToBackground: Guard<ToBackground> = (v): v is ToBackground =>
  isReportMsg(v) || isGoneMsg(v) || isGetTabMsg(v) || isInjectMsg(v);

export const isNotesReply: Guard<NotesReply> = shape({ notes: arrayOf(isString, 50_000) });

const isAuditMsg = shape({ type: literal('audit'), force: isBoolean });
const isRevealMsg = shape({ type: literal('reveal'), index: isNumber, anchor: isString });
const isHighlightsMsg = shape({ type: literal('highlights'), visible: isBoolean });
const isCaptureMsg = shape({ type: literal('capture') });
const isLinksMsg = shape({ type: literal('links') });
export const isToContent: Guard<ToContent> = (v): v is ToContent =>
  isAuditMsg(v) || isRevealMsg(v) || isHighlightsMsg(v) || isCaptureMsg(v) || isLinksMsg(v);

export const isRevealReply: Guard<RevealReply> = shape({ ok: isBoolean });

export const isCandidate: Guard<Candidate> = shape({ href: isString, text: isString, sameOrigin: isBoolean });
export const isLinksReply: Guard<LinksReply> = shape({ url: isString, title: isString, links: arrayOf(isCandidate, MAX_CANDIDATES) });

/**
 * A capture from a page's content script. The model's tables are checked field by field when the collection writes
 * the record (src/collection/validate.ts); here only that it is an object.
 */
export const isCapture: Guard<Capture> = shape({
  url: isString,
  model: isObject as Guard<unknown> as Guard<ReportModel>,
  result: isAuditResult,
  text: isString,
  tables: arrayOf(shape({ anchor: isString, rows: arrayOf(arrayOf(isString)) }), 2_000),
  capturedAt: isString,
});
