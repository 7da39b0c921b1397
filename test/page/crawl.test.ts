// Crawled text as public archives store it: the header gives title, date and URL; sections are found inline; a row's
// run of digits is split one digit per cell where it has exactly as many digits as the table has columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import { tidyValues } from '../../src/cli/tidy';
import { buildModel } from '../../src/extract';
import { TEMPLATES } from '../../src/template';
import { isCrawl, readCrawl } from '../../src/page/crawl';
import { readText } from '../../src/page/text';
import { errorsAndWarnings, describeFinding } from '../support/expect';

const CRAWL = readFileSync(join(__dirname, '../fixtures/formats/pingtan-shs-2022-crawl.txt'), 'utf8');

const crawl = (body: string) => `标题: 某局2023年政府信息公开工作年度报告
发布时间: 2024-01-20 09:00
发布机构: 某局
栏目: 政府信息公开年报
原文链接: https://www.example.gov.cn/nb/1.htm
==================== 正文 ====================
${body}
`;

describe('the archive header', () => {
  it('is recognised and gives title, date, agency and URL where identity reads them', () => {
    expect(isCrawl(CRAWL)).toBe(true);
    const doc = readCrawl(crawl('一、总体情况本年度……'));
    expect(doc.title).toBe('某局2023年政府信息公开工作年度报告');
    expect(doc.meta).toMatchObject({ articletitle: '某局2023年政府信息公开工作年度报告', pubdate: '2024-01-20 09:00', contentsource: '某局', url: 'https://www.example.gov.cn/nb/1.htm' });
  });

  it('plain text that merely starts with a title is not crawled text', () => {
    expect(isCrawl('某局2023年政府信息公开工作年度报告\n一、总体情况')).toBe(false);
    expect(isCrawl('标题: 只有一行\n正文开始')).toBe(false);
  });
});

describe('pingtan-shs-2022-crawl.txt (a real crawled page)', () => {
  const { result, model } = auditDoc(readText(CRAWL), 'pingtan');

  it('is a report on 2022, 2021 template, six sections found inline, no error or warning', () => {
    expect(result).toMatchObject({ isReport: true, year: 2022, template: '2021' });
    expect(model.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(errorsAndWarnings(result).map(describeFinding)).toEqual([]);
  });

  it('unverified only for the one run that cannot be split: 行政规范性文件 "5730" in table 2 (four digits, three columns)', () => {
    expect(result.verdict).toBe('unverified');
    expect(result.notChecked).toHaveLength(1);
    expect(result.notChecked[0]).toMatchObject({ rule: 'missing-row', location: { table: 2, row: '第二十条第（一）项 / 行政规范性文件' } });
    expect(result.notChecked[0].reason).toMatch(/数字连在一起|cells run together/);
  });

  it('table 3: every run split one digit per cell, the next row\'s numbering given back ("00000002.其他…")', () => {
    const values = tidyValues(buildModel(readText(CRAWL), 'pingtan')).filter((v) => v.table === 3);
    const row = (end: string) => values.filter((v) => v.row?.endsWith(end)).map((v) => v.value);
    expect(row('一、本年新收政府信息公开申请数量')).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(row('1.属于国家秘密')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row('2.其他法律行政法规禁止公开')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row('1.本机关不掌握相关政府信息')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('（七）总计')).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(new Set(values.map((v) => v.row)).size).toBe(TEMPLATES['2021'].table3.rows.length);
    expect(values.every((v) => v.column !== null)).toBe(true);
  });
});

describe('run-together rows', () => {
  const T3 = '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他';

  it('a run longer than the columns is not split by guessing: that row is not checked, not missing and not wrong', () => {
    const doc = readCrawl(crawl(`一、总体情况2023年，本局……${T3}一、本年新收政府信息公开申请数量120000012二、上年结转政府信息公开申请数量0000000四、政府信息公开行政复议、行政诉讼情况五、存在的主要问题及改进情况无。六、其他需要报告的事项无。`));
    const t3 = doc.blocks.find((b) => b.kind === 'table' && b.anchor.endsWith('t3'));
    expect(t3 && t3.kind === 'table' && t3.unreadable).toEqual([expect.objectContaining({ label: '一、本年新收政府信息公开申请数量', text: '120000012' })]);
    const { result } = auditDoc(doc, 'x');
    expect(result.findings.filter((f) => f.rule === 'row-total' || f.rule === 'balance' || f.rule === 'cell-count')).toEqual([]);
    expect(result.notChecked.some((n) => n.rule === 'missing-row' && /cells run together|数字连在一起/.test(n.reason))).toBe(true);
  });

  it('a decimal amount in a one-column row is one number', () => {
    const doc = readCrawl(crawl('二、主动公开政府信息情况第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费96171.6三、收到和处理政府信息公开申请情况'));
    const t2 = doc.blocks.find((b) => b.kind === 'table');
    expect(t2 && t2.kind === 'table' && t2.rows.at(-1)!.map((c) => c.text)).toEqual(['行政事业性收费', '96171.6']);
  });
});
