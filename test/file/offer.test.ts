// The popup's file offers: report-like links that are files, and a tab showing a PDF.
import { describe, expect, it } from 'vitest';
import { fileName, fileOffers, filePagePath, MAX_FILE_OFFERS, pdfTab, viewedFile } from '../../src/file/offer';
import { reportCandidates } from '../../src/fetched/links';

const PAGE = 'http://www.example.gov.cn/art/2025/1/20/art_1.html';

describe('attachment offers', () => {
  it('offers the report files an article links to, names the legacy ones, leaves pages and other files out', () => {
    const links = reportCandidates([
      { href: '/att/2024年政府信息公开工作年度报告.pdf', text: '' },
      { href: '/att/P0202501.docx', text: '某局2024年政府信息公开工作年度报告.docx' },
      { href: '/att/P0202502.doc', text: '某局2023年政府信息公开工作年度报告' },
      { href: '/att/P0202503.wps', text: '某局2022年政府信息公开工作年报' },
      { href: '/nb/2023.html', text: '某局2023年政府信息公开工作年度报告' },
      { href: '/att/2024年政府信息公开工作年度报告.zip', text: '' },
      // no report words, no year: not a report's file
      { href: '/att/表格.pdf', text: '附件1' },
    ], PAGE);
    expect(fileOffers(links)).toEqual([
      { href: 'http://www.example.gov.cn/att/2024%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf', text: '2024年政府信息公开工作年度报告.pdf', kind: 'pdf' },
      { href: 'http://www.example.gov.cn/att/P0202501.docx', text: '某局2024年政府信息公开工作年度报告.docx', kind: 'docx' },
      { href: 'http://www.example.gov.cn/att/P0202502.doc', text: '某局2023年政府信息公开工作年度报告', kind: 'legacy' },
      { href: 'http://www.example.gov.cn/att/P0202503.wps', text: '某局2022年政府信息公开工作年报', kind: 'legacy' },
    ]);
  });

  it('offers at most a handful: a listing of files is the batch tab\'s job', () => {
    const links = reportCandidates(Array.from({ length: 20 }, (_, i) => ({ href: `/att/${i}.pdf`, text: `${2000 + i}年度报告` })), PAGE);
    expect(fileOffers(links)).toHaveLength(MAX_FILE_OFFERS);
  });

  it('a site\'s own PDF viewer link offers the file it opens, once', () => {
    const links = reportCandidates([
      { href: '/pdfjs/web/viewer.html?file=/upload/2024nb.pdf', text: '某局2024年政府信息公开工作年度报告' },
      { href: '/upload/2024nb.pdf', text: '某局2024年政府信息公开工作年度报告（下载）' },
      { href: '/pdfjs/web/viewer.html?file=https%3A%2F%2Ffiles.example.gov.cn%2Fa%2F2023.pdf', text: '某局2023年年报' },
    ], PAGE);
    expect(fileOffers(links).map((o) => o.href)).toEqual([
      'http://www.example.gov.cn/upload/2024nb.pdf', 'https://files.example.gov.cn/a/2023.pdf',
    ]);
    expect(viewedFile('http://a.gov.cn/viewer.html?file=javascript:alert(1).pdf')).toBeNull();
    expect(viewedFile('http://a.gov.cn/viewer.html?file=/x.html')).toBeNull();
    expect(viewedFile('http://a.gov.cn/list.jsp?file=/x.pdf')).toBeNull();
  });

  it('a tab showing a PDF, by its address', () => {
    expect(pdfTab('http://www.example.gov.cn/att/2024.pdf')).toBe(true);
    expect(pdfTab('https://x.org/a/B.PDF#page=2')).toBe(true);
    expect(pdfTab('http://www.example.gov.cn/art/1.html')).toBe(false);
    expect(pdfTab('chrome://newtab/')).toBe(false);
    expect(pdfTab('file:///tmp/a.pdf')).toBe(false);
    expect(pdfTab(undefined)).toBe(false);
  });

  it('names the file page by the file\'s address; file names decode where they can', () => {
    expect(filePagePath('http://a.gov.cn/x.pdf?a=1&b=2')).toBe('/file.html?url=http%3A%2F%2Fa.gov.cn%2Fx.pdf%3Fa%3D1%26b%3D2');
    expect(fileName('http://a.gov.cn/att/%E5%B9%B4%E6%8A%A5.pdf')).toBe('年报.pdf');
    expect(fileName('http://a.gov.cn/att/%E5%B9.pdf')).toBe('%E5%B9.pdf');
  });
});
