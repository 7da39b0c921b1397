// The quick detector: all that the manifest injects into every *.gov.cn frame. It asks whether the page could be an
// annual report (src/page/quick.ts), now and once late-rendered content settles, and only then asks the background to
// inject the auditor (entrypoints/auditor.ts: the DOM walk, extraction, rules and highlights) into this frame. A page
// that is no report costs one quick check and a mutation watch that ends by itself. It also answers the popup's
// "links" question (listing pages are not reports) and its "audit anyway" (by summoning the auditor with force).
// Kept small on purpose: no polyfill, no rules, no text in two languages.
import { browser } from 'wxt/browser';
import { looksLikeReport } from '../page/quick';
import type { FrameReport, LinksReply, ToBackground } from '../messaging/protocol';
import { tooLargeToAudit, unread } from './page-size';
import { LATE_CONTENT, watchMutations } from './watch';
import { linkCandidates } from './links';
import { HANDOFF, world, type Handoff } from './handoff';

/** the detector's whole look at a page: no report; a report too large to audit unasked; or audit it */
export function quickVerdict(doc: Document): 'no' | 'too-large' | 'audit' {
  if (!looksLikeReport(doc)) return 'no';
  return tooLargeToAudit(doc) ? 'too-large' : 'audit';
}

export function startDetector(win: Window): () => void {
  const doc = win.document;
  const isTop = win === win.top;
  /** the one report the detector itself sends: a report-like page too large to audit unasked ("?") */
  let report: FrameReport | null = null;
  /** the auditor was asked for (and not refused) */
  let summoned = false;
  /** the auditor has started: it answers from now on */
  let handedOver = false;

  const send = (msg: ToBackground): Promise<unknown> => {
    try {
      return Promise.resolve(browser.runtime.sendMessage(msg)).catch(() => undefined);
    } catch {
      return Promise.resolve(undefined); // the extension was reloaded under this page
    }
  };

  const handoff: Handoff = { force: false, waiting: [], takeOver: () => { handedOver = true; stop(); } };
  world()[HANDOFF] = handoff;

  async function summon() {
    if (summoned || handedOver) return;
    summoned = true;
    await send({ type: 'inject' });
    // the auditor runs its start synchronously when injected: had it started, it would have taken over by now
    if (handedOver) return;
    // not injected (no access to this frame, the extension reloading, the auditor failing to start): nothing to wait
    // for; a later ask may succeed
    summoned = false;
    for (const answer of handoff.waiting.splice(0)) answer(null);
  }

  /** the quick check; false once there is nothing more to watch for */
  function check(): boolean {
    if (summoned || handedOver || report) return false;
    const verdict = quickVerdict(doc);
    if (verdict === 'no') return true;
    if (verdict === 'too-large') {
      // too large to read unasked: say so ("?"), and wait for the user to ask
      report = { url: win.location.href, highlights: true, forced: false, at: Date.now(), tooLarge: true, result: unread(win.location.href, doc.title) };
      void send({ type: 'report', report });
      return false;
    }
    void summon();
    return false;
  }

  const onMessage = (msg: unknown, _sender: unknown, answer: (reply: unknown) => void): boolean | undefined => {
    if (handedOver || typeof msg !== 'object' || msg === null) return undefined;
    const m = msg as { type?: unknown; force?: unknown };
    if (m.type === 'links') {
      // read on request only: a page nobody asks about costs nothing
      answer({ url: win.location.href, title: doc.title, links: linkCandidates(doc) } satisfies LinksReply);
      return undefined;
    }
    if (m.type === 'audit' && m.force === true) {
      handoff.force = true;
      handoff.waiting.push(answer);
      void summon();
      return true; // answered once the auditor has audited
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // The badge must not outlive the document it describes; a page restored from the back/forward cache reports again.
  const onHide = () => { if (isTop || report) void send({ type: 'gone', top: isTop }); };
  const onShow = (e: PageTransitionEvent) => { if (e.persisted && report) void send({ type: 'report', report }); };
  win.addEventListener('pagehide', onHide);
  win.addEventListener('pageshow', onShow);

  let stopWatch = () => {};
  if (check()) stopWatch = watchMutations(doc.documentElement, { ...LATE_CONTENT, ignore: () => false }, check);

  function stop() {
    stopWatch();
    browser.runtime.onMessage.removeListener(onMessage);
    win.removeEventListener('pagehide', onHide);
    win.removeEventListener('pageshow', onShow);
  }
  return stop;
}
