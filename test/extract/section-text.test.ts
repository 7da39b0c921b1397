// Sections 一 and 五 as text: from the heading to the next section heading, without page furniture or the site
// around the report, capped in length.
import { describe, expect, it } from 'vitest';
import { SECTION_TEXT_CAP, sectionTexts, sectionTextsOf } from '../../src/extract/sectionText';
import { buildModel } from '../../src/extract';
import { readText } from '../../src/page/text';

describe('section text', () => {
  it('takes the blocks between a heading and the next, leaving out page numbers', () => {
    const text = ['标题', '一、总体情况', '今年做了很多工作。', '- 3 -', '（一）主动公开', '主动公开信息100条。', '二、主动公开政府信息情况',
      '表格', '五、存在的主要问题及改进情况', '一是问题。', '第 4 页 共 8 页', '二是措施。', '六、其他需要报告的事项', '无。'].join('\n');
    expect(sectionTextsOf(text)).toEqual({ s1: '今年做了很多工作。\n（一）主动公开\n主动公开信息100条。', s5: '一是问题。\n二是措施。' });
  });
  it('stops the last section where the site begins (signature date, print links, footer)', () => {
    const lines = ['五、存在的主要问题及改进情况', '一是问题。', 'XX局', '2024年1月20日', '相关链接', '上一篇：某某', '主办单位：某某'];
    expect(sectionTextsOf(lines.join('\n')).s5).toBe('一是问题。\nXX局');
    expect(sectionTextsOf(['五、存在的主要问题及改进情况', '一是问题。', '【打印本页】【关闭窗口】', '网站标识码 123'].join('\n')).s5).toBe('一是问题。');
  });
  it('a table of contents does not hide the body: the longest text of a section is kept', () => {
    const text = ['一、总体情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '一、总体情况', '正文第一部分。', '五、存在的主要问题及改进情况', '正文第五部分。'].join('\n');
    expect(sectionTextsOf(text)).toEqual({ s1: '正文第一部分。', s5: '正文第五部分。' });
  });
  it('is capped', () => {
    const long = '很长的文字。'.repeat(2000);
    expect(sectionTextsOf(`五、存在的主要问题及改进情况\n${long}`).s5).toHaveLength(SECTION_TEXT_CAP);
  });
  it('other sections on request; null pieces (tables) add nothing', () => {
    expect(sectionTexts([{ text: '六、其他需要报告的事项' }, null, { text: '未收取信息处理费。' }], ['s6'])).toEqual({ s6: '未收取信息处理费。' });
  });
  it('is in the report model, from the page model', () => {
    const model = buildModel(readText('某局2023年政府信息公开工作年度报告\n一、总体情况\n本年工作。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n五、存在的主要问题及改进情况\n问题和改进。\n'), 't.txt');
    expect(model.isReport).toBe(true);
    expect(model.sectionText).toEqual({ s1: '本年工作。', s5: '问题和改进。' });
  });
});
