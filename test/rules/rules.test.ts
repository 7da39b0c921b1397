// Every rule fires on a report broken in its way and stays silent on the consistent one.
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import { readText } from '../../src/page/text';
import { RULES } from '../../src/rules';
import { crossYearFindings } from '../../src/rules/crossYear';
import { parts, render, type ReportParts } from './report-text';

const audit = (p: ReportParts, lang: 'zh' | 'en' = 'zh') => auditDoc(readText(render(p)), 'test.txt', { lang });
const fired = (p: ReportParts, rule: string) => audit(p).result.findings.filter((f) => f.rule === rule);
const edit = (fn: (p: ReportParts) => void): ReportParts => { const p = parts(); fn(p); return p; };

describe('the consistent report', () => {
  it('gives no finding and is consistent', () => {
    const { result, model } = audit(parts());
    expect(result.findings).toEqual([]);
    expect(result.notChecked).toEqual([]);
    expect(result.verdict).toBe('consistent');
    expect(model.template).toBe('2021');
    expect(result.publishedAt).toBe('2024-01-20');
  });
});

describe('arithmetic', () => {
  it('balance fires per column where 一+二 ≠ 三（七）+四', () => {
    const p = edit((p) => { p.table3.carryOver[0] = 4; p.table3.carryOver[6] = 7; });
    const f = fired(p, 'balance');
    expect(f.map((x) => x.location.column)).toEqual(['自然人', '总计']);
    expect(f[0]).toMatchObject({ severity: 'error', expected: 22, actual: 23, location: { table: 3 } });
    expect(f[0].message).toContain('自然人');
    expect(audit(p).result.findings.map((x) => x.rule)).toEqual(['balance', 'balance']);
  });
  it('row-total fires on the row whose 总计 is not the sum', () => {
    const p = edit((p) => { p.table3.granted[6] = 14; });
    const f = fired(p, 'row-total');
    expect(f).toHaveLength(1);
    expect(f[0].location.row).toBe('三、本年度办理结果 / （一）予以公开');
    expect(f[0]).toMatchObject({ expected: 13, actual: 14 });
  });
  it('result-total fires per column where （七）总计 ≠ the sum of results', () => {
    const p = edit((p) => { p.table3.total[0] = 18; p.table3.total[6] = 23; p.table3.carryOver[0] = 4; p.table3.carryOver[6] = 7; });
    const all = audit(p).result.findings;
    expect(all.map((x) => `${x.rule}:${x.location.column}`)).toEqual(['result-total:自然人', 'result-total:总计']);
    expect(all[0]).toMatchObject({ expected: 19, actual: 18 });
  });
  it('review-total fires on the group whose 总计 is off', () => {
    const p = edit((p) => { p.table4[4] = 4; });
    const f = fired(p, 'review-total');
    expect(f).toHaveLength(1);
    expect(f[0].location.column).toBe('行政复议 / 总计');
    expect(f[0]).toMatchObject({ expected: 3, actual: 4 });
  });
});

describe('cross-year', () => {
  const earlier = (fn: (p: ReportParts) => void) => audit(edit((p) => { p.year = 2022; p.title = p.title.replace('2023', '2022'); fn(p); })).model;
  it('carry-over fires where this year’s 上年结转 ≠ last year’s 结转下年度', () => {
    const later = audit(parts()).model;
    const prevOk = earlier((p) => { p.table3.carryOver = [2, 1, 0, 0, 0, 0, 3]; p.table3.total = [20, 2, 1, 0, 2, 1, 26]; });
    expect(crossYearFindings(later, prevOk, 'zh').filter((f) => f.rule === 'carry-over')).toEqual([]);
    const prevBad = earlier((p) => { p.table3.carryOver = [5, 1, 0, 0, 0, 0, 6]; });
    const f = crossYearFindings(later, prevBad, 'zh').filter((x) => x.rule === 'carry-over');
    expect(f.map((x) => x.location.column)).toEqual(['自然人', '总计']);
    expect(f[0]).toMatchObject({ expected: 5, actual: 2 });
  });
  it('stock-roll-forward notes table 2 stock that does not roll forward', () => {
    const later = audit(parts()).model;
    const ok = earlier((p) => { p.table2 = p.table2.replace('行政规范性文件\t3\t1\t12', '行政规范性文件\t2\t0\t10'); });
    expect(crossYearFindings(later, ok, 'zh').filter((f) => f.rule === 'stock-roll-forward')).toEqual([]);
    const bad = earlier((p) => { p.table2 = p.table2.replace('行政规范性文件\t3\t1\t12', '行政规范性文件\t2\t0\t9'); });
    const f = crossYearFindings(later, bad, 'zh').filter((x) => x.rule === 'stock-roll-forward');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'info', expected: 11, actual: 12 });
  });
});

