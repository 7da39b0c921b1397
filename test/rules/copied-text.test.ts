// copied-text: a year whose section 五 repeats an earlier year's (dates changed) is found, against any earlier year
// of the agency; years written apart never are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import type { ReportModel } from '../../src/model/types';
import { RULES } from '../../src/rules';
import { copiedShare, GramSet, prepare } from '../../src/rules/copiedText';
import { copiedTextFindings } from '../../src/rules/pairing';
import { render, type Shape } from '../generator';
import { agencyYears } from '../generator/years';
import { readContent } from '../support/read';
import { toHalfWidth } from '../../src/text/normalize';

const YEARS = [2021, 2022, 2023, 2024, 2025];

function models(copies: Record<number, number>, shape: Shape = 'word', seed = 41): ReportModel[] {
  return agencyYears(seed, YEARS, copies).map(({ report, doc }) => {
    const page = render(doc, shape);
    return auditDoc(readContent(page.kind, page.content), `gen-${report.year}.html`).model;
  });
}

/** every report's copied-text findings against all the others */
const fired = (ms: ReportModel[]) => ms.map((m) => ({ year: m.year, findings: copiedTextFindings(m, ms, 'zh') }))
  .filter((x) => x.findings.length);

describe('copied-text', () => {
  it('is in the catalogue as a warning', () => {
    expect(RULES.find((r) => r.id === 'copied-text')).toMatchObject({ severity: 'warning', scope: 'earlier-years' });
  });

  for (const shape of ['word', 'flat', 'tsv'] as const) {
    it(`years written apart never fire (${shape})`, () => {
      const ms = models({}, shape);
      expect(ms.every((m) => m.isReport && m.sectionText?.s5 && m.sectionText.s1)).toBe(true);
      expect(fired(ms)).toEqual([]);
    });
  }

  it('fires on the year whose section 五 is the year before’s with dates changed, and on that year only', () => {
    const ms = models({ 2024: 2023 });
    const hits = fired(ms);
    expect(hits.map((h) => h.year)).toEqual([2024]);
    const [f] = hits[0].findings;
    expect(f).toMatchObject({ rule: 'copied-text', severity: 'warning', location: { section: '五、存在的主要问题及改进情况' } });
    expect(f.params).toMatchObject({ earlierYear: 2023, earlierSource: 'gen-2023.html' });
    expect(Number(f.actual)).toBeGreaterThanOrEqual(90);
    expect(f.message).toContain('2023 年的报告（gen-2023.html）');
    expect(f.message).toContain(`${f.actual}%`);
    expect(String(f.params!.passage).length).toBeLessThanOrEqual(81);
    // the passage is the later report's own words
    expect(ms[3].sectionText!.s5!.replace(/\s+/g, ' ')).toContain(String(f.params!.passage).replace(/…$/, ''));
    expect(f.location.anchor).toBe(ms[3].sections.find((s) => s.id === 's5')!.anchor);
  });

  it('names 2023 when 2025 repeats it, skipping 2024', () => {
    const hits = fired(models({ 2025: 2023 }));
    expect(hits.map((h) => h.year)).toEqual([2025]);
    expect(hits[0].findings[0].params).toMatchObject({ earlierYear: 2023 });
  });

  it('the message in English names the share and the earlier report', () => {
    const ms = models({ 2022: 2021 });
    const [f] = copiedTextFindings(ms[1], ms, 'en');
    expect(f.message).toMatch(/^\d+% of “五、存在的主要问题及改进情况” stands word for word in the 2021 report \(gen-2021\.html\)/);
  });

  it('an earlier report is never compared with a later one', () => {
    const ms = models({ 2024: 2023 });
    expect(copiedTextFindings(ms[2], ms, 'zh')).toEqual([]);
  });
});

