// The popup's exports: CSV (BOM, one row per finding, formulas defused), Markdown (page text cannot become markup), JSON.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { AuditResult, Finding } from '../../src/model/types';
import { resultCsv as toCsv } from '../../src/export/csv';
import { toMarkdown } from '../../src/export/markdown';
import { toJson } from '../../src/export/json';
import { translatorOf } from '../support/fake-i18n';

const zh = translatorOf('zh_CN');

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: 'balance', severity: 'error', message: '表三「自然人」列：一 + 二 应为 21，但 = 20。',
  location: { table: 3, section: null, row: null, column: '自然人', cells: ['t2.r4.c1'], anchor: 't2.r4.c1' },
  expected: 21, actual: 20, ...over,
});

const result = (findings: Finding[]): AuditResult => ({
  source: 'http://www.example.gov.cn/a.html', isReport: true, verdict: 'inconsistent', title: '某局2023年政府信息公开工作年度报告',
  agency: '某局', year: 2023, template: '2021', publishedAt: '2024-01-20', findings, notChecked: [],
});

describe('exports', () => {
  it('CSV: UTF-8 BOM, a header, one row per finding; formula text defused, signed numbers kept', () => {
    const csv = toCsv(result([finding(), finding({ rule: 'label-mismatch', severity: 'info', message: '=HYPERLINK("x")', expected: '-1', actual: '+2' })]));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1)).data;
    expect(rows[0]).toEqual(['severity', 'rule', 'table', 'section', 'row', 'column', 'expected', 'actual', 'message', 'anchor', 'source']);
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(0, 3)).toEqual(['error', 'balance', '3']);
    expect(rows[2][8]).toBe(`'=HYPERLINK("x")`);
    expect(rows[2].slice(6, 8)).toEqual(['-1', '+2']);
  });

  it('Markdown: verdict, identity, findings with where and why; page text escaped', () => {
    const md = toMarkdown(result([finding({ message: '见[链接](http://evil) **粗** <b>x</b>' })]), 'http://www.example.gov.cn/a.html', 0, zh, () => 'zh');
    expect(md).toMatch(/^# 年报审计：某局2023年政府信息公开工作年度报告\n/);
    expect(md).toContain('**数据不一致：1 个错误，0 个警告**');
    expect(md).toContain('机关：某局 · 年度：2023');
    expect(md).toContain('## 错误 (1)');
    expect(md).toContain('见\\[链接\\](http://evil) \\*\\*粗\\*\\* \\<b\\>x\\</b\\>');
    expect(md).toContain('位置: 表3 · 列：自然人');
    expect(md).toMatch(/为何重要: .+/);
  });

  it('JSON: the result as the checker gave it, with URL and time', () => {
    const r = result([finding()]);
    const json = JSON.parse(toJson(r, 'http://x.gov.cn/', 0));
    expect(json).toMatchObject({ url: 'http://x.gov.cn/', auditedAt: '1970-01-01T00:00:00.000Z', findings: r.findings });
  });
});