describe('statements', () => {
  it('narrative-mismatch fires when the stated number equals neither 一 nor 一+二', () => {
    expect(fired(edit((p) => { p.statement = '本年度共收到政府信息公开申请30件。'; }), 'narrative-mismatch')).toEqual([]);
    const f = fired(edit((p) => { p.statement = '本年度共收到政府信息公开申请31件。'; }), 'narrative-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: 27, actual: 31 });
  });
  it('narrative-mismatch fires when "no review or litigation" meets a non-empty table 4', () => {
    const zero = Array(15).fill(0);
    expect(fired(edit((p) => { p.statement += '全年未发生行政复议、行政诉讼。'; p.table4 = zero; }), 'narrative-mismatch')).toEqual([]);
    expect(fired(edit((p) => { p.statement += '全年未发生行政复议、行政诉讼。'; }), 'narrative-mismatch')).toHaveLength(1);
  });
  it('fee-statement-missing fires for 2021+ only', () => {
    expect(fired(edit((p) => { p.fee = '无。'; }), 'fee-statement-missing')).toHaveLength(1);
    const p2020 = edit((p) => {
      p.fee = '无。'; p.title = p.title.replace('2023', '2020'); p.s1Opening = p.s1Opening.replaceAll('2023', '2020'); p.published = '发布日期：2021-01-20';
    });
    expect(fired(p2020, 'fee-statement-missing')).toEqual([]);
  });
  it('year-mismatch fires when the body speaks of another year', () => {
    const f = fired(edit((p) => { p.s1Opening = p.s1Opening.replaceAll('2023', '2022'); }), 'year-mismatch');
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]).toMatchObject({ expected: 2023, actual: 2022 });
  });
  it('late-publication notes a report published after 31 January (31 March for a 人民政府)', () => {
    expect(fired(edit((p) => { p.published = '发布日期：2024-02-05'; }), 'late-publication')).toHaveLength(1);
    const gov = edit((p) => { p.title = '某某县人民政府2023年政府信息公开工作年度报告'; p.published = '发布日期：2024-03-05'; });
    expect(fired(gov, 'late-publication')).toEqual([]);
  });
});

