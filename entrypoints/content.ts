// The quick detector, on government sites by itself, in every frame; the popup injects the same file elsewhere on
// request. It asks the background for the auditor (entrypoints/auditor.ts) only where it takes the page for a report.
import { startDetector } from '../src/content/detector';
import { AUDITOR, world } from '../src/content/handoff';

/** where the running instance keeps its stop function, in the extension's isolated world of this frame */
const RUNNING = Symbol.for('gov-report-auditor.stop');

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  allFrames: true,
  // frames written inline (srcdoc, about:blank) under a government page: a report shown two frames down is still found
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // injected again (or left over from before an extension update): one instance per frame
    const w = globalThis as { [RUNNING]?: () => void };
    try { w[RUNNING]?.(); } catch { /* an orphaned instance whose extension context is gone */ }
    const stopDetector = startDetector(window);
    const stop = () => {
      stopDetector();
      try { world()[AUDITOR]?.(); } catch { /* likewise */ }
    };
    w[RUNNING] = stop;
    ctx.onInvalidated(stop);
  },
});
