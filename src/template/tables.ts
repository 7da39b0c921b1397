// The three statistical tables of both templates, as data. The extractor and the rules read only this.
import type { ColumnDef, RowDef, Table2Def, Table3Def, Table4Def } from './types';

// ---- Table 2 — 主动公开政府信息情况 ----
const item1_2021 = {
  id: 'item1', label: '第二十条第（一）项',
  columns: [
    { id: 'issued', path: ['本年制发件数'], kind: 'count' },
    { id: 'repealed', path: ['本年废止件数'], kind: 'count' },
    { id: 'inForce', path: ['现行有效件数'], kind: 'count' },
  ] as ColumnDef[],
  rows: [
    { id: 'regulations', path: ['规章'] },
    { id: 'normativeDocs', path: ['行政规范性文件'] },
  ] as RowDef[],
};
const decisions: ColumnDef[] = [{ id: 'decisions', path: ['本年处理决定数量'], kind: 'count' }];

export const TABLE2_2021: Table2Def = {
  table: 2, title: '主动公开政府信息情况',
  blocks: [
    item1_2021,
    { id: 'item5', label: '第二十条第（五）项', columns: decisions, rows: [{ id: 'licensing', path: ['行政许可'] }] },
    { id: 'item6', label: '第二十条第（六）项', columns: decisions,
      rows: [{ id: 'penalty', path: ['行政处罚'] }, { id: 'enforcement', path: ['行政强制'] }] },
    { id: 'item8', label: '第二十条第（八）项',
      columns: [{ id: 'feeAmount', path: ['本年收费金额（单位：万元）'], kind: 'money', aliases: ['本年收费金额', '本年收费金额（单位：万元，保留4位小数）'] }],
      rows: [{ id: 'fees', path: ['行政事业性收费'] }] },
  ],
};

const projectColumns = (withDecisions: boolean): ColumnDef[] => [
  { id: 'lastYear', path: ['上一年项目数量'], kind: 'count' },
  { id: 'change', path: ['本年增/减'], kind: 'signed', aliases: ['本年增减'] },
  ...(withDecisions ? [{ id: 'decisions', path: ['处理决定数量'], kind: 'count' } as ColumnDef] : []),
];

export const TABLE2_2019: Table2Def = {
  table: 2, title: '主动公开政府信息情况',
  blocks: [
    { id: 'item1', label: '第二十条第（一）项',
      columns: [
        { id: 'made', path: ['本年新制作数量'], kind: 'count' },
        { id: 'published', path: ['本年新公开数量'], kind: 'count' },
        { id: 'publishedTotal', path: ['对外公开总数量'], kind: 'count' },
      ],
      rows: [{ id: 'regulations', path: ['规章'] }, { id: 'normativeDocs', path: ['规范性文件'] }] },
    { id: 'item5', label: '第二十条第（五）项', columns: projectColumns(true),
      rows: [{ id: 'licensing', path: ['行政许可'] }, { id: 'otherServices', path: ['其他对外管理服务事项'] }] },
    { id: 'item6', label: '第二十条第（六）项', columns: projectColumns(true),
      rows: [{ id: 'penalty', path: ['行政处罚'] }, { id: 'enforcement', path: ['行政强制'] }] },
    { id: 'item8', label: '第二十条第（八）项', columns: projectColumns(false),
      rows: [{ id: 'fees', path: ['行政事业性收费'] }] },
    { id: 'item9', label: '第二十条第（九）项',
      columns: [
        { id: 'procurementCount', path: ['采购项目数量'], kind: 'count' },
        { id: 'procurementAmount', path: ['采购总金额'], kind: 'money' },
      ],
      rows: [{ id: 'procurement', path: ['政府集中采购'] }] },
  ],
};

// ---- Table 3 — 收到和处理政府信息公开申请情况 ----
const ORG = '法人或其他组织';
export const TABLE3_COLUMNS: ColumnDef[] = [
  { id: 'natural', path: ['自然人'], kind: 'count' },
  { id: 'business', path: [ORG, '商业企业'], kind: 'count' },
  { id: 'research', path: [ORG, '科研机构'], kind: 'count' },
  { id: 'publicInterest', path: [ORG, '社会公益组织'], kind: 'count' },
  { id: 'legal', path: [ORG, '法律服务机构'], kind: 'count' },
  { id: 'otherOrg', path: [ORG, '其他'], kind: 'count' },
  { id: 'total', path: ['总计'], kind: 'count' },
];

