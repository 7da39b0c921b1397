// The auditor in one frame, injected by the background once the quick detector (src/content/detector.ts) took the
// page for a report or the user asked: the audit (now and once late content arrives), the report to the background,
// the highlights, and the popup's requests. Findings leave here with rule ids and parameters only: the messages in
// the reader's language are rendered by the extension's own pages (the popup; the background for the tooltips).
import browser from 'webextension-polyfill';
import { looksLikeReport } from '../page/quick';
import { createOverlay } from '../overlay/overlay';
import { anchorsOf, buildMarks, mainAnchor } from '../overlay/marks';
import {
  isNotesReply, isToContent, type FrameReport, type LinksReply, type RevealReply, type ToBackground, type ToContent,
} from '../messaging/protocol';
import { captureOf, type Capture } from '../collection/capture';
import { auditPageInSteps, type PageAudit } from './audit-page';
import { tooLargeToAudit, unread } from './page-size';
import type { Finding, Lang } from '../model/types';
import { linkCandidates } from './links';
import { LATE_CONTENT, watchMutations } from './watch';
import { HANDOFF, world } from './handoff';

/** a tooltip until the background's rendered notes arrive: the severity and the values, through the platform's i18n */
function bareNote(f: Finding): string {
  const say = (key: string, ...subs: string[]) => browser.i18n.getMessage(key, subs);
  const show = (v: number | string | null) => (v === null || v === '' ? say('value_none') : String(v));
  const severity = say(`severity_${f.severity}`);
  return f.expected === null && f.actual === null ? severity : `${severity}\n${say('expected_actual', show(f.expected), show(f.actual))}`;
}

export function startAuditor(win: Window): () => void {
  const doc = win.document;
  const isTop = win === win.top;
  // findings and not-checked reasons leave the page unrendered (rule ids, parameters, reason keys): the popup and
  // the background put them in words
  const overlay = createOverlay(doc);
  let audit: PageAudit | null = null;
  let report: FrameReport | null = null;
  let forced = false;
  let highlights = true;
  /** the tooltips of the current audit's findings, rendered by the background (null until they arrive) */
  let notes: Map<Finding, string> | null = null;
  /** set once this instance is stopped: an audit still under way then publishes nothing */
  let stopped = false;

  const send = (msg: ToBackground) => browser.runtime.sendMessage(msg).catch(() => undefined);

  // audits run one after another: a late-content re-run waits for the audit under way
  let queue: Promise<unknown> = Promise.resolve();
  const run = (force: boolean): Promise<FrameReport | null> => {
    const next = queue.then(() => runNow(force));
    queue = next.catch(() => undefined);
    return next;
  };

  async function runNow(force: boolean): Promise<FrameReport | null> {
    forced ||= force;
    if (!forced && !looksLikeReport(doc)) return null;
    // a report-like page too large to read unasked: say so ("?"), and wait for the user to ask
    if (!forced && tooLargeToAudit(doc)) {
      return report?.tooLarge ? report : publish(null, { tooLarge: true, result: unread(win.location.href, doc.title) });
    }
    const next = await auditPageInSteps(doc, win.location.href);
    if (stopped) return null;
    // the page changed elsewhere (a clock, a carousel): keep the drawn highlights and the popup's view as they are
    if (!force && report && audit && sameAudit(audit, next)) return report;
    return publish(next, { result: next.result, ...(next.reason ? { reason: next.reason } : {}) });
  }

  function publish(next: PageAudit | null, what: Pick<FrameReport, 'result' | 'reason' | 'tooLarge'>): FrameReport {
    audit = next;
    notes = null;
    report = { url: win.location.href, highlights, forced, at: Date.now(), ...what };
    redraw();
    void send({ type: 'report', report }).then((reply) => {
      // the background answers with the findings' tooltips in the reader's language
      if (audit !== next || !next || !isNotesReply(reply) || reply.notes.length !== next.result.findings.length) return;
      notes = new Map(next.result.findings.map((f, i) => [f, reply.notes[i]]));
      redraw();
    });
    return report;
  }

  function redraw() {
    overlay.setVisible(highlights);
    overlay.draw(audit ? buildMarks(audit.result.findings, audit.nodes, (f) => notes?.get(f) ?? bareNote(f)) : []);
  }

  function reveal(index: number, anchor: string): RevealReply {
    if (!audit) return { ok: false };
    const findings = audit.result.findings;
    // a re-audit may have reordered the findings since the popup read them: fall back to the anchor
    const f = findings[index] && mainAnchor(findings[index]) === anchor ? findings[index]
      : findings.find((x) => mainAnchor(x) === anchor);
    if (!f) return { ok: false };
    const anchors = anchorsOf(f);
    const target = audit.nodes.get(anchor) ?? anchors.map((a) => audit!.nodes.get(a)).find(Boolean);
    if (!target) return { ok: false };
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
    return { ok: overlay.focus(anchors, anchor) };
  }

  /** the page as audited (not re-read: what the popup shows is what gets saved) */
  function capture(): Capture | null {
    if (!audit?.model || audit.result.verdict === 'not-a-report') return null;
    return captureOf(audit.page, audit.model, audit.result, win.location.href);
  }

  function handle(msg: ToContent): Promise<FrameReport | null> | RevealReply | Capture | LinksReply | null {
    switch (msg.type) {
      case 'audit': return run(msg.force);
      case 'reveal': return reveal(msg.index, msg.anchor);
      case 'highlights':
        highlights = msg.visible;
        overlay.setVisible(highlights);
        if (report) void send({ type: 'report', report: (report = { ...report, highlights }) });
        return { ok: true };
      case 'capture': return capture();
      // read on request only: a page nobody asks about costs nothing
      case 'links': return { url: win.location.href, title: doc.title, links: linkCandidates(doc) };
    }
  }

  const onMessage = (msg: unknown) => (isToContent(msg) ? Promise.resolve(handle(msg)) : undefined);
  browser.runtime.onMessage.addListener(onMessage);

  // The badge must not outlive the document it describes; a page restored from the back/forward cache reports again.
  const onHide = () => { if (isTop || report) void send({ type: 'gone', top: isTop }); };
  const onShow = (e: PageTransitionEvent) => { if (e.persisted && report) void send({ type: 'report', report }); };
  win.addEventListener('pagehide', onHide);
  win.addEventListener('pageshow', onShow);

  // the detector stands down; "audit anyway" requests it took are answered by this first audit
  const handoff = world()[HANDOFF];
  handoff?.takeOver?.();
  const waiting = handoff?.waiting.splice(0) ?? [];
  void run(handoff?.force ?? false).then((r) => r, () => null).then((r) => { for (const answer of waiting) answer(r); });
  const stopWatch = watchMutations(doc.documentElement, { ...LATE_CONTENT, ignore: overlay.owns }, () => { void run(false); return true; });

  return () => {
    stopped = true;
    stopWatch();
    browser.runtime.onMessage.removeListener(onMessage);
    win.removeEventListener('pagehide', onHide);
    win.removeEventListener('pageshow', onShow);
    overlay.draw([]);
  };
}

/** the same findings over the very same elements */
function sameAudit(a: PageAudit, b: PageAudit): boolean {
  if (a.nodes.size !== b.nodes.size || JSON.stringify(a.result) !== JSON.stringify(b.result)) return false;
  for (const [anchor, el] of a.nodes) if (b.nodes.get(anchor) !== el) return false;
  return true;
}
