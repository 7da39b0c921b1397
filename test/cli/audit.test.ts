// `audit` through the real bin: every format, exit codes, unreadable inputs and stdin.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/types';
import { assertValid, jsonLines, parseCsv, readSeed, REAL_PAGE, ROOT, runCli, seed, tempDir } from './run';

/** seed 002 (all zeros) with one applicant in row 一 but a total of 0: a row-total error */
const withRowTotalError = () => readSeed('002').replace(/^(一、本年新收政府信息公开申请数量)\t0/m, '$1\t1');

/** random bytes with NULs: not a page */
const garbage = () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));

describe('audit output formats', () => {
  it('json: one array of objects, in input order, each valid against the schema', async () => {
    const run = await runCli(['audit', '--format', 'json', seed('003'), REAL_PAGE]);
    const objects = JSON.parse(run.stdout) as AuditResult[];
    objects.forEach(assertValid);
    expect(objects.map((o) => o.source)).toEqual([seed('003'), REAL_PAGE]);
    expect(objects[1]).toMatchObject({ isReport: true, year: 2023, template: '2021', publishedAt: '2024-01-17' });
    expect(run.stderr).toBe('');
  });

  it('jsonl: one line per input, each valid against the schema', async () => {
    const run = await runCli(['audit', '--format', 'jsonl', seed('000'), seed('001'), REAL_PAGE]);
    const objects = jsonLines(run.stdout) as AuditResult[];
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
    objects.forEach(assertValid);
    expect(objects.map((o) => o.source)).toEqual([seed('000'), seed('001'), REAL_PAGE]);
  });

  it('messages follow --lang', async () => {
    const zh = JSON.parse((await runCli(['audit', '--format', 'json', seed('003')])).stdout)[0] as AuditResult;
    const en = JSON.parse((await runCli(['audit', '--format', 'json', '--lang', 'en', seed('003')])).stdout)[0] as AuditResult;
    const fee = (r: AuditResult) => r.findings.find((f) => f.rule === 'fee-statement-missing')!.message;
    expect(fee(zh)).toMatch(/[\u4e00-\u9fff]/);
    expect(fee(en)).toMatch(/fee/i);
    expect(en.findings.map((f) => f.rule)).toEqual(zh.findings.map((f) => f.rule));
  });

  it('csv: UTF-8 BOM, a header, one row per finding', async () => {
    const run = await runCli(['audit', '--format', 'csv', seed('003'), REAL_PAGE]);
    expect(run.stdout.startsWith('\ufeffsource,verdict,agency,year,rule,severity,table,section,row,column,page,expected,actual,message,anchor,error\r\n')).toBe(true);
    const json = JSON.parse((await runCli(['audit', '--format', 'json', seed('003'), REAL_PAGE])).stdout) as AuditResult[];
    const rows = parseCsv(run.stdout);
    expect(rows).toHaveLength(json.reduce((n, o) => n + o.findings.length, 0));
    expect(rows.map((r) => r.rule)).toEqual(json.flatMap((o) => o.findings.map((f) => f.rule)));
    expect(rows.find((r) => r.rule === 'fee-statement-missing')).toMatchObject({ source: seed('003'), severity: 'warning', verdict: 'warnings' });
  });

  it('csv: a cell that looks like a formula is neutralised with an apostrophe', async () => {
    const dir = tempDir();
    copyFileSync(seed('003'), join(dir, '=HYPERLINK(1).txt'));
    const run = await runCli(['audit', '--format', 'csv', '=HYPERLINK(1).txt'], { cwd: dir });
    const rows = parseCsv(run.stdout);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.source).toBe("'=HYPERLINK(1).txt");
  });

  it('table: the source, the verdict and each finding, without colour when not on a TTY', async () => {
    const run = await runCli(['audit', seed('003'), REAL_PAGE]);
    expect(run.stdout).toContain(seed('003'));
    expect(run.stdout).toContain('fee-statement-missing');
    expect(run.stdout).toContain('有警告');
    expect(run.stdout).toMatch(/共 2 个输入/);
    expect(run.stdout).not.toMatch(/\x1b\[/);
    const en = await runCli(['audit', '--lang', 'en', seed('003')]);
    expect(en.stdout).toContain('warnings');
    expect(en.stdout).toContain('1 input:');
  });
});

describe('schema', () => {
  it('every object for every fixture matches the published schema, in json and jsonl', async () => {
    const fixtures = join(ROOT, 'test/fixtures');
    const [json, jsonl] = await Promise.all([runCli(['audit', '--format', 'json', fixtures]), runCli(['audit', '--format', 'jsonl', fixtures])]);
    const objects = [...(JSON.parse(json.stdout) as AuditResult[]), ...jsonLines(jsonl.stdout)];
    expect(objects.length).toBeGreaterThan(10);
    objects.forEach(assertValid);
    for (const o of objects.filter((x) => x.source.includes('/nonreport/'))) {
      expect(o).toMatchObject({ isReport: false, verdict: 'not-a-report', findings: [] });
    }
  });
});

