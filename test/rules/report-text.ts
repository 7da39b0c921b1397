// A consistent report on 2023 as tab-separated text, with non-zero numbers, that rule tests break one thing at a time.
// Numbers are held by template row id so a test names the cell it changes.

export type Rows = Record<string, Array<number | string>>;

export const TABLE3: Rows = {
  new: [20, 3, 1, 0, 2, 1, 27],
  carried: [2, 1, 0, 0, 0, 0, 3],
  granted: [10, 2, 0, 0, 1, 0, 13],
  partial: [2, 0, 0, 0, 0, 0, 2],
  'refused.1': [1, 0, 0, 0, 0, 0, 1],
  'refused.2': [0, 0, 0, 0, 0, 0, 0], 'refused.3': [0, 0, 0, 0, 0, 0, 0], 'refused.4': [0, 0, 0, 0, 0, 0, 0],
  'refused.5': [0, 0, 0, 0, 0, 0, 0], 'refused.6': [0, 0, 0, 0, 0, 0, 0], 'refused.7': [0, 0, 0, 0, 0, 0, 0],
  'refused.8': [0, 0, 0, 0, 0, 0, 0],
  'unable.1': [3, 1, 1, 0, 0, 0, 5], 'unable.2': [0, 0, 0, 0, 0, 0, 0], 'unable.3': [1, 0, 0, 0, 0, 0, 1],
  'notProcessed.1': [1, 0, 0, 0, 0, 0, 1], 'notProcessed.2': [0, 0, 0, 0, 0, 0, 0], 'notProcessed.3': [0, 0, 0, 0, 0, 0, 0],
  'notProcessed.4': [0, 0, 0, 0, 0, 0, 0], 'notProcessed.5': [0, 0, 0, 0, 0, 0, 0],
  'other.1': [1, 0, 0, 0, 0, 0, 1], 'other.2': [0, 0, 0, 0, 0, 0, 0], 'other.3': [0, 0, 0, 0, 0, 0, 0],
  total: [19, 3, 1, 0, 1, 0, 24],
  carryOver: [3, 1, 0, 0, 1, 1, 6],
};
export const TABLE4 = [1, 1, 0, 1, 3, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1];

const LABELS3: Record<string, [string, string]> = {
  new: ['一、本年新收政府信息公开申请数量', ''], carried: ['二、上年结转政府信息公开申请数量', ''],
  granted: ['三、本年度办理结果', '（一）予以公开'], partial: ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  'refused.1': ['（三）不予公开', '1.属于国家秘密'], 'refused.2': ['', '2.其他法律行政法规禁止公开'],
  'refused.3': ['', '3.危及“三安全一稳定”'], 'refused.4': ['', '4.保护第三方合法权益'], 'refused.5': ['', '5.属于三类内部事务信息'],
  'refused.6': ['', '6.属于四类过程性信息'], 'refused.7': ['', '7.属于行政执法案卷'], 'refused.8': ['', '8.属于行政查询事项'],
  'unable.1': ['（四）无法提供', '1.本机关不掌握相关政府信息'], 'unable.2': ['', '2.没有现成信息需要另行制作'],
  'unable.3': ['', '3.补正后申请内容仍不明确'], 'notProcessed.1': ['（五）不予处理', '1.信访举报投诉类申请'],
  'notProcessed.2': ['', '2.重复申请'], 'notProcessed.3': ['', '3.要求提供公开出版物'], 'notProcessed.4': ['', '4.无正当理由大量反复申请'],
  'notProcessed.5': ['', '5.要求行政机关确认或重新出具已获取信息'],
  'other.1': ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  'other.2': ['', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], 'other.3': ['', '3.其他'],
  total: ['（七）总计', ''], carryOver: ['四、结转下年度继续办理', ''],
};

export interface ReportParts {
  year: number;
  title: string;
  table3: Rows;
  table4: Array<number | string>;
  table2: string;
  sections: string[];
  statement: string;
  fee: string;
  published: string;
  s1Opening: string;
}

export function parts(): ReportParts {
  return {
    year: 2023,
    title: '某某市工业和信息化局2023年政府信息公开工作年度报告',
    table3: structuredClone(TABLE3),
    table4: [...TABLE4],
    table2: [
      '第二十条第（一）项\t\t\t', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t0\t0\t0', '行政规范性文件\t3\t1\t12',
      '第二十条第（五）项\t\t\t', '信息内容\t本年处理决定数量', '行政许可\t156',
      '第二十条第（六）项\t\t\t', '信息内容\t本年处理决定数量', '行政处罚\t23', '行政强制\t2',
      '第二十条第（八）项\t\t\t', '信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t12.5',
    ].join('\n'),
    sections: ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'],
    statement: '本年度共收到政府信息公开申请27件，均已按期答复。',
    fee: '本年度未收取信息处理费。',
    published: '发布日期：2024-01-20',
    s1Opening: '2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，本报告所列数据的统计期限自2023年1月1日至2023年12月31日。',
  };
}

export function render(p: ReportParts = parts()): string {
  const t3 = [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t\t\t\t\t\t总计',
    '\t自然人\t法人或其他组织',
    '\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
    ...Object.entries(p.table3).map(([id, v]) => [...(LABELS3[id] ?? [id, '']), ...v.map(String)].join('\t')),
  ].join('\n');
  const t4 = [
    '行政复议\t\t\t\t\t行政诉讼',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
    '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
    p.table4.map(String).join('\t'),
  ].join('\n');
  const [s1, s2, s3, s4, s5, s6] = p.sections;
  return [
    p.title, p.published, '',
    s1, p.s1Opening, p.statement, '',
    s2, p.table2, '',
    s3, t3, '',
    s4, p.table4.length ? t4 : '本年度无相关情况。', '',
    s5, '一是信息发布的及时性有待提高。下一步将加强培训。', '',
    s6, p.fee, '',
  ].filter((x) => x !== undefined).join('\n');
}
