// Store review: the Firefox build passes Mozilla's linter (addons-linter, what `web-ext lint` and addons.mozilla.org
// run) with no errors, declares that it collects no data, and the warnings left are known and unreachable: Preact's
// own innerHTML branch (dangerouslySetInnerHTML, which this code never uses: test/eslint.config.mjs forbids it), and
// in the file page's readers only (never the content script) pdf.js's `new Function("")` feature test, whose font
// compiler is off (isEvalSupported: false), and mammoth's bundled `Function("return this")` global-object fallback,
// reached only where neither `self` nor `global` exists. The extension's CSP forbids eval in any case.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../tools/serve';

const run = promisify(execFile);

interface LintMessage { code: string; message: string; file?: string; line?: number; column?: number }
interface LintReport { summary: { errors: number; warnings: number; notices: number }; errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] }

let out: string;
let dir: string;
let report: LintReport;

beforeAll(async () => {
  // a directory of its own: the Firefox build test empties .output/firefox-mv2 while it runs
  out = mkdtempSync(join(tmpdir(), 'gov-report-auditor-firefox-'));
  await run('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, timeout: 170_000, env: { ...process.env, WXT_OUT_DIR: out } });
  dir = join(out, 'firefox-mv2');
  // the linter exits non-zero when it finds errors: its JSON report is read either way
  const lint = await run(join(ROOT, 'node_modules/.bin/addons-linter'), [dir, '--output', 'json'], { cwd: ROOT, timeout: 170_000, maxBuffer: 64 << 20 })
    .catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
  report = JSON.parse(lint.stdout) as LintReport;
}, 360_000);

afterAll(() => { if (out) rmSync(out, { recursive: true, force: true }); });

const show = (ms: LintMessage[]) => ms.map((m) => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`).join('\n');

describe('the Firefox build under addons-linter', () => {
  it('no errors', () => {
    expect(report.summary.errors, show(report.errors)).toBe(0);
  });

  it('declares that it collects no data, and has a fixed add-on id', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as
      { browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } } };
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/^[a-zA-Z0-9-._]*@[a-zA-Z0-9-._]+$/);
    expect([...report.warnings, ...report.notices].map((m) => m.code)).not.toContain('MISSING_DATA_COLLECTION_PERMISSIONS');
  });

  it("the only warnings left are Preact's own innerHTML and the file readers' unreached Function constructors", () => {
    const reader = (w: LintMessage) => /^(?:chunks\/(?:pdf|docx)-browser-[\w-]+\.js|assets\/pdf\.worker\.min-[\w-]+\.mjs)$/.test(w.file ?? '');
    const evals = report.warnings.filter((w) => w.code === 'DANGEROUS_EVAL');
    expect(evals.filter((w) => !reader(w)), show(evals)).toEqual([]);
    for (const w of evals) {
      const line = readFileSync(join(dir, w.file!), 'utf8').split('\n')[(w.line ?? 1) - 1];
      expect(line.slice(Math.max(0, (w.column ?? 0) - 200), (w.column ?? 0) + 200), `${w.file}:${w.line}`).toMatch(/Function\("return this"\)|new Function\(""\)|isEvalSupported|Function\(/);
    }
    const others = report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT' && w.code !== 'DANGEROUS_EVAL');
    expect(others, show(others)).toEqual([]);
    expect(report.notices, show(report.notices)).toEqual([]);
    for (const w of report.warnings.filter((x) => x.code === 'UNSAFE_VAR_ASSIGNMENT' && !reader(x))) {
      const line = readFileSync(join(dir, w.file!), 'utf8').split('\n')[(w.line ?? 1) - 1];
      const at = line.slice(Math.max(0, (w.column ?? 0) - 400), (w.column ?? 0) + 200);
      expect(at, `${w.file}:${w.line}:${w.column}`).toMatch(/dangerouslySetInnerHTML/);
      expect(at).toMatch(/\.innerHTML=\w+\.__html/);
    }
  });
});
