// Reports of one agency for consecutive years among the inputs: carry-over lands on the later report,
// in its own object (json; jsonl when the earlier came first) or as a trailing cross-year object (jsonl).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult, Finding } from '../../src/model/types';
import type { CrossYearObject } from '../../src/cli/output';
import { assertValid, jsonLines, readSeed, runCli, tempDir } from './run';

/** seed 002 (石嘴山市工业和信息化局, 2023) as its 2022 report, carrying one application of a natural person forward */
const report2022 = () => readSeed('002').replaceAll('2023', '2022')
  .replace(/^(四、结转下年度继续办理)\t0\t0\t0\t0\t0\t0\t0/m, '$1\t1\t0\t0\t0\t0\t0\t1');

/** a directory with the two years under names that sort in the given order */
function pair(order: 'later-first' | 'earlier-first') {
  const dir = tempDir();
  const later = join(dir, order === 'later-first' ? 'a-2023.txt' : 'b-2023.txt');
  const earlier = join(dir, order === 'later-first' ? 'b-2022.txt' : 'a-2022.txt');
  writeFileSync(later, readSeed('002'));
  writeFileSync(earlier, report2022());
  return { dir, later, earlier };
}

const carryOver = (findings: Finding[]) =>
  findings.filter((f) => f.rule === 'carry-over').map((f) => ({ column: f.location.column, expected: f.expected, actual: f.actual }));
const EXPECTED = [{ column: '自然人', expected: 1, actual: 0 }, { column: '总计', expected: 1, actual: 0 }];

describe('cross-year pairing', () => {
  for (const order of ['later-first', 'earlier-first'] as const) {
    it(`json (${order}): carry-over findings sit in the later report's object`, async () => {
      const { dir, later, earlier } = pair(order);
      const run = await runCli(['audit', '--format', 'json', dir]);
      const objects = JSON.parse(run.stdout) as AuditResult[];
      objects.forEach(assertValid);
      expect(objects).toHaveLength(2);
      const late = objects.find((o) => o.source === later)!;
      expect(carryOver(late.findings)).toEqual(EXPECTED);
      expect(late.verdict).toBe('inconsistent');
      expect(carryOver(objects.find((o) => o.source === earlier)!.findings)).toEqual([]);
      expect(run.code).toBe(1);
    });
  }

  it('jsonl, earlier report first: the findings are in the later object, no trailing object', async () => {
    const { dir, later } = pair('earlier-first');
    const objects = jsonLines((await runCli(['audit', '--format', 'jsonl', dir])).stdout);
    objects.forEach(assertValid);
    expect(objects.map((o) => o.source)).toHaveLength(2);
    expect(carryOver(objects.find((o) => o.source === later).findings)).toEqual(EXPECTED);
  });

  it('jsonl, later report first: a trailing cross-year object for the later source', async () => {
    const { dir, later, earlier } = pair('later-first');
    const run = await runCli(['audit', '--format', 'jsonl', dir]);
    const objects = jsonLines(run.stdout);
    objects.forEach(assertValid);
    expect(objects.map((o) => o.source)).toEqual([later, earlier, later]);
    expect(carryOver(objects[0].findings)).toEqual([]);
    const trailing = objects[2] as CrossYearObject;
    expect(trailing).toMatchObject({ source: later, kind: 'cross-year', earlier });
    expect(carryOver(trailing.findings)).toEqual(EXPECTED);
    expect(run.code).toBe(1);
  });

  it('reports of different agencies or non-consecutive years are not paired', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-2023.txt'), readSeed('002'));
    writeFileSync(join(dir, 'b-2021.txt'), report2022().replaceAll('2022', '2021'));
    writeFileSync(join(dir, 'c-other-2022.txt'), report2022().replaceAll('石嘴山市工业和信息化局', '银川市工业和信息化局'));
    const objects = jsonLines((await runCli(['audit', '--format', 'jsonl', dir])).stdout);
    // 2023 is the 2021 text with its years changed: copied-text (any earlier year) may follow as a cross-year object
    expect(objects.filter((o) => o.kind !== 'cross-year')).toHaveLength(3);
    for (const o of objects) expect(carryOver(o.findings)).toEqual([]);
  });
});