const RESULTS = '三、本年度办理结果';
const REFUSED = '（三）不予公开';
const UNABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
const OTHER = '（六）其他处理';

const head: RowDef[] = [
  { id: 'new', path: ['一、本年新收政府信息公开申请数量'], keys: ['本年新收'] },
  { id: 'carried', path: ['二、上年结转政府信息公开申请数量'], keys: ['上年结转'] },
  { id: 'granted', path: [RESULTS, '（一）予以公开'] },
  { id: 'partial', path: [RESULTS, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], aliases: ['部分公开'] },
  { id: 'refused.1', path: [RESULTS, REFUSED, '1.属于国家秘密'] },
  { id: 'refused.2', path: [RESULTS, REFUSED, '2.其他法律行政法规禁止公开'] },
  { id: 'refused.3', path: [RESULTS, REFUSED, '3.危及“三安全一稳定”'] },
  { id: 'refused.4', path: [RESULTS, REFUSED, '4.保护第三方合法权益'] },
  { id: 'refused.5', path: [RESULTS, REFUSED, '5.属于三类内部事务信息'] },
  { id: 'refused.6', path: [RESULTS, REFUSED, '6.属于四类过程性信息'] },
  { id: 'refused.7', path: [RESULTS, REFUSED, '7.属于行政执法案卷'] },
  { id: 'refused.8', path: [RESULTS, REFUSED, '8.属于行政查询事项'] },
  { id: 'unable.1', path: [RESULTS, UNABLE, '1.本机关不掌握相关政府信息'] },
  { id: 'unable.2', path: [RESULTS, UNABLE, '2.没有现成信息需要另行制作'] },
  { id: 'unable.3', path: [RESULTS, UNABLE, '3.补正后申请内容仍不明确'] },
  { id: 'notProcessed.1', path: [RESULTS, NOT_PROCESSED, '1.信访举报投诉类申请'] },
  { id: 'notProcessed.2', path: [RESULTS, NOT_PROCESSED, '2.重复申请'] },
  { id: 'notProcessed.3', path: [RESULTS, NOT_PROCESSED, '3.要求提供公开出版物'] },
  { id: 'notProcessed.4', path: [RESULTS, NOT_PROCESSED, '4.无正当理由大量反复申请'] },
  { id: 'notProcessed.5', path: [RESULTS, NOT_PROCESSED, '5.要求行政机关确认或重新出具已获取信息'] },
];
const tail: RowDef[] = [
  { id: 'total', path: [RESULTS, '（七）总计'] },
  { id: 'carryOver', path: ['四、结转下年度继续办理'], keys: ['结转下年度'] },
];

export const TABLE3_2021: Table3Def = {
  table: 3, title: '收到和处理政府信息公开申请情况', columns: TABLE3_COLUMNS,
  rows: [
    ...head,
    { id: 'other.1', path: [RESULTS, OTHER, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'], keys: ['逾期不补正'] },
    { id: 'other.2', path: [RESULTS, OTHER, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], keys: ['收费通知'] },
    { id: 'other.3', path: [RESULTS, OTHER, '3.其他'] },
    ...tail,
  ],
};

export const TABLE3_2019: Table3Def = {
  table: 3, title: '收到和处理政府信息公开申请情况', columns: TABLE3_COLUMNS,
  rows: [...head, { id: 'other', path: [RESULTS, OTHER] }, ...tail],
};

/** rows whose sum is （七）总计 */
export const RESULT_ROW_PREFIXES = ['granted', 'partial', 'refused.', 'unable.', 'notProcessed.', 'other'];

// ---- Table 4 — 政府信息公开行政复议、行政诉讼情况 ----
const OUTCOMES: Array<[string, string]> = [
  ['upheld', '结果维持'], ['corrected', '结果纠正'], ['other', '其他结果'], ['pending', '尚未审结'], ['total', '总计'],
];
export const TABLE4_GROUPS: Array<{ id: string; path: string[] }> = [
  { id: 'review', path: ['行政复议'] },
  { id: 'direct', path: ['行政诉讼', '未经复议直接起诉'] },
  { id: 'afterReview', path: ['行政诉讼', '复议后起诉'] },
];
export const TABLE4: Table4Def = {
  table: 4, title: '政府信息公开行政复议、行政诉讼情况',
  columns: TABLE4_GROUPS.flatMap((g) => OUTCOMES.map(([id, label]) => ({ id: `${g.id}.${id}`, path: [...g.path, label], kind: 'count' as const }))),
};
