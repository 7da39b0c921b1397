// Pairing years among the CLI's inputs by the normalised agency: a changed 上年结转 gives carry-over findings on the
// later year that name the report compared; an unchanged pair gives none; an unreadable neighbour is "not checked".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/types';
import { report2022, report2023, type Variant } from '../support/two-years';
import { assertValid, jsonLines, runCli, tempDir } from './run';

async function audit(v: Variant) {
  const dir = tempDir();
  const later = join(dir, 'b-2023.txt');
  const earlier = join(dir, 'a-2022.txt');
  writeFileSync(later, report2023());
  writeFileSync(earlier, report2022(v));
  const run = await runCli(['audit', '--format', 'json', dir]);
  const objects = JSON.parse(run.stdout) as AuditResult[];
  objects.forEach(assertValid);
  return { later: objects.find((o) => o.source === later)!, earlier: objects.find((o) => o.source === earlier)!, laterPath: later, earlierPath: earlier };
}
const carry = (r: AuditResult) => r.findings.filter((f) => f.rule === 'carry-over');

describe('CLI: years of one agency', () => {
  for (const agency of [undefined, '宁夏回族自治区石嘴山市工业和信息化局', '石嘴山市 工业和信息化局']) {
    it(`a changed carry-over is found on the later year (2022 agency: ${agency ?? 'as in 2023'})`, async () => {
      const { later, earlier, earlierPath } = await audit({ carried: true, agency });
      expect(carry(later).map((f) => [f.location.column, f.expected, f.actual])).toEqual([['自然人', 1, 0], ['总计', 1, 0]]);
      for (const f of carry(later)) {
        expect(f.params?.earlierSource).toBe(earlierPath);
        expect(f.message).toContain(earlierPath);
      }
      expect(carry(earlier)).toEqual([]);
    });

    it(`an unchanged pair gives no carry-over finding (2022 agency: ${agency ?? 'as in 2023'})`, async () => {
      const { later } = await audit({ agency });
      expect(carry(later)).toEqual([]);
      expect(later.notChecked.filter((n) => n.rule === 'carry-over')).toEqual([]);
    });
  }

  it('another agency is not paired', async () => {
    const { later } = await audit({ carried: true, agency: '银川市工业和信息化局' });
    expect(carry(later)).toEqual([]);
  });

  it('the year before is there but its table 3 cannot be read: carry-over is not checked, naming that report', async () => {
    const { later, earlier, earlierPath } = await audit({ noTable3: true });
    expect(earlier.isReport).toBe(true);
    expect(carry(later)).toEqual([]);
    const nc = later.notChecked.filter((n) => n.rule === 'carry-over');
    expect(nc).toHaveLength(1);
    expect(nc[0].reason).toContain(earlierPath);
    expect(nc[0].reason).toContain('表三');
  });

  it('jsonl, the later year first: the trailing cross-year object carries the not-checked reason, schema-valid', async () => {
    const dir = tempDir();
    const later = join(dir, 'a-2023.txt');
    const earlier = join(dir, 'b-2022.txt');
    writeFileSync(later, report2023());
    writeFileSync(earlier, report2022({ noTable3: true }));
    const objects = jsonLines((await runCli(['audit', '--format', 'jsonl', dir])).stdout);
    objects.forEach(assertValid);
    const trailing = objects.find((o) => o.kind === 'cross-year');
    expect(trailing).toMatchObject({ source: later, earlier });
    expect(trailing.notChecked.map((n: { rule: string }) => n.rule)).toContain('carry-over');
  });

  it('the table format shows the identity line with the publication date', async () => {
    const run = await runCli(['audit', '--format', 'table', '--lang', 'zh', join(__dirname, '../fixtures/html/identity-hanweb.html')]);
    expect(run.stdout).toContain('洪泽区卫生健康委员会 · 2023 · 2021年版模板 · 发布于 2024-01-25');
  });
});
