// Late content: CMSs that render the article by script. Watch the document's mutations, wait for them to settle,
// and call back — a bounded number of times within a bounded period, so a busy page (tickers, carousels)
// costs little and nothing runs forever.

/** late content: settle after 0.5 s of quiet (3 s at most), re-run at most 6 times within the first minute */
export const LATE_CONTENT = { quietMs: 500, maxWaitMs: 3_000, maxRuns: 6, lifetimeMs: 60_000 };

export interface WatchOptions {
  /** quiet time after the last mutation before calling back */
  quietMs: number;
  /** call back at the latest this long after the first unsettled mutation, even if mutations go on */
  maxWaitMs: number;
  /** callbacks before the watch ends */
  maxRuns: number;
  /** the watch ends this long after it started */
  lifetimeMs: number;
  /** mutations that only add or remove these nodes (the extension's own overlay host) are ignored */
  ignore: (node: Node) => boolean;
}

/** Calls `onSettled` after mutations settle; it returns false to end the watch. Returns a stop function. */
export function watchMutations(root: Node, opts: WatchOptions, onSettled: () => boolean): () => void {
  let runs = 0;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (records.every((r) => ownRecord(r, opts.ignore))) return;
    clearTimeout(quiet);
    quiet = setTimeout(fire, opts.quietMs);
    deadline ??= setTimeout(fire, opts.maxWaitMs);
  });
  const fire = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    runs++;
    if (!onSettled() || runs >= opts.maxRuns) stop();
  };
  const stop = () => {
    observer.disconnect();
    clearTimeout(quiet);
    clearTimeout(deadline);
    clearTimeout(lifetime);
  };
  const lifetime = setTimeout(stop, opts.lifetimeMs);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return stop;
}

function ownRecord(r: MutationRecord, ignore: (node: Node) => boolean): boolean {
  if (r.type !== 'childList') return ignore(r.target);
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length > 0 && nodes.every(ignore);
}
