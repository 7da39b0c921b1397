// The prose of sections 一 (总体情况) and 五 (存在的主要问题及改进情况): the text blocks between a section's heading
// and the next section heading, for comparing one agency's years (copied-text). Capped: a report's own words, not a page.
import type { SectionSeen } from '../model/types';
import { sectionOf } from './sections';

/** characters kept per section; a section 五 is rarely over 1,500 */
export const SECTION_TEXT_CAP = 4000;

/** page furniture a PDF or Word export leaves between paragraphs: "- 3 -", "第 3 页 共 8 页", "3/8" */
const FURNITURE = /^\s*(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d{1,3})\s*$/;

/**
 * Where the report ends and the site around it begins: the signature's date on a line of its own, the CMS's
 * print/close links, previous/next article, footer lines. The last section stops there.
 */
const END = /^\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$|[【\[]?\s*(?:打印本页|关闭窗口|打印|关闭|返回顶部)\s*[】\]]|上一篇|下一篇|相关(?:链接|文章|阅读)|友情链接|网站地图|主办单位|承办单位|版权所有|网站标识码|[^\n]{0,20}ICP备)/;

export interface TextPiece { text: string; heading?: boolean }

type SectionId = SectionSeen['id'];

/**
 * Sections `ids` (一 and 五 unless told) from text pieces in page order (null stands for a table or a table cell: it
 * ends nothing and adds nothing). A section named twice (a table of contents, then the body) keeps its longest text.
 */
export function sectionTexts<K extends SectionId = 's1' | 's5'>(pieces: Array<TextPiece | null>, ids: K[] = ['s1', 's5'] as K[]): Partial<Record<K, string>> {
  const found = new Map<SectionId, string>();
  const wanted = new Set<SectionId>(ids);
  let current: SectionId | null = null;
  let buf: string[] = [];
  const close = () => {
    if (current && wanted.has(current)) {
      const text = buf.join('\n').slice(0, SECTION_TEXT_CAP);
      if (text.length > (found.get(current)?.length ?? 0)) found.set(current, text);
    }
    buf = [];
  };
  for (const p of pieces) {
    if (!p) continue;
    const s = sectionOf(p.text, p.heading);
    if (s) {
      // a numbered sub-part that names the same section again ("二、改进措施" inside 五) continues it
      if (s.id === current && s.numeral === null) continue;
      close();
      current = s.id;
      continue;
    }
    if (current && END.test(p.text)) {
      close();
      current = null;
      continue;
    }
    if (current && !FURNITURE.test(p.text) && p.text.trim()) buf.push(p.text.trim());
  }
  close();
  return Object.fromEntries([...found].filter(([, text]) => text)) as Partial<Record<K, string>>;
}

/** the same from text joined by newlines (the collection's captured text) */
export const sectionTextsOf = (text: string): Partial<Record<'s1' | 's5', string>> =>
  sectionTexts(text.split('\n').map((line) => ({ text: line })));
