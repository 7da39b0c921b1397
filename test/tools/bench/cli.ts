// CLI throughput and peak memory on the corpus: the real bin (all checks, jsonl to /dev/null), timed from outside,
// with peak RSS from /usr/bin/time -v when present, else from polling /proc/PID/status (VmHWM).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CliRun { jobs: number; seconds: number; pagesPerSecond: number; peakRssMb: number | null; code: number | null }

const TIME = '/usr/bin/time';

export async function benchCli(root: string, dir: string, files: number, jobs: number): Promise<CliRun> {
  const args = [join(root, 'dist/cli/bin.mjs'), 'audit', '--format', 'jsonl', '--fail-on', 'never', '--jobs', String(jobs), dir];
  const timed = existsSync(TIME);
  const started = performance.now();
  const child = timed
    ? spawn(TIME, ['-v', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  let polled = 0;
  const poll = timed ? null : setInterval(() => { polled = Math.max(polled, vmHwmKb(child.pid!)); }, 50);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  if (poll) clearInterval(poll);
  const kb = timed ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN) : polled;
  return { jobs, seconds, pagesPerSecond: files / seconds, peakRssMb: Number.isFinite(kb) && kb > 0 ? kb / 1024 : null, code };
}

/** the main process's peak; worker threads are threads of it, so their memory counts too */
function vmHwmKb(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