describe('the share', () => {
  const base = '一是政策解读的形式仍以文字为主，图表、音视频等群众喜闻乐见的解读方式运用偏少；二是部分业务科室对主动公开的认识不足，信息报送的积极性和时效性有待提高。';
  it('counts figures, dates, spaces and punctuation width as unchanged', () => {
    const earlier = `2022年，${base}2023年将开展培训3次。`;
    const later = `２０２３年， ${base.replaceAll('，', ',')}2024年将开展培训12次.`;
    expect(copiedShare(prepare(later), prepare(earlier))!.share).toBe(1);
  });
  it('leaves out the opening boilerplate', () => {
    const opening = '根据《中华人民共和国政府信息公开条例》和国务院办公厅有关要求，现将本机关2023年度政府信息公开工作情况报告如下。';
    const p = prepare(`${opening}${base}`);
    expect(p.norm).not.toContain('条例');
    expect(copiedShare(prepare(`${opening}另起炉灶写了完全不同的内容，说明今年遇到的新问题和新的改进办法，字数也足够长足够长足够长足够长足够长足够长。`), prepare(`${opening}${base}`))).toBeNull();
  });
  it('shared phrases shorter than 20 characters do not add up to copying', () => {
    const a = '进一步加强政府信息公开工作，今年重点整改网站栏目更新不及时的问题，并对全部栏目逐一核查，确保内容准确。进一步加强政府信息公开工作，明年计划举办培训两次以上并建立考核办法。';
    const b = '进一步加强政府信息公开工作，本年度发现依申请答复说理不充分，已制定答复文书范本供各科室参照执行。进一步加强政府信息公开工作，同时完善保密审查制度防止泄密事件。';
    expect(copiedShare(prepare(b), prepare(a))).toBeNull();
  });
  it('a short section is not judged', () => {
    expect(copiedShare(prepare(base.slice(0, 40)), prepare(base.slice(0, 40)))).toBeNull();
  });
});

describe('the prepared text', () => {
  /** the reading the check was first written with, a character (code point) at a time: the oracle for prepare */
  function plainPrepare(text: string) {
    const kept = withoutBoilerplateText(text);
    const SKIP = /[\s\p{P}\p{S}]/u;
    const END = new Set('。！？；!?;\n');
    const DIGIT = new Set('〇零一二三四五六七八九十百千万两');
    const UNIT = new Set('年月日号件项条次篇个');
    let norm = '';
    const origin: number[] = [];
    const sentences: string[] = [];
    let start = 0;
    const cut = () => { if (norm.length > start) sentences.push(norm.slice(start)); start = norm.length; };
    const chars = Array.from(toHalfWidth(kept));
    let at = 0;
    for (let i = 0; i < chars.length; at += chars[i].length, i++) {
      const c = chars[i];
      const code = c.charCodeAt(0);
      if (code >= 0x4e00 && code <= 0x9fff && !DIGIT.has(c)) { norm += c; origin.push(at); continue; }
      if (END.has(c)) cut();
      if (SKIP.test(c)) continue;
      if (code >= 0x30 && code <= 0x39) { if (!norm.endsWith('#')) { norm += '#'; origin.push(at); } continue; }
      if (DIGIT.has(c)) {
        let j = i;
        while (j < chars.length && DIGIT.has(chars[j])) j++;
        if (j < chars.length && UNIT.has(chars[j])) { norm += '#'; origin.push(at); for (; i + 1 < j; i++) at += chars[i].length; continue; }
      }
      norm += c;
      origin.push(at);
    }
    cut();
    return { kept, norm, origin, sentences };
  }
  /** the boilerplate sentences go first, in both (prepare's own step, not under test here) */
  const withoutBoilerplateText = (text: string) => prepare(text).kept;

  it('is the character-at-a-time reading, on any mix of ideographs, numerals, figures, widths, marks and odd units', () => {
    const pieces = ['年', '报', '告', '二', '〇', '十', '三', '两', '月', '件', '2', '０', '１', '，', '。', '！', '？', '；', '!', ';', '\n', ' ', '\u3000',
      'Ａ', 'a', '#', '＃', '、', '（', '）', '·', '—', '\u{1F4C4}', '\u{20000}', '\ud800', '\udc00', '\u00a0', '本报告', '报告如下', '条例'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      expect(prepare(text)).toEqual(plainPrepare(text));
    }), { numRuns: 3000 });
  });
});

describe('the window hash set', () => {
  it('holds exactly the hashes it was made of: zero, negatives, duplicates and crowded slots alike', () => {
    const hash = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, -1, 1, 16, 32, 2 ** 28, -(2 ** 31)));
    fc.assert(fc.property(fc.array(hash, { maxLength: 200 }), fc.array(hash, { maxLength: 50 }), (held, asked) => {
      const set = new GramSet(Int32Array.from(held));
      const plain = new Set(held);
      for (const h of [...held, ...asked]) expect(set.has(h)).toBe(plain.has(h));
    }), { numRuns: 1000 });
  });
});

describe('among a batch', () => {
  it('finds the copying year among reports held at once, with carry-over alongside', async () => {
    const { crossYearAmong } = await import('../../src/rules/among');
    const ms = models({ 2025: 2023 });
    const found = crossYearAmong([...ms].reverse(), 'zh');
    expect(found.filter((f) => f.finding.rule === 'copied-text').map((f) => [f.later.year, f.earlier])).toEqual([[2025, 'gen-2023.html']]);
    // the generated years carry forward consistently
    expect(found.filter((f) => f.finding.rule === 'carry-over')).toEqual([]);
  });
});
