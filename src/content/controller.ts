// What the content script does in one frame: the cheap check, the audit when it passes (now or once late
// content arrives), the report to the background, the highlights, and the popup's requests.
import browser from 'webextension-polyfill';
import { looksLikeReport } from '../page/quick';
import { createOverlay } from '../overlay/overlay';
import { anchorsOf, buildMarks, mainAnchor } from '../overlay/marks';
import { wordsOf } from '../export/words';
import { t, uiLang } from '../i18n';
import {
  isToContent, type FrameReport, type LinksReply, type RevealReply, type ToBackground, type ToContent,
} from '../messaging/protocol';
import { captureOf, type Capture } from '../collection/capture';
import { auditPageInSteps, type PageAudit } from './audit-page';
import { tooLargeToAudit } from './page-size';
import type { AuditResult } from '../model/types';
import { linkCandidates } from './links';
import { watchMutations } from './watch';

/** late content: settle after 0.5 s of quiet (3 s at most), re-run at most 6 times within the first minute */
const WATCH = { quietMs: 500, maxWaitMs: 3_000, maxRuns: 6, lifetimeMs: 60_000 };

export function startAuditor(win: Window): () => void {
  const doc = win.document;
  const isTop = win === win.top;
  const lang = uiLang();
  const { noteText } = wordsOf(t, () => lang);
  const overlay = createOverlay(doc);
  let audit: PageAudit | null = null;
  let report: FrameReport | null = null;
  let forced = false;
  let highlights = true;
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
    const next = await auditPageInSteps(doc, win.location.href, lang);
    if (stopped) return null;
    // the page changed elsewhere (a clock, a carousel): keep the drawn highlights and the popup's view as they are
    if (!force && report && audit && sameAudit(audit, next)) return report;
    return publish(next, { result: next.result, ...(next.reason ? { reason: next.reason } : {}) });
  }

  function publish(next: PageAudit | null, what: Pick<FrameReport, 'result' | 'reason' | 'tooLarge'>): FrameReport {
    audit = next;
    report = { url: win.location.href, highlights, forced, at: Date.now(), ...what };
    redraw();
    void send({ type: 'report', report });
    return report;
  }

  function redraw() {
    overlay.setVisible(highlights);
    overlay.draw(audit ? buildMarks(audit.result.findings, audit.nodes, noteText) : []);
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

  void run(false);
  const stopWatch = watchMutations(doc.documentElement, { ...WATCH, ignore: overlay.owns }, () => { void run(false); return true; });

  return () => {
    stopped = true;
    stopWatch();
    browser.runtime.onMessage.removeListener(onMessage);
    win.removeEventListener('pagehide', onHide);
    win.removeEventListener('pageshow', onShow);
    overlay.draw([]);
  };
}

/** what a page declined for its size reports: unverified ("?"), nothing found, nothing checked */
function unread(source: string, title: string): AuditResult {
  return {
    source, isReport: false, verdict: 'unverified', title, agency: null, year: null, template: null,
    publishedAt: null, findings: [], notChecked: [],
  };
}

/** the same findings over the very same elements */
function sameAudit(a: PageAudit, b: PageAudit): boolean {
  if (a.nodes.size !== b.nodes.size || JSON.stringify(a.result) !== JSON.stringify(b.result)) return false;
  for (const [anchor, el] of a.nodes) if (b.nodes.get(anchor) !== el) return false;
  return true;
}
