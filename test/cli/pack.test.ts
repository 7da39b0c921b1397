// The package as a user gets it: `npm pack`, installed into an empty folder as a dependency, gives a working
// `gov-report-auditor` that audits a seed report. Everything the CLI imports at run time must be in "dependencies"
// and in the tarball; nothing may need a dev tool after installation.
// Needs the npm registry (or a warm npm cache) for the dependencies; without network it is skipped, with the reason.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/types';
import { ROOT, seed } from './run';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const OFFLINE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH|ETIMEDOUT|ECONNRESET|network request|cache mode is 'only-if-cached'/;

describe('npm pack → install → audit', () => {
  const work = mkdtempSync(join(tmpdir(), 'gra-pack-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('installs from the tarball into an empty folder and audits a seed', async (ctx) => {
    // the tarball, built as `npm publish` would (prepare and prepack scripts run)
    await run(npm, ['pack', '--pack-destination', work], { cwd: ROOT, maxBuffer: 64 << 20 });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    expect(tarball).toMatch(/^gov-report-auditor-\d+\.\d+\.\d+\.tgz$/);

    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'uses-the-auditor', version: '1.0.0', private: true }));
    try {
      await run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball!)], { cwd: app, maxBuffer: 64 << 20 });
    } catch (e) {
      const text = `${(e as { stderr?: string }).stderr ?? ''}${(e as Error).message}`;
      if (OFFLINE.test(text)) { ctx.skip(); return; } // no registry here: CI runs it
      throw e;
    }

    const bin = join(app, 'node_modules', '.bin', 'gov-report-auditor');
    const { stdout } = await run(bin, ['audit', '--format', 'json', '--jobs', '1', seed('002')], { cwd: app, maxBuffer: 64 << 20 })
      .catch((e: { code?: number; stdout?: string; stderr?: string }) => {
        // exit status 1 means findings at or above --fail-on: the audit ran
        if (e.code === 1 && e.stdout) return { stdout: e.stdout };
        throw new Error(`the installed CLI failed (exit ${e.code}): ${e.stderr}`);
      });
    const [result] = JSON.parse(stdout) as AuditResult[];
    expect(result).toMatchObject({ isReport: true, year: 2023, template: '2021' });
    expect(result.verdict).not.toBe('not-a-report');
    for (const f of result.findings) expect(f.message).not.toBe(f.rule); // messages rendered, not bare rule ids
  });
});
