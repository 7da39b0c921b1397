// 规则文字（中文）：每条规则的检查内容（help）、为什么要紧（why）和发现的说法（message）。
import { numeral, tableName, tableTitle } from '../../template';
import type { TableNo } from '../../model/types';
import { fill, type Locale } from './types';

const gap = (p: Record<string, string | number>) => Number(p.actual) - Number(p.expected);
const KIND: Record<string, string> = { row: '行', column: '列', section: '部分' };
const NUMBER_KIND: Record<string, string> = { count: '非负整数', signed: '整数', money: '非负金额' };
const YEAR_WHERE: Record<string, string> = { period: '统计期间', body: '“一、总体情况”开头的年份' };

export const ZH: Locale = {
  lang: 'zh',
  table: (t) => tableName(t as TableNo),
  checkFailed: '检查出错',
  reasons: {
    text: '有单元格不是数字',
    'blank-total': '总计单元格空缺（未填写总计）',
    shifted: '有行的数值个数与列数不符，无法对齐到列',
    missing: '所需的行缺失',
    'row-shifted': '该行数值个数不符，无法对齐到列',
    'two-years': '两年报告中所需的行缺失或错位（上一年报告：{earlierSource}）',
    'earlier-table-unread': '已找到上一年（{earlierYear} 年）的报告 {earlierSource}，但未能读出其{table}',
    'own-table-unread': '已找到上一年（{earlierYear} 年）的报告 {earlierSource}，但未能读出本报告的{table}',
    'level-unknown': '从机关名称“{agency}”看不出是人民政府还是部门，不知适用 1 月 31 日还是 3 月 31 日的期限',
    'agency-unknown': '未能读出发布机关，不知适用 1 月 31 日还是 3 月 31 日的期限',
    'table-unreadable': '表格存在但无法读取',
    'section-unreadable': '部分存在但标题无法识别',
    'cells-run-together': '数字连在一起，无法拆分',
    'row-unplaced': '该行的数值无法对齐到列',
    scanned: '扫描件：没有可读取的文字',
    'new-total-unreadable': '表三“本年新收”的总计无法读取',
  },
  rules: {
    balance: {
      help: '每一列：一（本年新收）+ 二（上年结转）= 三（七）总计 + 四（结转下年度）',
      why: '收到的申请必须要么办结、要么结转下年；两边不等说明有数字填错或漏填。',
      message: (p) => fill('表三「{column}」列：一（本年新收 {new}）+ 二（上年结转 {carried}）应为 {expected}，但 三（七）总计 {total} + 四（结转下年度 {carryOver}）= {actual}，{gap}。',
        { ...p, gap: gap(p) < 0 ? `少了 ${-gap(p)}` : `多了 ${gap(p)}` }),
    },
    'row-total': {
      help: '表三每一行：总计 = 自然人 + 五类法人或其他组织之和',
      why: '总计应等于各类申请人之和；不等说明某类申请人的数字或总计填错。',
      message: '表三「{row}」行：各类申请人之和为 {expected}，但「总计」填的是 {actual}。',
    },
    'result-total': {
      help: '每一列：三（七）总计 = （一）至（六）各项办理结果之和',
      why: '办理结果的总计应等于各种结果之和；不等说明有结果漏计或重复计算。',
      message: '表三「{column}」列：（一）至（六）各项办理结果之和为 {expected}，但（七）总计填的是 {actual}。',
    },
    'review-total': {
      help: '表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
      why: '复议、诉讼案件的总数应等于各种结果之和；不等说明有案件漏计。',
      message: '表四「{group}」：结果维持、结果纠正、其他结果、尚未审结之和为 {expected}，但「总计」填的是 {actual}。',
    },
    'carry-over': {
      help: '本年“上年结转”≠ 上一年报告的“结转下年度继续办理”',
      why: '上一年没办完、结转过来的申请，就是今年的“上年结转”；两者不等说明有一年的数字错了。',
      message: (p) => fill('表三「{column}」列：{earlierYear} 年报告的“结转下年度继续办理”为 {expected}，但本报告的“上年结转”为 {actual}。', p)
        + (p.earlierSource ? `（对照：${p.earlierSource}）` : ''),
    },
    'narrative-mismatch': {
      help: '正文陈述的数字与统计表矛盾',
      why: '同一份报告里文字与表格说法不一，至少有一处是错的。',
      message: (p) => (p.kind === 'applications'
        ? fill(`正文称收到申请 {actual} 件（“{text}”），但表三本年新收总计为 {new}${p.withCarried !== p.new ? '，加上年结转为 {withCarried}' : ''}。`, p)
        : fill('正文称未发生行政复议、行政诉讼（“{text}”），但表四的总计合计为 {actual}。', p)),
    },
    'missing-section': {
      help: '模板规定的六个部分之一缺失',
      why: '年度报告格式规定了六个部分，缺少任何一部分，报告就没有交代该项内容。',
      message: '未找到「{section}」部分。',
    },
    'missing-table': {
      help: '统计表二、三、四之一缺失',
      why: '三张统计表是年度报告的核心数据，缺表就无法核对。',
      message: (p) => `未找到「${tableTitle(Number(p.table) as TableNo)}」。`,
    },
    'missing-row': {
      help: '表格缺少模板规定的行',
      why: '缺少的行无法核对，相关总数也无法核对。',
      message: '{table}缺少「{row}」行。',
    },
    'cell-count': {
      help: '一行的数值个数与表格的列数不符（错位或合并的单元格）',
      why: '数字无法对应到列，读者无法判断每个数字属于哪一类；这一行参与的勾稽关系都无法核对。',
      message: '{table}「{row}」行应有 {expected} 个数值，实际有 {actual} 个。',
    },
    'non-numeric': {
      help: '数值单元格里是文字，既不是数字也不是表示零的占位符',
      why: '统计表应填数字；填了文字（如“见附件”）的单元格无法核对，其参与的勾稽关系也无法核对。',
      message: '{table}「{row}」行「{column}」列应为数字，实际填写“{actual}”。',
    },
    'placeholder-value': {
      help: '数值单元格填的是空白、“—”、“/”或“无”而不是 0（按 0 计；总计空缺则不核对）',
      why: '模板要求填数字；占位符通常表示 0，但也可能是漏填，读者应留意。',
      message: '{table}有 {actual} 个单元格未填数字（空白或“—”“/”“无”），已按 0 计算。',
    },
    'invalid-number': {
      help: '件数为负数或小数，而这里只能是非负整数',
      why: '申请件数、文件件数不可能是负数或小数，这个数字一定填错了。',
      message: (p) => fill(`{table}「{row}」行「{column}」列应为${NUMBER_KIND[p.kind] ?? NUMBER_KIND.count}，实际为 {actual}。`, { ...p, table: tableName(Number(p.table) as TableNo) }),
    },
    'label-mismatch': {
      help: '行或列的名称与模板的措辞不同（错字或旧措辞）',
      why: '名称不规范会让读者和统计汇总误解这一行或列统计的是什么。',
      message: (p) => fill(`${p.table ? `${tableName(Number(p.table) as TableNo)}的` : ''}${KIND[p.kind] ?? ''}名称写作“{found}”，模板为“{expected}”。`, p),
    },
    'template-mismatch': {
      help: '统计表用的是另一时期的模板',
      why: '2021 年起应使用国办公开办函〔2021〕30号的新格式；用错模板，统计口径与其他报告不可比。',
      message: '{year} 年的报告应使用{expectedDoc}格式，但统计表是{actualDoc}格式（依据：{evidence}）。',
    },
    'fee-statement-missing': {
      help: '2021 年起的报告未说明是否收取信息处理费',
      why: '2021 年起的格式要求报告说明信息处理费（国办函〔2020〕109号）的收取情况，公众据此了解是否被收费。',
      message: '报告没有说明是否收取信息处理费（通常写在“六、其他需要报告的事项”）。',
    },
    'year-mismatch': {
      help: '标题年份、统计期间和正文年份不一致',
      why: '年份不一致时，读者无法确定报告和数据说的是哪一年。',
      message: (p) => fill(`标题年份为 {title}，但${YEAR_WHERE[p.where] ?? ''}为 {actual}。`, p),
    },
    'section-order': {
      help: '各部分顺序颠倒或编号错误',
      why: '格式规定了六个部分的顺序和编号；顺序混乱会让读者找不到相应内容。',
      message: (p) => fill(`「{heading}」应为第${numeral(Number(p.expected))}部分，实际${p.how === 'misnumbered' ? `编号为“${numeral(Number(p.numeral))}”` : '排在后面部分之后'}。`, p),
    },
    'late-publication': {
      help: '发布日期晚于条例规定的期限',
      why: '条例第四十九、五十条规定：部门报告应于次年1月31日前、县级以上人民政府报告应于3月31日前公布。',
      message: (p) => `发布日期为 ${p.actual}，晚于${p.levelZh ? `${p.levelZh}报告的` : ''}规定期限 ${p.expected}。`,
    },
    'stock-roll-forward': {
      help: '表二：上年现行有效件数 + 本年制发 − 本年废止 ≠ 本年现行有效件数',
      why: '文件也会到期或修改，所以这只是提示：数字对不上时值得问一问。',
      message: '表二「{row}」：上年现行有效 {last} + 本年制发 {issued} − 本年废止 {repealed} = {expected}，但本年现行有效件数为 {actual}。',
    },
    'copied-text': {
      help: '第五部分（或第一部分）的文字大半照搬本机关往年的报告',
      why: '年报应写本年度的问题和改进（国办公开办函〔2021〕30号），照搬往年文字的报告在评估中会被扣分；改了日期和数字的照搬也算。',
      message: '「{section}」有 {share}% 的文字与 {earlierYear} 年的报告（{earlierSource}）相同（连续 {minRun} 字以上的相同段落，日期和数字不计差异）。最长的重复段落：“{passage}”。',
    },
  },
};
