// copied-text through the CLI: five years of one agency among the inputs, in any order; the finding lands on the
// year that repeats an earlier one (json: in its object; jsonl: in its object or a trailing cross-year object).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult, Finding } from '../../src/model/types';
import { render } from '../generator';
import { agencyYears } from '../generator/years';
import { assertValid, jsonLines, runCli, tempDir } from './run';

/** the years written into a directory, file names sorting in the order given */
function write(order: number[], copies: Record<number, number>) {
  const dir = tempDir();
  const years = agencyYears(7, [2021, 2022, 2023, 2024, 2025], copies);
  const path = (year: number) => join(dir, `${order.indexOf(year)}-${year}.html`);
  for (const { report, doc } of years) writeFileSync(path(report.year), render(doc, 'clean').content);
  return { dir, path };
}

const copied = (findings: Finding[]) => findings.filter((f) => f.rule === 'copied-text').map((f) => f.params?.earlierYear);

describe('copied-text in the CLI', () => {
  it('json, years in any order: only the copying year has the finding, naming the earlier report', async () => {
    const { dir, path } = write([2025, 2022, 2024, 2021, 2023], { 2025: 2023 });
    const run = await runCli(['audit', '--format', 'json', '--jobs', '2', dir]);
    const objects = JSON.parse(run.stdout) as AuditResult[];
    objects.forEach(assertValid);
    const by = new Map(objects.map((o) => [o.year, o]));
    expect([...by.keys()].sort()).toEqual([2021, 2022, 2023, 2024, 2025]);
    for (const y of [2021, 2022, 2023, 2024]) expect(copied(by.get(y)!.findings)).toEqual([]);
    const f = by.get(2025)!.findings.filter((x) => x.rule === 'copied-text');
    expect(f).toHaveLength(1);
    expect(f[0].params).toMatchObject({ earlierYear: 2023, earlierSource: path(2023) });
    expect(by.get(2025)!.verdict).not.toBe('consistent');
  });

  it('jsonl, the copying year first: a trailing cross-year object once the earlier year is read', async () => {
    const { dir, path } = write([2024, 2021, 2022, 2023, 2025], { 2024: 2023 });
    const run = await runCli(['audit', '--format', 'jsonl', '--summary', dir]);
    const objects = jsonLines(run.stdout);
    objects.forEach(assertValid);
    // the summary counts the copying year out of the consistent ones, though its own object said consistent
    expect(objects.find((o) => o.source === path(2024) && !o.kind).verdict).toBe('consistent');
    expect(run.stderr.trim().split('\n').at(-1)).toBe('gov-report-auditor: 5 inputs, 5 reports, 4 consistent, 0 with errors, 0 unreadable');
    const trailing = objects.filter((o) => o.kind === 'cross-year' && o.findings.some((f: Finding) => f.rule === 'copied-text'));
    expect(trailing).toHaveLength(1);
    expect(trailing[0]).toMatchObject({ source: path(2024), earlier: path(2023) });
    expect(objects.filter((o) => !o.kind).flatMap((o) => copied(o.findings))).toEqual([]);
  });

  it('jsonl, years in order: the finding is in the copying year’s own object', async () => {
    const { dir, path } = write([2021, 2022, 2023, 2024, 2025], { 2022: 2021 });
    const objects = jsonLines((await runCli(['audit', '--format', 'jsonl', dir])).stdout);
    expect(objects.filter((o) => copied(o.findings).length).map((o) => [o.source, o.kind ?? null, copied(o.findings)]))
      .toEqual([[path(2022), null, [2021]]]);
  });

  it('years written apart: no copied-text finding', async () => {
    const { dir } = write([2021, 2022, 2023, 2024, 2025], {});
    const objects = JSON.parse((await runCli(['audit', '--format', 'json', dir])).stdout) as AuditResult[];
    expect(objects).toHaveLength(5);
    // (the generated years' tables are drawn apart: carry-over and stock-roll-forward fire, not our concern here)
    expect(objects.flatMap((o) => copied(o.findings))).toEqual([]);
    expect(objects.flatMap((o) => o.findings.filter((f) => f.severity === 'warning'))).toEqual([]);
  });
});
