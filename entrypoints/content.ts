// Runs by itself on government sites, in every frame; the popup injects the same file elsewhere on request.
import { startAuditor } from '../src/content/controller';

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
    const world = globalThis as { [RUNNING]?: () => void };
    try { world[RUNNING]?.(); } catch { /* an orphaned instance whose extension context is gone */ }
    const stop = startAuditor(window);
    world[RUNNING] = stop;
    ctx.onInvalidated(stop);
  },
});
