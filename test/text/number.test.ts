import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/text/number';
import { leadingNumeral, normLabel, similarity, toHalfWidth } from '../../src/text/normalize';

describe('parseValue', () => {
  it.each([
    ['12', 12], ['１２', 12], ['1,234', 1234], ['+2', 2], ['-1', -1], ['－１', -1], ['12.5', 12.5], [' 7 ', 7], ['0', 0],
  ])('reads %j as %d', (raw, value) => expect(parseValue(raw)).toEqual({ kind: 'number', value }));
  it('keeps a unit written in the cell as a note', () => {
    expect(parseValue('251000元')).toEqual({ kind: 'number', value: 251000, unit: '元' });
    expect(parseValue('12件')).toEqual({ kind: 'number', value: 12, unit: '件' });
  });
  it.each(['', ' ', '—', '-', '－', '/', '／', '无', '——'])('reads %j as a placeholder for zero', (raw) => {
    expect(parseValue(raw)).toEqual({ kind: 'placeholder', value: 0 });
  });
  it.each(['见附件', '不详', '1 2', '12个人', '2023-01-01', '1.2.3'])('reads %j as text', (raw) => {
    expect(parseValue(raw).kind).toBe('text');
  });
});

describe('labels', () => {
  it('normalises width, numbering, punctuation and spaces away', () => {
    expect(normLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe(normLabel('(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)'));
    expect(normLabel('三、本年度办理结果')).toBe('本年度办理结果');
    expect(normLabel('1. 属于国家秘密')).toBe('属于国家秘密');
    expect(normLabel('结果 维持')).toBe('结果维持');
  });
  it('tells near misses from different labels', () => {
    expect(similarity(normLabel('社会组织'), normLabel('社会公益组织'))).toBeGreaterThanOrEqual(0.8);
    expect(similarity(normLabel('本年度止件数'), normLabel('本年废止件数'))).toBeGreaterThanOrEqual(0.8);
    expect(similarity(normLabel('结果维持'), normLabel('结果纠正'))).toBeLessThan(0.8);
    expect(similarity(normLabel('行政处罚'), normLabel('行政许可'))).toBeLessThan(0.8);
  });
  it('reads the numeral of a section heading', () => {
    expect(leadingNumeral('三、收到和处理政府信息公开申请情况')).toBe(3);
    expect(leadingNumeral('（三）不予公开')).toBeNull();
    expect(leadingNumeral('\u3000十二．其他')).toBe(12);
    expect(leadingNumeral('第五部分　存在的问题')).toBe(5);
  });
});

describe('leadingNumeral, read as written', () => {
  it('gives what it gives on the width-folded text, on any mix of numerals, marks, widths and spaces', () => {
    const pieces = ['一', '二', '十', '三', '第', '部分', '、', '.', '．', ',', '，', ' ', '\u3000', '\t', 'Ａ', '（', '(', '）', '年', '1', '１', '：', '\u00a0'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
      const s = parts.join('');
      expect(leadingNumeral(s)).toBe(leadingNumeral(toHalfWidth(s)));
    }), { numRuns: 5000 });
  });
});

describe('toHalfWidth', () => {
  it('folds full-width ASCII and the ideographic space, code point by code point, and nothing else', () => {
    const plain = (s: string) => Array.from(s, (ch) => {
      const c = ch.codePointAt(0)!;
      return c >= 0xff01 && c <= 0xff5e ? String.fromCodePoint(c - 0xfee0) : c === 0x3000 ? ' ' : ch;
    }).join('');
    const pieces = ['Ａ', 'ｚ', '０', '９', '（', '）', '！', '～', '\uff5f', '\uff00', '\u3000', '\u3001', '年', 'a', ' ', '\u{1F4C4}', '\u{20000}', '\ud800', '\udc00'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      expect(toHalfWidth(s)).toBe(plain(s));
    }), { numRuns: 3000 });
  });
});
