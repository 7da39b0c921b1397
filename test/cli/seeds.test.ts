// The done-criterion: `npx gov-report-auditor audit --format jsonl test/fixtures/seeds`
// reports what the seeds' README lists, and nothing that contradicts it.
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult, Finding } from '../../src/model/types';
import { joinPath, TABLE3_2021 } from '../../src/template';
import { assertValid, jsonLines, ROOT, runCli, seed } from './run';

const resultsRow = (id: string) => joinPath(TABLE3_2021.rows.find((r) => r.id === id)!.path);
const RESULT_ROW_IDS = TABLE3_2021.rows.map((r) => r.id).filter((id) => !['new', 'carried', 'carryOver'].includes(id));

let bySeed: Record<string, AuditResult>;
let code: number | null;

beforeAll(async () => {
  const run = await runCli(['audit', '--format', 'jsonl', 'test/fixtures/seeds']);
  code = run.code;
  const objects = jsonLines(run.stdout) as AuditResult[];
  objects.forEach(assertValid);
  bySeed = Object.fromEntries(['000', '001', '002', '003', '004'].map((p) => [p, objects.find((o) => o.source === relative(ROOT, seed(p)))!]));
});

const findings = (p: string, rule: string) => bySeed[p].findings.filter((f) => f.rule === rule);
const cellCountRows = (p: string) => findings(p, 'cell-count').filter((f) => f.location.table === 3).map((f) => f.location.row);
const mentions = (f: Finding, label: string) => String(f.actual).includes(label);

describe('audit --format jsonl test/fixtures/seeds', () => {
  it('audits the five seeds as reports, one object each, without unreadable inputs', () => {
    expect(code).not.toBe(2);
    for (const [p, r] of Object.entries(bySeed)) {
      expect(r, `seed ${p}`).toBeDefined();
      expect(r.isReport, `seed ${p}`).toBe(true);
      expect(r.verdict).not.toBe('not-a-report');
    }
  });

  it('reads years and templates as the README gives them', () => {
    expect([bySeed['000'].year, bySeed['001'].year, bySeed['002'].year, bySeed['003'].year, bySeed['004'].year]).toEqual([2022, 2020, 2023, 2023, 2024]);
    expect(bySeed['001'].template).toBe('2019');
    for (const p of ['000', '002', '003', '004']) expect(bySeed[p].template, `seed ${p}`).toBe('2021');
    for (const p of ['000', '001', '002', '003', '004']) expect(findings(p, 'template-mismatch'), `seed ${p}`).toEqual([]);
  });

  it('000: cell-count on every broken table-3 row, not on （三）1 which has seven values', () => {
    const rows = cellCountRows('000');
    const broken = ['granted', 'partial', 'refused.2', 'refused.3', 'refused.4', 'refused.5', 'refused.6', 'refused.7',
      'refused.8', 'unable.1', 'unable.2', 'unable.3', 'notProcessed.1', 'notProcessed.2', 'notProcessed.3',
      'notProcessed.4', 'notProcessed.5', 'other.1', 'other.2', 'other.3', 'total', 'carryOver'];
    for (const id of broken) expect(rows, id).toContain(resultsRow(id));
    expect(rows).not.toContain(resultsRow('refused.1'));
  });

  it('000: label-mismatch for 社会组织 and 其他法律法规禁止公开', () => {
    const labels = findings('000', 'label-mismatch');
    expect(labels.some((f) => mentions(f, '社会组织') && f.location.table === 3)).toBe(true);
    expect(labels.some((f) => mentions(f, '其他法律法规禁止公开') && f.location.table === 3)).toBe(true);
  });

  it('001: 2019 template for 2020, no fee statement required', () => {
    expect(findings('001', 'fee-statement-missing')).toEqual([]);
    expect(findings('001', 'invalid-number')).toEqual([]);
  });

  it('002: cell-count on every row under 三、本年度办理结果, none on 一, 二, 四', () => {
    const rows = cellCountRows('002');
    for (const id of RESULT_ROW_IDS) expect(rows, id).toContain(resultsRow(id));
    for (const id of ['new', 'carried', 'carryOver']) expect(rows, id).not.toContain(resultsRow(id));
  });

  it('003 and 004: fee-statement-missing; 000 and 002 state it', () => {
    expect(findings('003', 'fee-statement-missing')).toHaveLength(1);
    expect(findings('004', 'fee-statement-missing')).toHaveLength(1);
    expect(findings('000', 'fee-statement-missing')).toEqual([]);
    expect(findings('002', 'fee-statement-missing')).toEqual([]);
  });

  it('004: label-mismatch for 本年度止件数 in table 2', () => {
    expect(findings('004', 'label-mismatch').some((f) => mentions(f, '本年度止件数') && f.location.table === 2)).toBe(true);
  });

  it('all numbers are zero: no arithmetic errors in any seed', () => {
    for (const p of ['000', '001', '002', '003', '004']) {
      for (const rule of ['balance', 'row-total', 'result-total', 'review-total', 'narrative-mismatch', 'invalid-number']) {
        expect(findings(p, rule), `seed ${p} ${rule}`).toEqual([]);
      }
    }
  });
});
