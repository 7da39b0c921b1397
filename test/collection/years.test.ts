// Consecutive years of one agency in the collection: carry-over is checked, the finding sits on the later year,
// and both years know of the link.
import { describe, expect, it } from 'vitest';
import { recordOf } from '../../src/collection/record';
import { agencies, crossYearById, yearLinks, yearsOf } from '../../src/collection/years';
import { listRows } from '../../src/collection/list';
import { verdictWith } from '../../src/rules';
import { withPrevious } from '../../src/cli/pairing';
import { readText } from '../../src/page/text';
import { parts, render } from '../rules/report-text';
import { captureDoc, twoYears } from './support';
import { render as renderPage } from '../generator';
import { agencyYears, type AgencyYear } from '../generator/years';
import { readContent } from '../support/read';

describe('copied-text in the collection', () => {
  const save = (years: AgencyYear[]) => Promise.all(years.map(({ report, doc }, i) => {
    const page = renderPage(doc, 'word');
    return recordOf(captureDoc(readContent(page.kind, page.content), `https://example.gov.cn/r/${report.year}.html`, `2025-03-0${i + 1}T08:00:00.000Z`));
  }));
  it('a year repeating an earlier one (not the year before) gets the finding, from its captured text', async () => {
    const records = await save(agencyYears(23, [2021, 2022, 2023, 2024], { 2024: 2022 }));
    const links = yearLinks(records, 'zh');
    const copied = links.filter((l) => l.findings.some((f) => f.rule === 'copied-text'));
    expect(copied.map((l) => [l.earlier.year, l.later.year])).toEqual([[2022, 2024]]);
    expect(crossYearById(links).get(records[3].id)!.filter((f) => f.rule === 'copied-text')).toHaveLength(1);
    // the year before is still linked for carry-over
    expect(yearsOf(links, records[3].id).asLater?.earlier.year).toBe(2023);
  });
  it('years written apart: none', async () => {
    const links = yearLinks(await save(agencyYears(23, [2021, 2022, 2023])), 'zh');
    expect(links.flatMap((l) => l.findings).filter((f) => f.rule === 'copied-text')).toEqual([]);
  });
});

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
    expect(verdictWith(later.verdict, links[0].findings, links[0].notChecked)).toBe('inconsistent');
  });

  it('gives the verdict the CLI gives, cross-year items it could not check included', async () => {
    const text = (year: number) => { const p = parts(); p.year = year; p.title = p.title.replace('2023', String(year)); return render(p); };
    const y2022 = captureDoc(readText(text(2022)), 'https://example.gov.cn/szs/2022.html', '2025-03-01T08:00:00.000Z');
    const y2023 = captureDoc(readText(text(2023)), 'https://example.gov.cn/szs/2023.html', '2025-03-02T08:00:00.000Z');
    // last year's 结转下年度 row lost a cell: carry-over cannot be checked, which leaves this year unverified
    const t3 = y2022.model.tables['3']!;
    const shifted = { ...t3, rows: t3.rows.map((r) => (r.id === 'carryOver' ? { ...r, cells: r.cells.slice(1) } : r)) };
    const earlier = { ...y2022, model: { ...y2022.model, tables: { ...y2022.model.tables, 3: shifted } } };
    const records = [await recordOf(earlier), await recordOf(y2023)];
    const cli = withPrevious(y2023.result, y2023.model, earlier.model, 'zh');
    expect(y2023.result.verdict).toBe('consistent');
    expect(cli.verdict).toBe('unverified');
    expect(listRows(records, 'zh').rows.find((r) => r.record.year === 2023)?.verdict).toBe(cli.verdict);
  });

  it('years that are not consecutive, or of other agencies, are not paired', async () => {
    const { y2022, y2023 } = twoYears();
    const gap = await recordOf({ ...y2022, result: { ...y2022.result, year: 2021 }, model: { ...y2022.model, year: 2021 } });
    const later = await recordOf(y2023);
    // the two texts are the same but for the year: copied-text (any earlier year) links them, carry-over does not
    expect(yearLinks([gap, later], 'zh').flatMap((l) => l.findings.map((f) => `${f.rule} ${f.location.section}`)))
      .toEqual(['copied-text 五、存在的主要问题及改进情况', 'copied-text 一、总体情况']);
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
