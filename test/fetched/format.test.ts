// What a file is, by its leading bytes and by its address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionOf, linkedKind, sniffBytes } from '../../src/fetched/format';

const ROOT = join(__dirname, '../..');
const bytesOf = (path: string) => new Uint8Array(readFileSync(join(ROOT, path)));
const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('sniffing bytes', () => {
  it('tells PDF, Word, other ZIPs, OLE2 and the rest apart', () => {
    expect(sniffBytes(bytesOf('test/fixtures/real/huaian-2024.pdf'))).toBe('pdf');
    expect(sniffBytes(bytesOf('test/fixtures/office/broken-row-total.docx'))).toBe('docx');
    expect(sniffBytes(bytesOf('test/fixtures/office/broken-row-total.pdf'))).toBe('pdf');
    expect(sniffBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('ole2');
    expect(sniffBytes(bytesOf('test/fixtures/html/broken-balance.html'))).toBe('other');
    expect(sniffBytes(new Uint8Array())).toBe('other');
    // a PDF with a few bytes before its header still is one; "%PDF" in a page's text far down is not
    expect(sniffBytes(ascii('\r\n%PDF-1.4\n'))).toBe('pdf');
    expect(sniffBytes(ascii(`<html>${' '.repeat(2000)}%PDF-1.4`))).toBe('other');
  });

  it('a ZIP without word/document.xml is no Word file; a damaged one goes to the Word reader, which names the damage', () => {
    const docx = bytesOf('test/fixtures/office/broken-row-total.docx');
    // the same archive with the part renamed
    const text = new TextDecoder('latin1').decode(docx).replaceAll('word/document.xml', 'word/documenX.xml');
    expect(sniffBytes(Uint8Array.from(text, (c) => c.charCodeAt(0)))).toBe('zip');
    expect(sniffBytes(docx.subarray(0, 200))).toBe('docx');
  });
});

describe('what an address names', () => {
  it('files by extension, case-insensitive; pages otherwise', () => {
    expect(linkedKind('http://a.gov.cn/nb/2024年报.PDF')).toBe('pdf');
    expect(linkedKind('http://a.gov.cn/nb/2024.docx?x=1')).toBe('docx');
    for (const ext of ['doc', 'wps', 'et', 'xls']) expect(linkedKind(`http://a.gov.cn/f.${ext}`)).toBe('legacy');
    expect(linkedKind('http://a.gov.cn/f.zip')).toBe('other-file');
    expect(linkedKind('http://a.gov.cn/nb/2024.html')).toBe('page');
    expect(linkedKind('http://a.gov.cn/download.jsp?file=a.pdf')).toBe('page');
    expect(extensionOf('not a url')).toBe('');
  });
});
