import type { SectionDef } from './types';

export const SECTIONS: SectionDef[] = [
  { id: 's1', numeral: 1, label: '一、总体情况', keys: ['总体情况', '基本情况', '概述'] },
  { id: 's2', numeral: 2, label: '二、主动公开政府信息情况', keys: ['主动公开政府信息情况', '主动公开政府信息', '主动公开情况'] },
  { id: 's3', numeral: 3, label: '三、收到和处理政府信息公开申请情况', keys: ['收到和处理政府信息公开申请', '处理政府信息公开申请', '政府信息公开申请情况', '依申请公开'] },
  { id: 's4', numeral: 4, label: '四、政府信息公开行政复议、行政诉讼情况', keys: ['行政复议', '行政诉讼'] },
  { id: 's5', numeral: 5, label: '五、存在的主要问题及改进情况', keys: ['存在的主要问题', '存在主要问题', '存在的问题', '主要问题及', '问题及改进', '问题和改进'] },
  { id: 's6', numeral: 6, label: '六、其他需要报告的事项', keys: ['其他需要报告', '其他需报告', '需要报告的事项', '其他事项'] },
];

const BY_ID = new Map(SECTIONS.map((s) => [s.id, s]));
/** the section of this id */
export const sectionDef = (id: SectionDef['id']): SectionDef => BY_ID.get(id)!;
