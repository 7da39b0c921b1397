// The collection's table: filters by agency, year, verdict, rule and status, search over notes and messages,
// sorting; cross-year findings count for the later year's verdict and rule filter.
import { describe, expect, it } from 'vitest';
import { recordOf, edited } from '../../src/collection/record';
import { filterRows, listRows, NO_FILTERS, sortRows } from '../../src/collection/list';
import { findingKeys } from '../../src/collection/schema';
import { fixtureCaptures, twoYears } from './support';

async function records() {
  const { y2022, y2023 } = twoYears();
  const all = await Promise.all([...fixtureCaptures(), y2022, y2023].map((c) => recordOf(c)));
  const [first] = all;
  const key = findingKeys(first.findings)[0];
  all[0] = edited(first, { note: '电话核实过', annotations: { [key]: { note: 'Needle in a note', status: 'confirmed' } } });
  return all;
}

describe('collection list', () => {
  it('filters by each field and searches notes', async () => {
    const { rows } = listRows(await records(), 'zh');
    const ids = (f: Partial<typeof NO_FILTERS>) => filterRows(rows, { ...NO_FILTERS, ...f }).map((r) => r.record.id);
    expect(ids({})).toHaveLength(rows.length);
    expect(ids({ year: '2022' }).length).toBe(rows.filter((r) => r.record.year === 2022).length);
    expect(ids({ agency: '石嘴山市工业和信息化局' })).toHaveLength(3);
    expect(ids({ status: 'confirmed' })).toEqual([rows[0].record.id]);
    expect(ids({ search: 'needle' })).toEqual([rows[0].record.id]);
    expect(ids({ search: '电话 核实' })).toEqual([rows[0].record.id]);
    // the cross-year finding is the 2023 report's: its rule and its verdict
    const carry = filterRows(rows, { ...NO_FILTERS, rule: 'carry-over' });
    expect(carry.map((r) => r.record.year)).toEqual([2023, 2023]);
    expect(carry.every((r) => r.verdict === 'inconsistent')).toBe(true);
    expect(ids({ verdict: 'inconsistent' })).toEqual(expect.arrayContaining(carry.map((r) => r.record.id)));
  });

  it('sorts either way, ties broken by id', async () => {
    const { rows } = listRows(await records(), 'zh');
    const years = sortRows(rows, { key: 'year', descending: false }).map((r) => r.record.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const down = sortRows(rows, { key: 'findings', descending: true }).map((r) => r.findings.filter((f) => f.severity !== 'info').length);
    expect(down).toEqual([...down].sort((a, b) => b - a));
  });
});
