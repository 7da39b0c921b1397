// Who published what, for which year, when: title, agency, year, publication date.
import type { Block, PageDoc } from '../page/types';
import { toHalfWidth } from '../text/normalize';

const REPORT_TITLE = /政府信息公开.{0,6}(?:年度报告|年报)|信息公开(?:工作)?年度报告/;
/** pages about reports that are not reports: the 国办 template notice, lists, guides */
const NOT_A_REPORT_TITLE = /通知|格式|目录|列表|汇总|指南|模板|专栏|栏目/;

export interface Identity { title: string; agency: string | null; year: number | null; titled: boolean }

const clean = (s: string) => toHalfWidth(s).replace(/\s+/g, ' ').trim();

function titleCandidates(doc: PageDoc): string[] {
  const out: string[] = [];
  const texts = doc.blocks.filter((b): b is Extract<Block, { kind: 'text' }> => b.kind === 'text');
  for (const b of texts) if (b.heading) out.push(b.text);
  // a title may be split over the first two or three lines (text exports)
  const first = texts.slice(0, 40).map((b) => b.text);
  for (let i = 0; i < first.length; i++) {
    out.push(first[i]);
    if (i + 1 < first.length) out.push(first[i] + first[i + 1]);
    if (i + 2 < first.length) out.push(first[i] + first[i + 1] + first[i + 2]);
  }
  if (doc.title) out.push(...doc.title.split(/\s[-_|–—]\s|[-_|]{1,2}(?=[^\d])/), doc.title);
  return out;
}

export function readIdentity(doc: PageDoc): Identity {
  let title = '';
  for (const c of titleCandidates(doc)) {
    const t = clean(c);
    if (t.length <= 80 && REPORT_TITLE.test(t) && /(?:19|20)\d{2}/.test(t)) { title = t; break; }
  }
  const titled = !!title && !NOT_A_REPORT_TITLE.test(title);
  if (!title) title = clean(doc.title || doc.blocks.find((b) => b.kind === 'text')?.['text' as never] || '');
  const ym = /((?:19|20)\d{2})\s*年?/.exec(title);
  const year = ym ? Number(ym[1]) : null;
  return { title, agency: titled ? agencyOf(title) : null, year, titled };
}

/** the agency named in the title, with the year and the report's own name removed */
export function agencyOf(title: string): string | null {
  let t = title.replace(/((?:19|20)\d{2})\s*年\s*度?/, ' ');
  t = t.replace(/(?:关于)?(?:本级)?(?:政府)?信息公开.*$/, '').replace(/[《》“”"]/g, '');
  t = t.replace(/\s+/g, '').replace(/[的:：,，、]+$/, '');
  return t.length >= 2 && t.length <= 40 ? t : null;
}

/** normalised agency, to pair reports of one agency across years */
export function agencyKey(agency: string | null): string | null {
  if (!agency) return null;
  return toHalfWidth(agency).replace(/[\s()（）【】\[\]·]/g, '') || null;
}

const DATE_LABEL = /(?:发布日期|发布时间|公开日期|发文日期|发布于|公开时间|publish(?:ed)?\s*date)\s*[:：]?\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/i;
const META_DATE = ['pubdate', 'publishdate', 'articlepubdate', 'article:published_time', 'og:article:published_time', 'firstpublishedtime', 'dc.date', 'publishedtime'];

function iso(y: string, m: string, d: string): string | null {
  const mm = Number(m);
  const dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** the publication date from the page's metadata: <meta>, or a 发布日期/公开日期 field near the top */
export function readPublishedAt(doc: PageDoc): string | null {
  for (const name of META_DATE) {
    const v = doc.meta[name];
    const m = v && /((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(toHalfWidth(v));
    if (m) { const d = iso(m[1], m[2], m[3]); if (d) return d; }
  }
  for (const b of doc.blocks) {
    const text = b.kind === 'text' ? b.text : b.rows.slice(0, 20).map((r) => r.filter((c) => c.origin).map((c) => c.text).join(' ')).join('\n');
    const m = DATE_LABEL.exec(toHalfWidth(text));
    if (m) { const d = iso(m[1], m[2], m[3]); if (d) return d; }
  }
  return null;
}
