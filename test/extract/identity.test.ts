// Who published the report, when, and at which level: on the page shapes of the big government CMS families
// (TRS/拓尔思, 大汉/Hanweb, 集约化 platforms, Word exports), never with a breadcrumb in the title.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlString } from '../../src/node/cheerio';
import { readText } from '../../src/page/text';
import type { PageDoc } from '../../src/page/types';
import { buildModel } from '../../src/extract';
import { agencyKeys, agencyOf, levelOf, readIdentity, reporterKeys, sameAgency, sameReporter } from '../../src/extract/identity';

const ROOT = join(__dirname, '../..');
const page = (name: string) => readHtmlString(readFileSync(join(ROOT, 'test/fixtures', name), 'utf8'));
const identity = (doc: PageDoc) => {
  const m = buildModel(doc, 'x');
  return { isReport: m.isReport, title: m.title, agency: m.agency, year: m.year, publishedAt: m.publishedAt, level: m.level };
};
/** words only a breadcrumb or a menu would put in front of a title */
const CHROME = /当前位置|您的位置|首页|>|＞|»|政务公开|走进|政府信息公开(?:年报|制度)?(?=.*(?:19|20)\d{2})/;

describe('identity on the CMS families', () => {
  const cases: Array<[string, string, ReturnType<typeof identity>]> = [
    ['TRS: ArticleTitle/PubDate meta, a title div, a breadcrumb, prev/next and related lists', 'html/identity-trs.html',
      { isReport: true, title: '福州市鼓楼区人民政府2023年政府信息公开工作年度报告', agency: '福州市鼓楼区人民政府', year: 2023, publishedAt: '2024-03-28', level: 'government' }],
    ['Hanweb: layout tables, 您的位置 crumb, the metadata table (成文日期 before 公开日期)', 'html/identity-hanweb.html',
      { isReport: true, title: '洪泽区卫生健康委员会2023年政府信息公开工作年度报告', agency: '洪泽区卫生健康委员会', year: 2023, publishedAt: '2024-01-25', level: 'department' }],
    ['集约化 platform: a breadcrumb without separators right before a title div, no ArticleTitle', 'html/identity-jiyue.html',
      { isReport: true, title: '平潭综合实验区2020年度政府信息公开工作年度报告', agency: '平潭综合实验区', year: 2020, publishedAt: '2021-03-15', level: 'government' }],
    ['Word export: the agency on the line above the title, the date under the signature', 'html/identity-word.html',
      { isReport: true, title: '沭阳县应急管理局2023年政府信息公开工作年度报告', agency: '沭阳县应急管理局', year: 2023, publishedAt: '2024-02-06', level: 'department' }],
    ['the real page (沭阳县发展和改革局): a scraper wrapper, a second head, the metadata table', 'real/shuyang-fgj-2023.html',
      { isReport: true, title: '沭阳县发展和改革局2023年政府信息公开年度报告', agency: '沭阳县发展和改革局', year: 2023, publishedAt: '2024-01-17', level: 'department' }],
  ];
  for (const [what, file, expected] of cases) {
    it(what, () => {
      const got = identity(page(file));
      expect(got).toEqual(expected);
      expect(got.title).not.toMatch(CHROME);
    });
  }

  it('the walker marks blocks inside breadcrumb and navigation containers, not layout classes', () => {
    const doc = readHtmlString(`<body><div class="bread-crumb"><a>政府信息公开</a><a>年报</a></div><nav><a>首页</a></nav>
      <ul id="mainNav"><li>机构</li></ul><div class="position-relative"><p>正文</p></div><div class="location">当前位置：首页</div></body>`);
    const nav = Object.fromEntries(doc.blocks.map((b) => [b.kind === 'text' ? b.text : '', b.kind === 'text' && !!b.nav]));
    expect(nav).toEqual({ 政府信息公开年报: true, 首页: true, 机构: true, 正文: false, '当前位置：首页': true });
  });

  const title = (html: string) => readIdentity(readHtmlString(html)).title;
  it('a breadcrumb in a plain div (no class) or glued in one line never leads the title', () => {
    const report = '平潭综合实验区2020年度政府信息公开工作年度报告';
    expect(title(`<body><div><a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>政府信息公开年报</a></div><div>${report}</div></body>`)).toBe(report);
    expect(title(`<body><div><a>政府信息公开</a><a>政府信息公开年报</a></div><div>${report}</div></body>`)).toBe(report);
    expect(title(`<body><div class="t"><span>政府信息公开</span><span>政府信息公开年报</span><span>${report}</span></div></body>`)).toBe(report);
    // a title that starts with those words is left alone when what follows is not a title by itself
    expect(title('<body><h1>政府信息公开工作年度报告（2023年）</h1></body>')).toBe('政府信息公开工作年度报告(2023年)');
  });

  it('a crawl header in PageDoc.meta (articletitle, pubdate, contentsource, url) is read like site metadata', () => {
    const doc: PageDoc = {
      title: '', blocks: [{ kind: 'text', anchor: 'b0', text: '一、总体情况 2022年，我局……' }],
      meta: { articletitle: '2022年政府信息公开工作年度报告', pubdate: '2023-01-19 09:12:00', contentsource: '平潭综合实验区社会事业局', url: 'http://www.pingtan.gov.cn/x.htm' },
    };
    expect(readIdentity(doc)).toMatchObject({ title: '2022年政府信息公开工作年度报告', agency: '平潭综合实验区社会事业局', year: 2022, publishedAt: '2023-01-19', level: 'department' });
  });

  const CRAWL = '/work/shared/real/pingtan-shs-2022-crawl.txt';
  const crawl = existsSync(CRAWL) ? readText(readFileSync(CRAWL, 'utf8')) : null;
  it.skipIf(!crawl)('the real crawl (平潭综合实验区社会事业局, 2022): its header lines (标题, 发布时间, an empty 发布机构) as text', () => {
    expect(readIdentity(crawl!)).toMatchObject({
      title: '平潭综合实验区社会事业局2022年度政府信息公开工作年度报告', agency: '平潭综合实验区社会事业局', year: 2022,
      publishedAt: '2023-01-16', level: 'department', titled: true,
    });
  });
  // the whole report once the crawl reader ("formats") splits its tables; this branch has none
  it.skipIf(!crawl || !buildModel(crawl, 'crawl').isReport)('the real crawl as a report', () => {
    expect(identity(crawl!)).toMatchObject({ isReport: true, agency: '平潭综合实验区社会事业局', year: 2022, publishedAt: '2023-01-16', level: 'department' });
  });
});

