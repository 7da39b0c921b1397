// Years of one agency in the collection, however the agency is written: carry-over on the later year, the report
// compared named, nothing for an unchanged pair, "not checked" with the reason when the year before has no table.
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/page/text';
import { recordOf } from '../../src/collection/record';
import { agencies, yearLinks } from '../../src/collection/years';
import { report2022, report2023, type Variant } from '../support/two-years';
import { captureDoc } from './support';

async function records(v: Variant) {
  const earlier = await recordOf(captureDoc(readText(report2022(v)), 'https://www.szs.gov.cn/gxj/2022.html', '2025-03-01T08:00:00.000Z'));
  const later = await recordOf(captureDoc(readText(report2023()), 'https://www.szs.gov.cn/gxj/2023.html', '2025-03-02T08:00:00.000Z'));
  return { earlier, later };
}

describe('collection: years of one agency', () => {
  it('the agency written with its region in front in one year: still one agency, carry-over on the later year', async () => {
    const { earlier, later } = await records({ carried: true, agency: '宁夏回族自治区石嘴山市工业和信息化局' });
    expect(earlier.agency).not.toBe(later.agency);
    const links = yearLinks([later, earlier], 'zh');
    expect(links).toHaveLength(1);
    expect(links[0].later.id).toBe(later.id);
    const found = links[0].findings.filter((f) => f.rule === 'carry-over');
    expect(found.map((f) => [f.location.column, f.expected, f.actual])).toEqual([['自然人', 1, 0], ['总计', 1, 0]]);
    expect(found.every((f) => f.params?.earlierSource === earlier.url)).toBe(true);
    expect([...agencies([later, earlier]).values()].map((l) => l.map((r) => r.year))).toEqual([[2022, 2023]]);
  });

  it('an unchanged pair gives none', async () => {
    const { earlier, later } = await records({ agency: '宁夏回族自治区石嘴山市工业和信息化局' });
    const links = yearLinks([later, earlier], 'zh');
    expect(links).toHaveLength(1);
    expect(links[0].findings.filter((f) => f.rule === 'carry-over')).toEqual([]);
    expect(links[0].notChecked).toEqual([]);
  });

  it('the year before saved without a readable table 3: carry-over not checked, with the reason', async () => {
    const { earlier, later } = await records({ noTable3: true });
    const [link] = yearLinks([later, earlier], 'zh');
    expect(link.findings.filter((f) => f.rule === 'carry-over')).toEqual([]);
    expect(link.notChecked.map((n) => n.rule)).toContain('carry-over');
    expect(link.notChecked.find((n) => n.rule === 'carry-over')!.reason).toContain(earlier.url);
  });

  it('a saved result that already holds cross-year findings (a paired batch) keeps only its own', async () => {
    const { earlier } = await records({});
    const capture = captureDoc(readText(report2023()), 'https://www.szs.gov.cn/gxj/2023.html', '2025-03-02T08:00:00.000Z');
    const extra = { rule: 'carry-over', severity: 'error' as const, message: 'x', location: { table: 3 as const, section: null, row: null, column: null, anchor: null }, expected: 1, actual: 0 };
    const saved = await recordOf({ ...capture, result: { ...capture.result, findings: [...capture.result.findings, extra], verdict: 'inconsistent' } });
    expect(saved.findings.some((f) => f.rule === 'carry-over')).toBe(false);
    expect(saved.verdict).toBe(capture.result.verdict);
    expect(earlier.year).toBe(2022);
  });
});