describe('exit status and --fail-on', () => {
  it('0 when nothing at or above --fail-on was found', async () => {
    expect((await runCli(['audit', '--format', 'json', seed('003')])).code).toBe(0);
    expect((await runCli(['audit', '--format', 'json', '--fail-on', 'never', seed('003')])).code).toBe(0);
    expect((await runCli(['audit', '--format', 'json', '--fail-on', 'warning', REAL_PAGE])).code).toBe(0);
  });

  it('1 for a warning with --fail-on warning', async () => {
    expect((await runCli(['audit', '--format', 'json', '--fail-on', 'warning', seed('003')])).code).toBe(1);
  });

  it('1 for an error by default, 0 with --fail-on never', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'row-total.txt'), withRowTotalError());
    const run = await runCli(['audit', '--format', 'json', dir]);
    const [result] = JSON.parse(run.stdout) as AuditResult[];
    assertValid(result);
    expect(result.verdict).toBe('inconsistent');
    expect(result.findings.some((f) => f.rule === 'row-total' && f.severity === 'error')).toBe(true);
    expect(run.code).toBe(1);
    expect((await runCli(['audit', '--format', 'json', '--fail-on', 'never', dir])).code).toBe(0);
  });

  it('2 for a usage error, with a message on stderr', async () => {
    const usages = [['audit', '--format', 'xml', seed('003')], ['audit', '--lang', 'fr', seed('003')], ['audit', '--fail-on', 'info', seed('003')],
      ['audit'], ['check', seed('003')], ['audit', '--frobnicate', seed('003')], ['extract', '--format', 'table', seed('003')]];
    const runs = await Promise.all(usages.map((args) => runCli(args)));
    runs.forEach((run, i) => {
      expect(run.code, usages[i].join(' ')).toBe(2);
      expect(run.stderr, usages[i].join(' ')).toMatch(/gov-report-auditor: /);
      expect(run.stdout).toBe('');
    });
  });

  it('--help prints the usage and exits 0', async () => {
    const runs = await Promise.all([['--help'], ['audit', '--help'], ['extract', '-h']].map((args) => runCli(args)));
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('gov-report-auditor audit [--format table|json|jsonl|csv]');
    }
  });
});

describe('unreadable inputs', () => {
  it('binary garbage in a directory and a missing path give error objects; the others are still audited; exit 2', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    copyFileSync(seed('003'), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b', 'garbage.html'), garbage());
    copyFileSync(REAL_PAGE, join(dir, 'c.html'));
    writeFileSync(join(dir, 'notes.json'), '{}');
    const missing = join(dir, 'missing.html');

    for (const format of ['json', 'jsonl']) {
      const run = await runCli(['audit', '--format', format, dir, missing]);
      const objects = (format === 'json' ? JSON.parse(run.stdout) : jsonLines(run.stdout)) as AuditResult[];
      objects.forEach(assertValid);
      expect(objects.map((o) => o.source)).toEqual([join(dir, 'a.txt'), join(dir, 'b', 'garbage.html'), join(dir, 'c.html'), missing]);
      expect(objects[1]).toEqual({ source: join(dir, 'b', 'garbage.html'), error: expect.stringMatching(/binary/), isReport: false, findings: [], notChecked: [] });
      expect(objects[3]).toEqual({ source: missing, error: expect.stringMatching(/no such file/), isReport: false, findings: [], notChecked: [] });
      expect(objects[0].isReport && objects[2].isReport).toBe(true);
      expect(run.stderr).toContain(`${join(dir, 'b', 'garbage.html')}: binary`);
      expect(run.stderr).toContain(`${missing}: no such file`);
      expect(run.code).toBe(2);
    }
  });

  it('unreadable inputs appear in csv and table output too', async () => {
    const missing = join(tempDir(), 'missing.txt');
    const csv = await runCli(['audit', '--format', 'csv', missing]);
    expect(parseCsv(csv.stdout)).toEqual([expect.objectContaining({ source: missing, rule: '', error: 'no such file or directory' })]);
    expect(csv.code).toBe(2);
    const table = await runCli(['audit', missing]);
    expect(table.stdout).toContain('无法读取: no such file or directory');
    expect(table.code).toBe(2);
  });

  it('an empty directory is reported, not silently skipped', async () => {
    const dir = tempDir();
    const run = await runCli(['audit', '--format', 'json', dir]);
    expect(JSON.parse(run.stdout)).toEqual([{ source: dir, error: expect.stringMatching(/directory without/), isReport: false, findings: [], notChecked: [] }]);
    expect(run.code).toBe(2);
  });
});

describe('standard input', () => {
  it('reads a text report from -', async () => {
    const run = await runCli(['audit', '--format', 'json', '-'], { input: readSeed('003') });
    const [result] = JSON.parse(run.stdout) as AuditResult[];
    assertValid(result);
    expect(result).toMatchObject({ source: '-', isReport: true, year: 2023 });
    expect(result.findings.some((f) => f.rule === 'fee-statement-missing')).toBe(true);
  });

  it('sniffs an HTML page on - and gives the same findings as the file', async () => {
    const fromFile = JSON.parse((await runCli(['audit', '--format', 'json', REAL_PAGE])).stdout)[0] as AuditResult;
    const fromStdin = JSON.parse((await runCli(['audit', '--format', 'json', '-'], { input: readFileSync(REAL_PAGE) })).stdout)[0] as AuditResult;
    expect({ ...fromStdin, source: REAL_PAGE }).toEqual(fromFile);
  });
});
