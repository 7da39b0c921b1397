// Consecutive years of one agency in the collection: carry-over is checked, the finding sits on the later year,
// and both years know of the link.
import { describe, expect, it } from 'vitest';
import { recordOf } from '../../src/collection/record';
import { agencies, crossYearById, verdictWith, yearLinks, yearsOf } from '../../src/collection/years';
import { twoYears } from './support';

describe('years of one agency', () => {
  it('a carry-over mismatch is a finding of the later year, shown from both', async () => {
    const { y2022, y2023 } = twoYears();
    const earlier = await recordOf(y2022);
    const later = await recordOf(y2023);
    expect(earlier.agencyKey).toBe(later.agencyKey);
    const links = yearLinks([later, earlier], 'zh');
    expect(links).toHaveLength(1);
    const found = links[0].findings.filter((f) => f.rule === 'carry-over');
    expect(found.map((f) => [f.location.column, f.expected, f.actual])).toEqual([['自然人', 1, 0], ['总计', 1, 0]]);
    expect(yearsOf(links, later.id).asLater?.earlier.id).toBe(earlier.id);
    expect(yearsOf(links, earlier.id).asEarlier.map((l) => l.later.id)).toEqual([later.id]);
    expect(crossYearById(links).has(earlier.id)).toBe(false);
    expect(verdictWith(later.verdict, links[0].findings)).toBe('inconsistent');
  });

  it('years that are not consecutive, or of other agencies, are not paired', async () => {
    const { y2022, y2023 } = twoYears();
    const gap = await recordOf({ ...y2022, result: { ...y2022.result, year: 2021 }, model: { ...y2022.model, year: 2021 } });
    const later = await recordOf(y2023);
    expect(yearLinks([gap, later], 'zh')).toEqual([]);
    const other = await recordOf(y2022);
    expect(yearLinks([{ ...other, agency: '别的局', agencyKey: '别的局' }, later], 'zh')).toEqual([]);
  });

  it('the per-agency view lists an agency\'s years in order', async () => {
    const { y2022, y2023 } = twoYears();
    const records = [await recordOf(y2023), await recordOf(y2022)];
    const byAgency = agencies(records);
    expect([...byAgency.values()].map((list) => list.map((r) => r.year))).toEqual([[2022, 2023]]);
  });
});
