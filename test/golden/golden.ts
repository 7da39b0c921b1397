// The golden comparison: what the CLI's own path (src/cli/task.ts: bytes → loadBytes → first look → audit) finds in every committed fixture
// (test/fixtures/**, the seeds, the real page, assets/samples), reduced to what must not change by accident —
// verdict, identity, and every finding's rule, severity, location, expected and actual (not the message wording).
// `npm run golden:update` rewrites test/fixtures/golden.json; test/golden/golden.test.ts compares against it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTask } from '../../src/cli/task';
import { buildModel } from '../../src/extract';
import type { AuditResult } from '../../src/model/types';
import { loadBytes } from '../../src/node/load';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const GOLDEN = join(ROOT, 'test/fixtures/golden.json');
const DIRS = ['test/fixtures', 'assets/samples'];
const INPUT = /\.(html?|shtml|xhtml|txt|md|markdown)$/i;

/** every page-like fixture, by its path from the repository root, in a stable order */
export function goldenSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else if (INPUT.test(e.name) && e.name !== 'README.md' && e.name !== 'index.html') out.push(path);
    }
  };
  for (const dir of DIRS) walk(dir);
  return out;
}

export interface GoldenFinding {
  rule: string;
  severity: string;
  location: unknown;
  expected: number | string | null;
  actual: number | string | null;
}

export interface GoldenEntry {
  verdict: string;
  isReport: boolean;
  title: string;
  agency: string | null;
  year: number | null;
  template: string | null;
  publishedAt: string | null;
  /** why a page is no report (the report model's notReportReason) */
  reason?: string;
  truncated?: string;
  error?: string;
  findings: GoldenFinding[];
  notChecked: Array<{ rule: string; reason: string }>;
}

export async function goldenEntry(path: string): Promise<GoldenEntry> {
  const source = relative(ROOT, join(ROOT, path));
  try {
    const bytes = new Uint8Array(readFileSync(join(ROOT, path)));
    // the result as the CLI computes it (src/cli/task.ts: load, first look, audit) …
    const outcome = await runTask({ index: 0, source, lang: 'zh', bytes: bytes.slice() });
    if (outcome.problem) throw new Error(outcome.problem);
    const r = outcome.result as AuditResult;
    // … and why a page is no report, from the report model (`await`: loadBytes may become asynchronous)
    const { doc } = await loadBytes(source, bytes);
    const model = buildModel(doc, source);
    return {
      verdict: r.verdict, isReport: r.isReport, title: r.title, agency: r.agency, year: r.year, template: r.template,
      publishedAt: r.publishedAt,
      ...(model.notReportReason ? { reason: model.notReportReason } : {}),
      ...(r.truncated ? { truncated: r.truncated } : {}),
      findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, location: f.location, expected: f.expected, actual: f.actual })),
      notChecked: r.notChecked.map((n) => ({ rule: n.rule, reason: n.reason })),
    };
  } catch (e) {
    return { verdict: 'error', isReport: false, title: '', agency: null, year: null, template: null, publishedAt: null, error: (e as Error).message, findings: [], notChecked: [] };
  }
}

export async function goldenAll(): Promise<Record<string, GoldenEntry>> {
  const out: Record<string, GoldenEntry> = {};
  for (const path of goldenSources()) out[path] = await goldenEntry(path);
  return out;
}

export const readGolden = (): Record<string, GoldenEntry> => JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, GoldenEntry>;
