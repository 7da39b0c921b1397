// Bytes → text: BOM, HTTP charset, <meta>, sniff; GBK labels read as GB18030.
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodingOf, metaCharset } from '../../src/fetched/decode';

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));

// 年报告 in GBK and in UTF-8, written out byte by byte
const NIAN_BAO_GAO_GBK = [0xc4, 0xea, 0xb1, 0xa8, 0xb8, 0xe6];
const NIAN_BAO_GAO_UTF8 = [0xe5, 0xb9, 0xb4, 0xe6, 0x8a, 0xa5, 0xe5, 0x91, 0x8a];

describe('decodeBytes', () => {
  it('follows a byte-order mark over every declaration', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], NIAN_BAO_GAO_UTF8), 'gbk')).toEqual({ text: '年报告', encoding: 'utf-8', by: 'bom' });
    expect(decodeBytes(bytes([0xff, 0xfe, 0x74, 0x5e, 0xa5, 0x62]))).toMatchObject({ text: '年报', encoding: 'utf-16le' });
    expect(decodeBytes(bytes([0xfe, 0xff, 0x5e, 0x74, 0x62, 0xa5]))).toMatchObject({ text: '年报', encoding: 'utf-16be' });
  });

  it('uses the HTTP charset before <meta>', () => {
    const page = bytes('<meta charset="utf-8"><p>', NIAN_BAO_GAO_GBK, '</p>');
    expect(decodeBytes(page, 'GBK')).toMatchObject({ text: '<meta charset="utf-8"><p>年报告</p>', encoding: 'gb18030', by: 'http' });
  });

  it('reads <meta charset> and <meta http-equiv content="…charset=…">, GBK and GB2312 as GB18030', () => {
    expect(decodeBytes(bytes('<html><head><meta charset="gbk"></head><title>', NIAN_BAO_GAO_GBK, '</title>')))
      .toMatchObject({ text: '<html><head><meta charset="gbk"></head><title>年报告</title>', encoding: 'gb18030', by: 'meta' });
    expect(decodeBytes(bytes('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312"><p>', NIAN_BAO_GAO_GBK)))
      .toMatchObject({ encoding: 'gb18030', by: 'meta' });
  });

  it('looks for <meta> only in the first 4 KB', () => {
    const late = bytes('<p>', ascii(' '.repeat(5000)), '<meta charset="gbk">', NIAN_BAO_GAO_UTF8);
    expect(decodeBytes(late)).toMatchObject({ encoding: 'utf-8', by: 'sniff' });
  });

  it('sniffs: valid UTF-8 is UTF-8, anything else GB18030', () => {
    expect(decodeBytes(bytes(NIAN_BAO_GAO_UTF8))).toEqual({ text: '年报告', encoding: 'utf-8', by: 'sniff' });
    expect(decodeBytes(bytes(NIAN_BAO_GAO_GBK))).toEqual({ text: '年报告', encoding: 'gb18030', by: 'sniff' });
  });

  it('ignores an unknown label', () => {
    expect(decodeBytes(bytes('<meta charset="x-klingon">', NIAN_BAO_GAO_GBK))).toMatchObject({ encoding: 'gb18030', by: 'sniff' });
  });

  it('reads GBK declared as UTF-8 as GB18030', () => {
    const page = bytes('<meta charset="utf-8"><p>', NIAN_BAO_GAO_GBK, NIAN_BAO_GAO_GBK, '</p>');
    expect(decodeBytes(page)).toMatchObject({ text: '<meta charset="utf-8"><p>年报告年报告</p>', encoding: 'gb18030' });
  });

  it('keeps a declared UTF-8 page with a stray bad byte as UTF-8', () => {
    const page = bytes('<meta charset="utf-8"><p>', NIAN_BAO_GAO_UTF8, NIAN_BAO_GAO_UTF8, NIAN_BAO_GAO_UTF8, [0xff], '</p>');
    expect(decodeBytes(page)).toMatchObject({ text: '<meta charset="utf-8"><p>年报告年报告年报告\ufffd</p>', encoding: 'utf-8', by: 'meta' });
  });
});

describe('labels', () => {
  it('maps WHATWG labels, GBK family to gb18030', () => {
    expect(['gbk', 'GB2312', 'x-gbk', 'gb18030', 'chinese'].map(encodingOf)).toEqual(Array(5).fill('gb18030'));
    expect(encodingOf('UTF8')).toBe('utf-8');
    expect(encodingOf('nonsense')).toBeNull();
  });

  it('finds the charset in either form of <meta>', () => {
    expect(metaCharset(bytes("<meta charset='GBK' />"))).toBe('GBK');
    expect(metaCharset(bytes('<meta http-equiv="content-type" content="text/html;charset=gb2312">'))).toBe('gb2312');
    expect(metaCharset(bytes('<meta name="keywords" content="年报">'))).toBeNull();
  });
});
