// Which links of a listing page are offered for the batch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { MIN_LISTING_LINKS, reportCandidates, type RawLink } from '../../src/fetched/links';

const PAGE = 'http://www.example.gov.cn/xxgk/nb/index.html';
const link = (href: string, text: string, title?: string): RawLink => ({ href, text, title });

/** the anchors of an HTML file, as the content script reads them from the DOM */
function anchorsOf(path: string): RawLink[] {
  const $ = load(readFileSync(join(__dirname, '../..', path), 'utf8'));
  return $('a[href]').toArray().map((a) => link($(a).attr('href')!, $(a).text(), $(a).attr('title')));
}

describe('report link candidates', () => {
  it('takes links whose words name a year and a report, or whose address says 年报', () => {
    const got = reportCandidates([
      link('2023/t1.html', '某局2023年政府信息公开工作年度报告'),
      link('/a/b.html', '', '某局 2022 年度报告'),
      link('/%E5%B9%B4%E6%8A%A5/x.html', '点击查看'),
      link('/xxgk/nb/', '政府信息公开年报'), // the column itself: no year
      link('/news/1.html', '2023年工作要点'), // a year, no report
    ], PAGE);
    expect(got.map((c) => c.href)).toEqual([
      'http://www.example.gov.cn/xxgk/nb/2023/t1.html', 'http://www.example.gov.cn/a/b.html', 'http://www.example.gov.cn/%E5%B9%B4%E6%8A%A5/x.html',
    ]);
    expect(got[1].text).toBe('某局 2022 年度报告');
  });

  it('flags other origins, drops fragments, duplicates, the page itself and non-web links', () => {
    const got = reportCandidates([
      link('https://www.example.gov.cn/r.html', '2023年年度报告'), // https: another origin
      link('http://other.example.org/r.html', '2023年年度报告'),
      link('r1.html#p2', '2021年年度报告'),
      link('r1.html', '2021年年度报告（重复）'),
      link('#top', '2023年年度报告'),
      link('javascript:void(0)', '2023年年度报告'),
      link('mailto:x@example.gov.cn', '2023年年度报告'),
      link('http://[bad', '2023年年度报告'),
    ], PAGE);
    expect(got).toEqual([
      { href: 'https://www.example.gov.cn/r.html', text: '2023年年度报告', sameOrigin: false },
      { href: 'http://other.example.org/r.html', text: '2023年年度报告', sameOrigin: false },
      { href: 'http://www.example.gov.cn/xxgk/nb/r1.html', text: '2021年年度报告', sameOrigin: true },
    ]);
  });

  it('resolves against <base>, collapses whitespace and clips long text', () => {
    const [c] = reportCandidates([link('r.html', `  某局\n\t2023年  年度报告${'很长'.repeat(200)}`)], PAGE, 'http://www.example.gov.cn/other/');
    expect(c.href).toBe('http://www.example.gov.cn/other/r.html');
    expect(c.text.startsWith('某局 2023年 年度报告')).toBe(true);
    expect(c.text.length).toBe(200);
  });

  it('on the sample listing page: the reports, not the menus, news or pagination', () => {
    const got = reportCandidates(anchorsOf('assets/samples/index.html'), 'http://www.linchuan.gov.cn/xxgk/nb/index.html');
    const texts = got.map((c) => c.text);
    expect(texts).toContain('安丘市统计局2023年政府信息公开工作年度报告');
    expect(texts).not.toContain('政府信息公开年报');
    expect(texts.some((t) => t.includes('政务公开工作推进会'))).toBe(false);
    expect(got.every((c) => c.sameOrigin)).toBe(true);
  });

  it('an article\'s "previous / next" report links are too few to make a listing', () => {
    const got = reportCandidates(anchorsOf('test/fixtures/nonreport/news-article.html'), PAGE);
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(MIN_LISTING_LINKS);
  });
});