describe('agency names: one body however written, two bodies never merged', () => {
  it.each([
    ['淮安市洪泽区人民政府', '洪泽区人民政府'],
    ['江苏省淮安市洪泽区人民政府', '洪泽区政府'],
    ['宿迁市沭阳县发展和改革局', '沭阳县发展和改革局'],
    ['沭阳县人民政府办公室', '沭阳县政府办'],
    ['沭阳县卫生健康委员会', '沭阳县卫生健康委'],
    ['福建省平潭综合实验区社会事业局', '平潭综合实验区 社会事业局'],
    ['（福州市）鼓楼区人民政府', '福州市鼓楼区人民政府'],
  ])('%s ≡ %s', (a, b) => {
    expect(sameAgency(a, b)).toBe(true);
    expect(sameAgency(b, a)).toBe(true);
  });

  it.each([
    ['南京市鼓楼区人民政府', '福州市鼓楼区人民政府'],
    ['淮安市人民政府', '淮安市洪泽区人民政府'],
    ['淮安市人民政府', '宿迁市人民政府'],
    ['淮安市发展和改革委员会', '宿迁市发展和改革委员会'],
    ['淮安市发展和改革委员会', '发展和改革委员会'],
    ['沭阳县人民政府', '沭阳县人民政府办公室'],
    ['上海市市场监督管理局', '市场监督管理局'],
  ])('%s ≢ %s', (a, b) => {
    expect(sameAgency(a, b)).toBe(false);
    expect(sameAgency(b, a)).toBe(false);
  });

  it('keys: the full name first, then the name without the province or city in front', () => {
    expect(agencyKeys('江苏省淮安市洪泽区人民政府')).toEqual(['江苏省淮安市洪泽区政府', '淮安市洪泽区政府', '洪泽区政府']);
    expect(agencyKeys('淮安市人民政府')).toEqual(['淮安市政府']);
  });

  it('without an agency: the same site and the same title but for the year', () => {
    const a = { agency: null, source: 'http://www.x.gov.cn/nb/2023.html', title: '2023年政府信息公开工作年度报告' };
    const b = { agency: null, source: 'http://www.x.gov.cn/nb/202203/2022.html', title: '2022年政府信息公开工作年度报告' };
    expect(sameReporter(a, b)).toBe(true);
    expect(sameReporter(a, { ...b, source: 'http://www.y.gov.cn/2022.html' })).toBe(false);
    expect(sameReporter(a, { ...b, title: '2022年度政务公开工作总结' })).toBe(false);
    expect(sameReporter(a, { ...b, agency: '某局' })).toBe(false);
    expect(reporterKeys({ agency: null, source: 'a.html', title: '政府信息公开工作年度报告' })).toEqual([]);
  });
});

