// The auditor: injected by the background (scripting.executeScript with this bundled file) into a frame whose quick
// detector took the page for a report, or on the user's "audit anyway". Not listed in the manifest.
import { startAuditor } from '../src/content/controller';
import { AUDITOR, world } from '../src/content/handoff';

export default defineUnlistedScript(() => {
  const w = world();
  // injected again (an extension update under a live page): one auditor per frame
  try { w[AUDITOR]?.(); } catch { /* an orphaned instance whose extension context is gone */ }
  w[AUDITOR] = startAuditor(window);
});
