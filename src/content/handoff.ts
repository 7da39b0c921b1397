// What the quick detector (the manifest's content script) hands to the auditor the background injects into the same
// frame: both run in the extension's isolated world of that frame, where this object sits on the global.
// Types and one symbol only: the detector must stay small.
import type { FrameReport } from '../messaging/protocol';

export const HANDOFF = Symbol.for('gov-report-auditor.handoff');
/** where the running auditor keeps its stop function */
export const AUDITOR = Symbol.for('gov-report-auditor.auditor');

export interface Handoff {
  /** audit although the quick check said no (the popup's "audit anyway") */
  force: boolean;
  /** the popup's "audit anyway" requests waiting for the auditor's first report */
  waiting: Array<(report: FrameReport | null) => void>;
  /** set by the auditor when it starts: from then on it answers the popup, and the detector stands down */
  takeOver?: () => void;
}

export type World = { [HANDOFF]?: Handoff; [AUDITOR]?: () => void };
export const world = () => globalThis as World;
