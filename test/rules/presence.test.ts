// Absent vs unreadable: missing-table and missing-section are errors only when nothing of the table or section stands
// on the page. A table whose labels are there but whose values cannot be placed, a numbered heading inline in
// prose, is "not checked" and the verdict is unverified, never inconsistent.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import type { AuditResult } from '../../src/model/types';
import { readDocxBytes } from '../../src/node/docx';
import { readText } from '../../src/page/text';
import type { FixtureSpec } from '../generator/fixtures';
import { readFixture } from '../support/read';

const FIXTURES = join(__dirname, '../fixtures');
const HUAIAN = readFileSync(join(FIXTURES, 'formats/huaian-2024-layout.txt'), 'utf8');
const absence = (r: AuditResult) => r.findings.filter((f) => f.rule === 'missing-table' || f.rule === 'missing-section');

describe('present but unreadable', () => {
  it('table 3 with its labels but values nobody can place: not checked, unverified, no missing-table', () => {
    // the values of table 3 (between its heading and table 4's) smudged into letters
    const start = HUAIAN.indexOf('三、收到和处理政府信息公开申请情况');
    const end = HUAIAN.indexOf('四、政府信息公开行政复议');
    const smudged = HUAIAN.slice(0, start) + HUAIAN.slice(start, end).replace(/(\s)\d+(?=\s|$)/gm, '$1x') + HUAIAN.slice(end);
    const { result } = auditDoc(readText(smudged), 'smudged');
    expect(result.isReport).toBe(true);
    expect(absence(result)).toEqual([]);
    expect(result.notChecked.some((n) => n.rule === 'missing-table' && n.location?.table === 3 && /表格存在但无法读取/.test(n.reason))).toBe(true);
    expect(result.verdict).not.toBe('inconsistent');
    expect(['unverified', 'warnings']).toContain(result.verdict);
  });

  it('a section whose numbered heading stands inside a paragraph: not missing', () => {
    const text = readFileSync(join(FIXTURES, 'text/tsv-2023-consistent.txt'), 'utf8');
    // the heading of section 五 run into a paragraph, as a CMS that lost the line break leaves it
    const merged = text.replace(/\n+五、存在的主要问题及改进情况\n+/, '\n以下报告本年度工作中存在的不足和下一步的打算。五、存在的主要问题及改进情况：');
    expect(merged).not.toBe(text);
    const { result, model } = auditDoc(readText(merged), 'inline-heading');
    expect(model.sections.map((s) => s.id)).not.toContain('s5');
    expect(absence(result)).toEqual([]);
    expect(result.notChecked.some((n) => n.rule === 'missing-section')).toBe(true);
    expect(result.verdict).toBe('unverified');
  });

  it('a table truly left out is still an error (nothing of it on the page)', () => {
    for (const file of ['html/broken-missing-table4.html', 'html/broken-missing-section.html']) {
      const { result } = auditDoc(readFixture(join(FIXTURES, file)), file);
      expect(absence(result).length, file).toBe(1);
      expect(result.verdict).toBe('inconsistent');
    }
  });
});

describe('no missing-table or missing-section on any fixture whose table or section is there in any form', () => {
  type Entry = Omit<FixtureSpec, 'content'>;
  const expectsAbsence = (e: Entry['expected']) => e.findings.some((f) => f.rule === 'missing-table' || f.rule === 'missing-section');

  it('test/fixtures (HTML, text, seeds, real): only where the manifest says the part was left out', () => {
    const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as Entry[];
    for (const entry of manifest) {
      if (!entry.expected.isReport || expectsAbsence(entry.expected)) continue;
      const { result } = auditDoc(readFixture(join(FIXTURES, entry.file)), entry.file);
      expect(absence(result), entry.file).toEqual([]);
    }
    for (const file of readdirSync(join(FIXTURES, 'seeds'))) {
      if (!/\.(html?|txt|md)$/.test(file)) continue;
      const { result } = auditDoc(readFixture(join(FIXTURES, 'seeds', file)), file);
      if (result.isReport) expect(absence(result).filter((f) => f.rule === 'missing-table'), file).toEqual([]);
    }
  });

  it('office fixtures (.docx, and pdftotext -layout of the .pdf) and the real text files', async () => {
    const office = join(FIXTURES, 'office');
    for (const f of readdirSync(office).filter((x) => x.endsWith('.json'))) {
      const m = JSON.parse(readFileSync(join(office, f), 'utf8')) as { name: string; expected: Entry['expected'] };
      const expected = m.expected.findings.filter((x) => x.rule === 'missing-table' || x.rule === 'missing-section').map((x) => `${x.rule}:${x.table ?? ''}`);
      const docx = auditDoc(await readDocxBytes(new Uint8Array(readFileSync(join(office, `${m.name}.docx`)))), m.name).result;
      const layout = auditDoc(readText(readFileSync(join(office, `${m.name}.layout.txt`), 'utf8')), m.name).result;
      for (const r of [docx, layout]) expect(absence(r).map((x) => `${x.rule}:${x.location.table ?? ''}`), m.name).toEqual(expected);
    }
    for (const file of readdirSync(join(FIXTURES, 'formats'))) {
      const { result } = auditDoc(readText(readFileSync(join(FIXTURES, 'formats', file), 'utf8')), file);
      expect(absence(result), file).toEqual([]);
    }
  });
});
