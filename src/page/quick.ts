// The cheap gate before the full extraction: could this document be an annual disclosure report?
// Generous on purpose (a missed report is worse than a wasted extraction, which the checker then declines);
// reads only the title, the top headings and the body's text, never layout, and writes nothing.

const DISCLOSURE = '信息公开';
/** 年度报告, 年报, and titles such as "2023年度政府信息公开工作报告" */
const REPORT = /年度报告|年报|年度.{0,12}工作报告/;
/** wording of the statistics tables, for pages whose title and headings say nothing */
const TABLE_WORDING = /本年新收政府信息公开申请|上年结转政府信息公开申请|收到和处理政府信息公开申请/;

const mentionsReport = (s: string) => s.includes(DISCLOSURE) && REPORT.test(s);

export function looksLikeReport(doc: Document): boolean {
  if (mentionsReport(doc.title)) return true;
  const headings = doc.querySelectorAll('h1, h2');
  for (let i = 0; i < headings.length && i < 20; i++) {
    if (mentionsReport(headings[i].textContent ?? '')) return true;
  }
  const body = doc.body?.textContent ?? '';
  return (body.includes('政府信息公开') && REPORT.test(body)) || TABLE_WORDING.test(body);
}