describe('level of the publishing body', () => {
  it.each([
    ['沭阳县人民政府', 'government'], ['淮安市洪泽区人民政府', 'government'], ['高沟镇人民政府', 'government'],
    ['平潭综合实验区管委会', 'government'], ['平潭综合实验区', 'government'], ['南京江北新区管理委员会', 'government'],
    ['苏州工业园区管委会', 'government'], ['沭阳县', 'government'], ['沭阳县政府', 'government'],
    ['沭阳县发展和改革局', 'department'], ['沭阳县卫生健康委员会', 'department'], ['沭阳县人民政府办公室', 'department'],
    ['江苏省教育厅', 'department'], ['沭阳县政务服务管理办公室', 'department'], ['沭阳县大数据中心', 'department'],
    ['沭阳县发改委', 'department'],
    ['某某工作专班', null], ['沭阳县城南街道', null], [null, null],
  ] as const)('%s → %s', (agency, level) => {
    expect(levelOf(agency)).toBe(level);
  });
});

describe('breadcrumbs as the last resort', () => {
  it('a page whose only title is the breadcrumb\'s last step gets that step alone', () => {
    const doc = readHtmlString('<body><div class="crumb">当前位置：首页 &gt; 年报 &gt; 沭阳县统计局2023年政府信息公开工作年度报告</div><p>正文</p></body>');
    expect(readIdentity(doc).title).toBe('沭阳县统计局2023年政府信息公开工作年度报告');
  });
  it('an article wrapped whole in a menu-like container still has its title', () => {
    const doc = readHtmlString('<body><div id="menu-content"><h1>沭阳县统计局2023年政府信息公开工作年度报告</h1><p>正文</p></div></body>');
    expect(readIdentity(doc)).toMatchObject({ title: '沭阳县统计局2023年政府信息公开工作年度报告', level: 'department' });
  });
});

describe('site of a report without an agency', () => {
  it('one column of one site across its date folders; another department\'s column is another site', () => {
    const t = (y: number) => `${y}年政府信息公开工作年度报告`;
    const a = { agency: null, source: 'http://www.shuyang.gov.cn/sygfj/gknb/202401/2ecfb31a.shtml', title: t(2023) };
    expect(sameReporter(a, { agency: null, source: 'http://www.shuyang.gov.cn/sygfj/gknb/202301/9a8b7c.shtml', title: t(2022) })).toBe(true);
    expect(sameReporter(a, { agency: null, source: 'http://www.shuyang.gov.cn/sytjj/gknb/202301/9a8b7c.shtml', title: t(2022) })).toBe(false);
  });
});

describe('a side list of other years before the article', () => {
  it('the page\'s <title> names the article, not the first report link of the side list', () => {
    const doc = readHtmlString(`<html><head><title>沭阳县统计局2023年政府信息公开工作年度报告-沭阳县人民政府</title></head><body>
      <div class="left"><ul><li><a>沭阳县统计局2022年政府信息公开工作年度报告</a></li><li><a>沭阳县统计局2021年政府信息公开工作年度报告</a></li></ul></div>
      <div class="detail"><div class="bt">沭阳县统计局2023年政府信息公开工作年度报告</div><p>正文</p></div></body></html>`);
    expect(readIdentity(doc)).toMatchObject({ title: '沭阳县统计局2023年政府信息公开工作年度报告', year: 2023 });
  });
});

describe('prev/next and related links', () => {
  it('a 上一篇 link to another year\'s report is never the title, not even as the last resort', () => {
    const doc = readHtmlString('<body><h1>关于印发年度报告格式的通知</h1><p>正文</p><p>上一篇：<a>沭阳县统计局2022年政府信息公开工作年度报告</a></p><ul class="related-nav"><li>下一篇：沭阳县统计局2021年政府信息公开工作年度报告</li></ul></body>');
    expect(readIdentity(doc)).toMatchObject({ titled: false, agency: null });
  });
});

describe('the agency in the title', () => {
  it.each([
    ['沭阳县发展和改革局关于2023年政府信息公开工作年度报告', '沭阳县发展和改革局'],
    ['关于沭阳县发展和改革局2023年度政府信息公开年报', '沭阳县发展和改革局'],
    ['2023年度沭阳县发展和改革局政府信息公开工作年度报告', '沭阳县发展和改革局'],
    ['沭阳县发展和改革局政府信息公开工作年度报告（2023年）', '沭阳县发展和改革局'],
    ['《沭阳县发展和改革局2023年政府信息公开工作年度报告》', '沭阳县发展和改革局'],
  ])('%s → %s', (title, agency) => {
    expect(agencyOf(title)).toBe(agency);
  });
});
