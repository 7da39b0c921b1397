// late-publication by the level of the publishing body (art. 49): a department by 31 January, a people's
// government (county and up, and the governments of 管委会/实验区/新区) by 31 March; unknown level → not checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlString } from '../../src/node/cheerio';
import { buildModel } from '../../src/extract';
import { runRules } from '../../src/rules';
import type { ReportModel } from '../../src/model/types';

const ROOT = join(__dirname, '../..');
const modelOf = (file: string) => buildModel(readHtmlString(readFileSync(join(ROOT, 'test/fixtures/html', file), 'utf8')), file);

/** a department's report (Hanweb fixture) and a county government's (TRS fixture, its agency as a county) */
const department = () => modelOf('identity-hanweb.html');
const government = (): ReportModel => {
  const m = modelOf('identity-trs.html');
  const agency = '沭阳县人民政府';
  return { ...m, agency, level: 'government' };
};

const late = (m: ReportModel, publishedAt: string) => {
  const r = runRules({ ...m, publishedAt }, 'zh', null);
  return {
    found: r.findings.filter((f) => f.rule === 'late-publication').map((f) => [f.expected, f.actual]),
    notChecked: r.notChecked.filter((n) => n.rule === 'late-publication').map((n) => n.reason),
  };
};

describe('late-publication', () => {
  it('the fixtures read their levels from their names', () => {
    expect(department().level).toBe('department');
    expect(modelOf('identity-trs.html').level).toBe('government');
  });

  it('a department: on 31 January is on time, from 1 February late', () => {
    expect(late(department(), '2024-01-31')).toEqual({ found: [], notChecked: [] });
    expect(late(department(), '2024-02-01')).toEqual({ found: [['2024-01-31', '2024-02-01']], notChecked: [] });
    expect(late(department(), '2024-03-20').found).toEqual([['2024-01-31', '2024-03-20']]);
  });

  it('a county government: late only after 31 March', () => {
    expect(late(government(), '2024-02-15')).toEqual({ found: [], notChecked: [] });
    expect(late(government(), '2024-03-31')).toEqual({ found: [], notChecked: [] });
    expect(late(government(), '2024-04-01')).toEqual({ found: [['2024-03-31', '2024-04-01']], notChecked: [] });
  });

  it('the finding says which deadline and why', () => {
    const f = runRules({ ...department(), publishedAt: '2024-02-05' }, 'zh', null).findings.find((x) => x.rule === 'late-publication')!;
    expect(f.message).toContain('2024-02-05');
    expect(f.message).toContain('部门');
    expect(f.message).toContain('2024-01-31');
  });

  it('a level that cannot be told: not checked after 31 January, with the reason; nothing before', () => {
    const unknown = { ...department(), agency: '某某工作专班', level: null };
    const after = late(unknown, '2024-02-10');
    expect(after.found).toEqual([]);
    expect(after.notChecked).toHaveLength(1);
    expect(after.notChecked[0]).toContain('某某工作专班');
    expect(late(unknown, '2024-01-20')).toEqual({ found: [], notChecked: [] });
    const none = late({ ...department(), agency: null, level: null }, '2024-03-01');
    expect(none.found).toEqual([]);
    expect(none.notChecked[0]).toContain('发布机关');
  });

  it('a Word export signed after 31 January by a department is late', () => {
    const r = runRules(modelOf('identity-word.html'), 'zh', null);
    expect(r.findings.filter((f) => f.rule === 'late-publication').map((f) => f.expected)).toEqual(['2024-01-31']);
  });

  it('a model without a level (stored before levels) is judged by its agency\'s name', () => {
    const { level: _level, ...old } = department();
    expect(late(old as ReportModel, '2024-02-01').found).toEqual([['2024-01-31', '2024-02-01']]);
  });
});
