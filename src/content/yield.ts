// Give the page its turn between the audit's stages: input, timers and rendering run before the next stage,
// so no single task of ours holds the main thread for the whole audit.

type Scheduler = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  // scheduler.yield() (Chromium 129+) resumes ahead of other queued work; a timer is the portable fallback
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
