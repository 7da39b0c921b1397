// The yardstick: pandas.read_html parsing the same pages (tables only, no checks), in Debian's python3,
// timed inside Python from the first file read to the last table parsed (interpreter start excluded).
import { spawnSync } from 'node:child_process';

const PYTHON = '/usr/bin/python3';

const SCRIPT = `
import glob, io, sys, time
import pandas
files = sorted(glob.glob(sys.argv[1] + '/*.html'))
t = time.perf_counter()
tables = 0
for f in files:
    with open(f, 'rb') as fh:
        data = fh.read()
    try:
        tables += len(pandas.read_html(io.BytesIO(data), encoding='utf-8'))
    except ValueError:
        pass
print(len(files), tables, time.perf_counter() - t)
`;

export type PandasRun = { seconds: number; pagesPerSecond: number; tables: number; version: string } | { skipped: string };

export function benchPandas(dir: string): PandasRun {
  const probe = spawnSync(PYTHON, ['-c', 'import pandas, lxml; print(pandas.__version__)'], { encoding: 'utf8' });
  if (probe.status !== 0) return { skipped: `pandas (with lxml) is not available to ${PYTHON}: apt-get install python3-pandas python3-lxml` };
  const run = spawnSync(PYTHON, ['-c', SCRIPT, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) return { skipped: `pandas.read_html failed: ${run.stderr.trim().split('\n').at(-1)}` };
  const [files, tables, seconds] = run.stdout.trim().split(/\s+/).map(Number);
  return { seconds, pagesPerSecond: files / seconds, tables, version: probe.stdout.trim() };
}
