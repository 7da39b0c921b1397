// The built CLI (dist/cli, built by test/tools/global-setup.ts as by `npm run build:cli`): plain JavaScript that
// needs no TypeScript loader, whose every package import is a declared runtime dependency, with the heavy optional
// readers (pdfjs-dist, mammoth) loaded only by dynamic import; and a worker next to the bin, as the pool expects.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run';

const DIST = join(ROOT, 'dist/cli');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; dependencies: Record<string, string>; files: string[] };
const files = readdirSync(DIST).filter((f) => f.endsWith('.mjs'));
const code = files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const isBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec);

describe('built CLI bundle', () => {
  it('is what package.json publishes: bin → dist/cli/bin.mjs, with worker.mjs beside it', () => {
    expect(pkg.bin['gov-report-auditor']).toBe('dist/cli/bin.mjs');
    expect(pkg.files).toContain('dist/cli/');
    expect(files).toEqual(expect.arrayContaining(['bin.mjs', 'worker.mjs']));
    expect(readFileSync(join(DIST, 'bin.mjs'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('imports packages only from the runtime dependencies, no TypeScript loader, no .ts file', () => {
    const statics = [...code.matchAll(/^\s*(?:import|export)\b[^;]*?from\s*"([^"]+)"|^\s*import\s*"([^"]+)"/gm)].map((m) => m[1] ?? m[2]);
    const dynamics = [...code.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]);
    const bare = [...statics, ...dynamics].filter((s) => !s.startsWith('.') && !isBuiltin(s)).map(packageOf);
    expect(bare.length).toBeGreaterThan(0);
    for (const p of bare) expect(Object.keys(pkg.dependencies), `${p} is imported by the bundle`).toContain(p);
    expect(bare).not.toContain('tsx');
    expect([...statics, ...dynamics].filter((s) => /\.tsx?$/.test(s))).toEqual([]);
    // heavy optional readers: never a static import (whoever adds them uses import())
    for (const heavy of ['pdfjs-dist', 'mammoth']) expect(statics.map(packageOf)).not.toContain(heavy);
  });

  it('bundles the packages it imports (htmlparser2 as its tokenizer alone), their licences beside it; readers stay import()', () => {
    const statics = [...code.matchAll(/^\s*import\b[^;]*?from\s*"([^"]+)"/gm)].map((m) => m[1]);
    expect(statics.filter((s) => !s.startsWith('./') && !isBuiltin(s))).toEqual([]);
    expect(code).toMatch(/\bvar Tokenizer = class\b/);
    expect(code).not.toMatch(/\bvar DomHandler = class\b/);
    const notices = readFileSync(join(DIST, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of ['htmlparser2', 'entities', 'diff', 'papaparse', 'picocolors', 'cli-progress']) {
      expect(notices).toMatch(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
    }
    expect(notices).not.toMatch(/^(?:domhandler|cheerio|mammoth|pdfjs-dist) /m);
    expect(notices).toContain('Permission is hereby granted');
  });

  it('runs: --help and an audit with two worker threads', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('gov-report-auditor audit');
    const run = await runCli(['audit', '--format', 'jsonl', '--jobs', '2', 'test/fixtures/html/broken-balance.html', 'test/fixtures/nonreport/news-article.html']);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { verdict: string }).verdict)).toEqual(['inconsistent', 'not-a-report']);
  });
});