describe('structure', () => {
  it('missing-section fires per absent section', () => {
    const f = fired(edit((p) => { p.sections[4] = '我们的不足'; }), 'missing-section');
    expect(f.map((x) => x.location.section)).toEqual(['五、存在的主要问题及改进情况']);
  });
  it('missing-table fires when a table is absent', () => {
    const f = fired(edit((p) => { p.table4 = []; }), 'missing-table');
    expect(f.map((x) => x.location.table)).toEqual([4]);
  });
  it('missing-row fires per absent template row', () => {
    const f = fired(edit((p) => { delete p.table3['refused.8']; }), 'missing-row');
    expect(f.map((x) => x.location.row)).toEqual(['三、本年度办理结果 / （三）不予公开 / 8.属于行政查询事项']);
  });
  it('label-mismatch notes a misspelt or old label', () => {
    const p = edit((p) => { p.table2 = p.table2.replace('本年废止件数', '本年度止件数'); });
    const f = fired(p, 'label-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'info', expected: '本年废止件数', actual: '本年度止件数' });
  });
  it('template-mismatch fires when a 2023 report uses the 2019 tables', () => {
    const old = [
      '第二十条第（一）项\t\t\t', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量', '规章\t0\t0\t0', '规范性文件\t3\t3\t12',
      '第二十条第（九）项\t\t', '信息内容\t采购项目数量\t采购总金额', '政府集中采购\t2\t35.5',
    ].join('\n');
    const f = fired(edit((p) => { p.table2 = old; }), 'template-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: '2021', actual: '2019' });
  });
  it('section-order notes sections out of order', () => {
    const p = edit((p) => { p.sections = [p.sections[0], p.sections[1], p.sections[2], p.sections[3], '五、其他需要报告的事项', '六、存在的主要问题及改进情况']; });
    const f = fired(p, 'section-order');
    expect(f.length).toBeGreaterThan(0);
  });
});

describe('cells', () => {
  it('cell-count fires on a shifted row and its relations become not checked', () => {
    const p = edit((p) => { p.table3.granted = [10, 2, 0, 0, 1, 0, 0, 13]; });
    const { result } = audit(p);
    const f = result.findings.filter((x) => x.rule === 'cell-count');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: 7, actual: 8, location: { row: '三、本年度办理结果 / （一）予以公开' } });
    expect(result.findings.filter((x) => x.severity === 'error')).toEqual([]);
    expect(result.notChecked.map((n) => n.rule)).toContain('result-total');
  });
  it('non-numeric fires on text in a value cell', () => {
    const f = fired(edit((p) => { p.table3.granted[1] = '见附件'; }), 'non-numeric');
    expect(f).toHaveLength(1);
    expect(f[0].location).toMatchObject({ row: '三、本年度办理结果 / （一）予以公开', column: '法人或其他组织 / 商业企业' });
  });
  it('placeholder-value notes zeros written as blanks or dashes, once per table', () => {
    const p = edit((p) => { p.table3['refused.2'] = ['—', '—', '/', '无', '—', '—', '—']; });
    const { result } = audit(p);
    expect(result.findings.map((x) => x.rule)).toEqual(['placeholder-value']);
    expect(result.findings[0].location.cells).toHaveLength(7);
    expect(result.verdict).toBe('consistent');
  });
  it('invalid-number fires on a negative or fractional count', () => {
    const f = fired(edit((p) => { p.table3['refused.2'] = [-1, 0, 0, 0, 0, 0, -1]; p.table3['refused.1'] = [2, 0, 0, 0, 0, 0, 2]; }), 'invalid-number');
    expect(f.map((x) => x.actual)).toEqual([-1, -1]);
    expect(fired(edit((p) => { p.table2 = p.table2.replace('行政许可\t156', '行政许可\t15.6'); }), 'invalid-number')).toHaveLength(1);
  });
});

describe('the catalogue', () => {
  it('has every rule id of template.md once, each with help and why in both languages', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual(['balance', 'row-total', 'result-total', 'review-total', 'carry-over', 'narrative-mismatch', 'missing-section',
      'missing-table', 'missing-row', 'cell-count', 'non-numeric', 'placeholder-value', 'invalid-number', 'label-mismatch',
      'template-mismatch', 'fee-statement-missing', 'year-mismatch', 'section-order', 'late-publication', 'stock-roll-forward',
      'copied-text']);
    for (const r of RULES) for (const t of [r.help, r.why]) { expect(t.zh).toMatch(/[\u4e00-\u9fff]/); expect(t.en).toMatch(/[a-z]/); }
  });
  it('renders messages in English on request', () => {
    const { result } = audit(edit((p) => { p.table4[4] = 4; }), 'en');
    expect(result.findings[0].message).toMatch(/^Table 4, “行政复议”: upheld/);
  });
});
