// What the fuzzer writes into pages: numbers in every notation reports (and broken reports) use,
// absurd span values, and hostile Unicode.
import fc from 'fast-check';

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const toFullWidth = (s: string) => s.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[+d]);
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

const withThousands = (n: bigint, sep: string) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** the digits of a number, in one of the ways a cell may write them */
const digits: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 999 }).map(String),
  fc.bigInt({ min: 0n, max: 10n ** 25n }).chain((n) => fc.constantFrom(',', '，', ' ', '.', "'", '').map((sep) => withThousands(n, sep))),
  fc.tuple(fc.nat({ max: 99999 }), fc.nat({ max: 9999 })).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom('1e309', '-1e309', '1e3', '1E-5', '2.5e+10', '.5', '5.', '007', '0.0001', '1e', 'e5', '0x1F', '0b101', '1_000',
    'Infinity', '-Infinity', 'NaN', '9007199254740993', '179769313486231570000000000000000000000000000000000000000000000000000'
    + '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'
    + '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'
    + '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
    '十二', '①', '⑩', 'Ⅻ', '〇', '零', '两', '1/2', '½', '50%', '1:2'),
  fc.nat({ max: 9999 }).map((n) => toFullWidth(String(n))),
  fc.nat({ max: 9999 }).map((n) => String(n).replace(/\d/g, (d) => ARABIC_INDIC[+d])),
);

/** a number as a cell may write it: sign, digits, unit, stray spaces and brackets */
export const numberText: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom('', '', '+', '-', '−', '－', '＋', '﹣', '±', '--', '+-', '(', '（'),
  digits,
  fc.constantFrom('', '', '', '件', '万元', '元', '%', '个', ' 件', '）', ')', '万', '亿元', 'kg', '件件', '\u00a0', '\u3000'),
).map(([sign, d, unit]) => sign + d + unit);

/** colspan / rowspan values: huge, zero, negative, non-numeric, at and beyond Chromium's clamps */
export const spanValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('100000', '65535', '65534', '1000', '1001', '0', '-1', '-100000', 'abc', '', ' 3', '3 ', '+2', '2.9', '1e3',
    '0x10', 'NaN', 'Infinity', '99999999999999999999', '３', '٣', '2147483648', '4294967297', '00002', '&#50;'),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
);

/** characters that break naive text handling: bidi controls, lone surrogates, NUL, BOM, zero-width, CJK space */
const nasty = fc.constantFrom('\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u200f', '\ud800', '\udfff', '\udbff\udfff',
  '\0', '\ufeff', '\u200b', '\u3000', '\u00a0', '\r', '\t', '\n', '\u2028', '\ufffd', '\u0301', '🇨🇳', '𠀀', '&#0;',
  '&#xD800;', '&#1114112;', '&amp;', '&nbsp;', '&#x202E;', '&lt;td&gt;', '|', '\\', '"', "'", '`', '=HYPERLINK("http://x")');

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.array(nasty, { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('合计', '总计', '一、总体情况', '三、本年度办理结果', '（七）总计', '2023年政府信息公开工作年度报告', '第二十条第（一）项'),
);
