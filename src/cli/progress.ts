// A progress bar on stderr while a long run goes on, only when stderr is a terminal; notes printed meanwhile
// (an unreadable input) go above the bar instead of through it.
import cliProgress from 'cli-progress';

export interface Progress {
  /** more inputs became known (links found on a listing page) */
  grow(by: number): void;
  tick(): void;
  note(line: string): void;
  stop(): void;
}

export function createProgress(enabled: boolean): Progress {
  if (!enabled) {
    return { grow: () => undefined, tick: () => undefined, note: (line) => void process.stderr.write(line), stop: () => undefined };
  }
  const bars = new cliProgress.MultiBar({
    stream: process.stderr, hideCursor: true, clearOnComplete: true, etaBuffer: 50,
    format: ' {bar} {value}/{total} | {percentage}% | ETA {eta_formatted}',
  }, cliProgress.Presets.shades_classic);
  let total = 0;
  const bar = bars.create(0, 0);
  return {
    grow: (by) => bar.setTotal((total += by)),
    tick: () => bar.increment(),
    note: (line) => bars.log(line),
    stop: () => bars.stop(),
  };
}
