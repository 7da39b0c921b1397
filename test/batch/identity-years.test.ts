// Years of one agency among a batch's reports: the later year's row gets the carry-over findings, naming the
// report compared; an unchanged pair gets none; a neighbour whose table cannot be read makes it "not checked".
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchRow } from '../../src/batch/run';
import { auditFetched } from '../../src/batch/audit-fetched';
import type { Candidate } from '../../src/fetched/links';
import type { FetchedPage } from '../../src/batch/fetch-page';
import { readHtmlString } from '../../src/node/cheerio';
import { report2022, report2023, type Variant } from '../support/two-years';

const HOST = 'http://www.szs.gov.cn';

async function batch(v: Variant) {
  const pages: Record<string, string> = { '/gxj/nb/202401/a1.txt': report2023(v), '/gxj/nb/202301/b2.txt': report2022(v) };
  const links: Candidate[] = Object.keys(pages).map((p) => ({ href: HOST + p, text: p, sameOrigin: true }));
  const rows: BatchRow[] = links.map((link) => ({ link, state: { phase: 'waiting' } }));
  await runBatch(links, {
    lang: 'zh', signal: new AbortController().signal, delayMs: 0,
    onRow: (i, state) => { rows[i] = { ...rows[i], state }; },
    fetchPage: async (url): Promise<FetchedPage> => ({ url, bytes: new TextEncoder().encode(pages[new URL(url).pathname]), charset: 'utf-8', html: false }),
    audit: (page, lang) => auditFetched(page, lang, readHtmlString),
  });
  const result = (i: number) => { const s = rows[i].state; if (s.phase !== 'done') throw new Error(s.phase); return s.audited.result; };
  return { later: result(0), earlier: result(1) };
}

describe('batch: years of one agency', () => {
  it('a changed carry-over, the agency written another way: findings on the later row, naming the earlier page', async () => {
    const { later, earlier } = await batch({ carried: true, agency: '宁夏回族自治区石嘴山市工业和信息化局' });
    const found = later.findings.filter((f) => f.rule === 'carry-over');
    expect(found.map((f) => [f.location.column, f.expected, f.actual])).toEqual([['自然人', 1, 0], ['总计', 1, 0]]);
    expect(found.every((f) => f.params?.earlierSource === `${HOST}/gxj/nb/202301/b2.txt`)).toBe(true);
    expect(later.verdict).toBe('inconsistent');
    expect(earlier.findings.filter((f) => f.rule === 'carry-over')).toEqual([]);
  });

  it('neither year names its agency: paired by site column and title pattern', async () => {
    const { later } = await batch({ carried: true, noAgency: true });
    expect(later.agency).toBeNull();
    expect(later.findings.filter((f) => f.rule === 'carry-over').map((f) => f.expected)).toEqual([1, 1]);
  });

  it('an unchanged pair gives none', async () => {
    const { later } = await batch({});
    expect(later.findings.filter((f) => f.rule === 'carry-over')).toEqual([]);
    expect(later.notChecked.filter((n) => n.rule === 'carry-over')).toEqual([]);
  });

  it('the year before has no readable table 3: not checked, with the reason', async () => {
    const { later } = await batch({ noTable3: true });
    const nc = later.notChecked.filter((n) => n.rule === 'carry-over');
    expect(nc).toHaveLength(1);
    expect(nc[0].reason).toContain(`${HOST}/gxj/nb/202301/b2.txt`);
  });
});
