// Who published what, for which year, when: title, agency, level, year, publication date.
// Read in order of trust: the site's metadata (<meta name="ArticleTitle|PubDate|ContentSource"> of the 政府网站发展指引,
// or a crawl's header fields put there by its reader), the page's 信息公开 metadata table (名称/发布机构/公开日期…),
// then the article's own heading and first lines. Breadcrumbs, menus and prev/next links are never a title.
import type { Level } from '../model/types';
import type { Block, PageDoc } from '../page/types';
import { toHalfWidth } from '../text/normalize';

const REPORT_TITLE = /政府信息公开.{0,6}(?:年度报告|年报)|信息公开(?:工作)?年度报告/;
/** pages about reports that are not reports: the 国办 template notice, lists, guides */
const NOT_A_REPORT_TITLE = /通知|格式|目录|列表|汇总|指南|模板|专栏|栏目/;

export type { Level };

export interface Identity {
  title: string;
  agency: string | null;
  year: number | null;
  titled: boolean;
  level: Level | null;
  publishedAt: string | null;
}

type TextBlock = Extract<Block, { kind: 'text' }>;

const clean = (s: string) => toHalfWidth(s).replace(/\s+/g, ' ').trim();

/** breadcrumbs (当前位置：首页 > …), prev/next and related-article lines: never the report's title */
const CRUMB = /^(?:(?:您?(?:当前|现在)?的?(?:所在)?位置|当前位置|所在位置|位置)\s*[:：]|首页\s*(?:[>＞»›/|]|&gt;))/;
/** links to other articles: other reports' titles, never this one's */
const NEIGHBOURS = /^(?:(?:上|下)一篇|(?:上|下)一条|相关(?:文章|链接|阅读|信息|新闻|推荐)|热点|推荐阅读)/;
const isCrumb = (b: TextBlock) => !!b.nav || CRUMB.test(b.text.trim()) || NEIGHBOURS.test(b.text.trim()) || (b.text.length <= 200 && (b.text.match(/\s[>＞»›]\s?|\s?[>＞»›]\s/g)?.length ?? 0) >= 2);

/** column words a breadcrumb glues in front of a title ("政府信息公开年报平潭…") */
const COLUMN_PREFIX = /^(?:(?:首页|政务公开|政府信息公开|信息公开|政府信息公开年报|信息公开年报|年度报告|年报|工作年报|法定主动公开内容)\s*[>＞»›/]?\s*)+/;

/** a page title's parts: "报告名 - 站点名", "报告名_栏目_站点" */
const titleParts = (t: string) => [...t.split(/\s[-_|–—]\s|[-_|]{1,2}(?=[^\d])/), t];

const TITLE_MAX = 80;
const isReportTitle = (t: string) => t.length <= TITLE_MAX && REPORT_TITLE.test(t) && /(?:19|20)\d{2}/.test(t);

/** the title with a glued breadcrumb taken off, when what is left is still a report's title */
function unglue(t: string): string {
  const rest = t.replace(COLUMN_PREFIX, '');
  return rest !== t && isReportTitle(rest) && !/^(?:工作)?(?:年度)?报告/.test(rest) ? rest : t;
}

/** a module-level callback, not a closure made per call (hot path: README, Performance) */
const isTextBlock = (b: Block): b is TextBlock => b.kind === 'text';

/** title candidates in order of trust, one at a time (the first that is a report's title ends the search) */
function* titleCandidates(doc: PageDoc, fields: Fields): Generator<string> {
  if (doc.meta.articletitle) yield* titleParts(doc.meta.articletitle);
  if (fields.title) yield* titleParts(fields.title);
  const texts = doc.blocks.filter(isTextBlock).slice(0, 400);
  const crumb = texts.map(isCrumb);
  const body: TextBlock[] = [];
  for (let i = 0; i < texts.length; i++) if (!crumb[i]) body.push(texts[i]);
  for (const b of body) if (b.heading) yield b.text;
  // the page's <title> names the article it belongs to; a side list of other years' reports may stand before it
  if (doc.title) yield* titleParts(doc.title);
  const first = body.slice(0, 40).map((b) => b.text);
  yield* first;
  // last of all, a breadcrumb's last step (当前位置：首页 > 年报 > XX2023年…报告), without the steps before it, and
  // text the walker put in a navigation container (a page wrapped whole in <div id="menu-content">)
  for (let i = 0; i < texts.length; i++) {
    const b = texts[i];
    if (!crumb[i] || NEIGHBOURS.test(b.text.trim())) continue;
    const last = b.text.split(/\s*(?:[>＞»›]|&gt;)\s*/).pop()!;
    yield CRUMB.test(b.text.trim()) || last !== b.text ? last.replace(/^.*[:：]\s*/, '') : b.text;
  }
  // a title may be split over two or three lines (text exports): only when no line is a title by itself; lines
  // too long for a title make every join with them too long
  const long = first.map((t) => longerThan(t, TITLE_MAX));
  for (let i = 0; i < first.length; i++) {
    if (long[i]) continue;
    if (i + 1 < first.length && !long[i + 1]) yield first[i] + first[i + 1];
    if (i + 2 < first.length && !long[i + 1] && !long[i + 2]) yield first[i] + first[i + 1] + first[i + 2];
  }
}

/** identities read, by page: the first look and the report model both ask (a page is not changed once read) */
const READ = new WeakMap<PageDoc, Identity>();

export function readIdentity(doc: PageDoc): Identity {
  let identity = READ.get(doc);
  if (!identity) READ.set(doc, (identity = identityOf(doc)));
  return identity;
}

/** whether `s` has more than `n` characters other than white space: then clean(s) is longer than `n` */
function longerThan(s: string, n: number): boolean {
  if (s.length <= n) return false;
  const other = /\S/g;
  for (let seen = 0; other.test(s);) if (++seen > n) return true;
  return false;
}

function identityOf(doc: PageDoc): Identity {
  const fields = readFields(doc);
  let title = '';
  for (const c of titleCandidates(doc, fields)) {
    // a report's title is at most TITLE_MAX characters once cleaned; most candidates (the first lines) are longer
    if (longerThan(c, TITLE_MAX)) continue;
    const t = clean(c);
    if (isReportTitle(t)) { title = unglue(t); break; }
  }
  // "石嘴山市工业和信息化局" over "2023年政府信息公开工作年度报告": the line before names the agency
  if (title && !agencyOf(title)) {
    const body = doc.blocks.slice(0, 400).filter((b): b is TextBlock => b.kind === 'text' && !isCrumb(b));
    const at = body.findIndex((b) => clean(b.text) === title);
    const before = at > 0 ? clean(body[at - 1].text) : '';
    if (bodyLike(before.replace(/\s/g, ''))) title = clean(before + title);
  }
  const titled = !!title && !NOT_A_REPORT_TITLE.test(title);
  if (!title) title = clean(doc.title || doc.blocks.find((b) => b.kind === 'text')?.['text' as never] || '');
  const ym = /((?:19|20)\d{2})\s*年?/.exec(title);
  const year = ym ? Number(ym[1]) : null;
  const agency = titled ? pickAgency(title, fields, doc) : null;
  return { title, agency, year, titled, level: levelOf(agency), publishedAt: publishedAtOf(doc, fields) ?? signedAt(doc, year) };
}

/** the agency named in the title, with the year and the report's own name removed */
export function agencyOf(title: string): string | null {
  let t = unglue(clean(title)).replace(/((?:19|20)\d{2})\s*年\s*度?/, ' ');
  t = t.replace(/(?:关于)?(?:本级)?(?:政府)?信息公开.*$/, '').replace(/[《》“”"]/g, '');
  t = t.replace(/\s+/g, '').replace(/^(?:[的:：,，、]|关于)+|(?:[的:：,，、]|关于)+$/g, '');
  return t.length >= 2 && t.length <= 40 ? t : null;
}

// ---- the metadata table and header lines: 名称, 发布机构, 公开日期 … ----

interface Fields { title?: string; agency?: string; published?: string; written?: string }

const FIELD_LABELS: Array<[keyof Fields, string[]]> = [
  ['title', ['文章标题', '信息名称', '文件名称', '标题', '名称', '题名']],
  ['agency', ['发布机构', '发文机关', '发文单位', '发布单位', '发布部门', '制发机关', '公开主体', '公开责任部门', '信息来源', '来源']],
  ['published', ['发布日期', '发布时间', '公开日期', '公开时间', '发布于']],
  ['written', ['成文日期', '发文日期', '生成日期', '印发日期']],
];
const LABEL_OF = new Map<string, keyof Fields>(FIELD_LABELS.flatMap(([k, ls]) => ls.map((l) => [l, k] as [string, keyof Fields])));
/** every label a header line may hold, so a value ends where the next label starts */
const ANY_LABEL = '(?:文章标题|信息名称|文件名称|标题|名称|题名|发布机构|发文机关|发文单位|发布单位|发布部门|制发机关|公开主体|公开责任部门|信息来源|来源|发布日期|发布时间|公开日期|公开时间|发布于|成文日期|发文日期|生成日期|印发日期|索引号|分类|主题分类|文号|发文字号|关键词|主题词|浏览次数|点击(?:数|量|率)?|访问量|字号|作者|有效性|体裁分类|组配分类|责任编辑|采集时间|单位)';
const INLINE = new RegExp(`(?<![\\u4e00-\\u9fff])(${ANY_LABEL})\\s*[:：]\\s*`, 'g');
const LABEL_CELL = new RegExp(`^${ANY_LABEL}\\s*[:：]?$`);

const hasColon = (s: string) => s.includes(':') || s.includes('：');

function setField(f: Fields, label: string, value: string): void {
  const key = LABEL_OF.get(label);
  const v = clean(value);
  if (!key || !v || f[key]) return;
  if (key === 'agency' && !bodyLike(trimSite(v))) return;
  f[key] = key === 'agency' ? trimSite(v) : v;
}

/** how the report's own text may start (一、总体情况), before the half-width test: most blocks start otherwise */
const BODY_START = /^\s*[一1１]/;

/** fields from the blocks before the report's own text (at most the first 120 blocks, up to 一、总体情况) */
function readFields(doc: PageDoc): Fields {
  const f: Fields = {};
  for (const b of doc.blocks.slice(0, 120)) {
    if (b.kind === 'text') {
      if (BODY_START.test(b.text) && /^\s*[一1]\s*[、.．]\s*总体情况/.test(toHalfWidth(b.text))) break;
      // a field is a label and a colon: most blocks (links, dates, prose) have no colon to look at
      if (b.text.length > 300 || !hasColon(b.text)) continue;
      const text = toHalfWidth(b.text);
      const hits = [...text.matchAll(INLINE)];
      hits.forEach((m, i) => setField(f, m[1], text.slice(m.index! + m[0].length, hits[i + 1]?.index ?? text.length)));
      continue;
    }
    if (b.rows.length > 12) continue;
    for (const row of b.rows) {
      const cells = row.filter((c) => c.origin).map((c) => toHalfWidth(c.text).trim());
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        if (LABEL_CELL.test(c)) { if (i + 1 < cells.length && !LABEL_CELL.test(cells[i + 1])) setField(f, c.replace(/\s*[:：]$/, ''), cells[i + 1]); continue; }
        if (!hasColon(c)) continue;
        const hits = [...c.matchAll(INLINE)];
        hits.forEach((m, j) => setField(f, m[1], c.slice(m.index! + m[0].length, hits[j + 1]?.index ?? c.length)));
      }
    }
  }
  return f;
}

// ---- the agency ----

/** how the name of a publishing body ends */
const BODY_END = /(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|委|办|厅|署|中心|院|所|站|队|处|馆|社|部|室|会|支队|大队|街道|乡|镇|县|区|市|州|盟|旗|省|自治区)$/;
const trimSite = (s: string) => s.replace(/(?:门户)?(?:网站|网)$/, '').replace(/^(?:本网|本站|原创|转载)$/, '');
/** a name that can be a publishing body: Chinese, not a URL or a sentence */
function bodyLike(s: string): boolean {
  return s.length >= 2 && s.length <= 40 && /^[\u4e00-\u9fff()（）·]+$/.test(s.replace(/\s/g, '')) && BODY_END.test(s.replace(/\s/g, ''));
}

const OPENING = [
  /本(?:年度)?报告(?:由|是)(.{2,30}?)(?:根据|依据|按照|依照|编制|制作|发布|负责|汇总|综合)/,
  /(?:公布|发布|编制|形成)(?:了)?(.{2,30}?)(?:19|20)\d{2}\s*年度?(?:政府)?信息公开/,
];

function pickAgency(title: string, fields: Fields, doc: PageDoc): string | null {
  const fromTitle = agencyOf(title);
  if (fromTitle && bodyLike(fromTitle)) return fromTitle;
  if (fields.agency) return fields.agency;
  const source = trimSite(clean(doc.meta.contentsource ?? ''));
  if (bodyLike(source)) return source;
  for (const b of doc.blocks.slice(0, 80)) {
    if (b.kind !== 'text' || b.text.length > 600) continue;
    for (const re of OPENING) {
      const m = re.exec(toHalfWidth(b.text));
      const name = m && m[1].replace(/[《“"\s]/g, '').replace(/^(?:现?将|向社会)/, '');
      if (name && bodyLike(name)) return name;
    }
  }
  return fromTitle;
}

/**
 * Level of the publishing body, for art. 49's deadlines: a people's government (and the government of a
 * 管委会/实验区/新区/开发区, or a place named alone: "沭阳县2023年…") → 31 March; a department → 31 January; null
 * when the name does not tell.
 */
export function levelOf(agency: string | null): Level | null {
  if (!agency) return null;
  const a = toHalfWidth(agency).replace(/[\s()（）]/g, '');
  if (/(?:人民政府|政府)(?:办公室|办公厅|办)$/.test(a)) return 'department';
  if (/(?:人民政府|[县区市州旗]政府)$/.test(a)) return 'government';
  if (/(?:实验区|试验区|新区|开发区|高新区|示范区|合作区|经济区|园区)(?:管理委员会|管委会|管委|管理局)?$/.test(a)) return 'government';
  if (/^[\u4e00-\u9fff]{1,8}(?:省|市|县|区|自治州|州|盟|旗|自治县)$/.test(a) && !/(?:街道|社区|景区|园区|小区)$/.test(a)) return 'government';
  if (/(?:局|委员会|委|办公室|办公厅|办|厅|署|中心|支队|大队|总队|站|所|馆|处)$/.test(a)) return 'department';
  return null;
}

/** the deadline art. 49 sets for a report on `year` by a body of `level` */
export const deadlineOf = (year: number, level: Level): string => `${year + 1}-${level === 'government' ? '03-31' : '01-31'}`;

// ---- pairing: one key per agency, tolerant of how a name is written ----

/** normalised agency (width, spaces, brackets, 人民政府/政府, 办公室/办), to pair reports of one agency across years */
export function agencyKey(agency: string | null): string | null {
  if (!agency) return null;
  const k = toHalfWidth(agency).replace(/[\s()（）【】[\]·・"'“”《》]/g, '')
    .replace(/人民政府/g, '政府').replace(/办公室$/, '办').replace(/委员会$/, '委');
  return k || null;
}

const PLACE_PREFIX = /^[\u4e00-\u9fff]{1,7}?(?:省|自治区|市|自治州|州|盟)/;
/** a name that starts with a place of its own (洪泽区…, 沭阳县…, 平潭综合实验区…): a body, not a bare department */
const OWN_PLACE = /^[\u4e00-\u9fff]{1,10}?(?:市|县|区|旗|镇|乡|街道|自治县)[\u4e00-\u9fff]*(?:政府|局|委|办|厅|中心|会|院|所|站|队|处|馆|署|部|室)$|^[\u4e00-\u9fff]{1,10}?(?:市|县|区|旗|自治县)$/;

/**
 * The key and the shorter keys it may be written as: the same name without the province or city in front, while
 * what is left still starts with a place of its own (淮安市洪泽区人民政府 → 洪泽区政府, never → 政府 or 发展和改革局).
 */
export function agencyKeys(agency: string | null): string[] {
  const key = agencyKey(agency);
  if (!key) return [];
  const out = [key];
  let k = key;
  for (let i = 0; i < 3; i++) {
    const m = PLACE_PREFIX.exec(k);
    if (!m) break;
    const rest = k.slice(m[0].length);
    if (!OWN_PLACE.test(rest)) break;
    out.push(rest);
    k = rest;
  }
  return out;
}

/**
 * One agency written two ways? Equal keys, or one is the other with a province/city in front. Two names that
 * only share their tail (南京市鼓楼区 / 福州市鼓楼区) are two bodies.
 */
export function sameAgency(a: string | null, b: string | null): boolean {
  const ka = agencyKeys(a);
  const kb = agencyKeys(b);
  if (!ka.length || !kb.length) return false;
  return ka[0] === kb[0] || ka.includes(kb[0]) || kb.includes(ka[0]);
}

/**
 * where a report came from, for pairing reports without an agency: the URL's host and column (its folder without
 * date folders: /sygfj/gknb/202401/x.shtml → /sygfj/gknb, as one county portal hosts every department), else the
 * file's folder
 */
export function siteOf(source: string): string {
  try {
    const u = new URL(source);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      const column = u.pathname.split('/').slice(0, -1).filter((s) => s && !/^(?:t?\d{4,8}(?:_\d+)?|\d{4}-\d{2}(?:-\d{2})?)$/.test(s));
      return [u.host.toLowerCase(), ...column].join('/');
    }
  } catch { /* a path */ }
  return source.replace(/[\\/][^\\/]*$/, '') || '.';
}

/** the title with its year masked, so two years of one site's reports read alike */
export const titlePattern = (title: string): string => toHalfWidth(title).replace(/\s+/g, '').replace(/(?:19|20)\d{2}/g, '#');

/** Pairs reports for consecutive years: the same agency, else (no agency on either) the same site and title pattern. */
export function sameReporter(a: { agency: string | null; source: string; title: string }, b: { agency: string | null; source: string; title: string }): boolean {
  if (a.agency && b.agency) return sameAgency(a.agency, b.agency);
  if (a.agency || b.agency) return false;
  return siteOf(a.source) === siteOf(b.source) && titlePattern(a.title) === titlePattern(b.title) && /#/.test(titlePattern(a.title));
}

/** the lookup keys a report is filed under for pairing (the agency's keys, or site + title pattern) */
export function reporterKeys(r: { agency: string | null; source: string; title: string }): string[] {
  if (r.agency) return agencyKeys(r.agency).map((k) => `a:${k}`);
  const p = titlePattern(r.title);
  return /#/.test(p) ? [`s:${siteOf(r.source)}|${p}`] : [];
}

// ---- the publication date ----

const DATE_LABEL = /(?:发布日期|发布时间|公开日期|发文日期|发布于|公开时间|publish(?:ed)?\s*date)\s*[:：]?\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/i;
const META_DATE = ['pubdate', 'publishdate', 'articlepubdate', 'article:published_time', 'og:article:published_time', 'firstpublishedtime', 'dc.date', 'publishedtime'];
const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

function iso(y: string, m: string, d: string): string | null {
  const mm = Number(m);
  const dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

const dateIn = (v: string | undefined): string | null => {
  const m = v ? DATE.exec(toHalfWidth(v)) : null;
  return m ? iso(m[1], m[2], m[3]) : null;
};

function publishedAtOf(doc: PageDoc, fields: Fields): string | null {
  for (const name of META_DATE) { const d = dateIn(doc.meta[name]); if (d) return d; }
  const d = dateIn(fields.published);
  if (d) return d;
  for (const b of doc.blocks) {
    const text = b.kind === 'text' ? b.text : b.rows.slice(0, 20).map((r) => r.filter((c) => c.origin).map((c) => c.text).join(' ')).join('\n');
    const m = DATE_LABEL.exec(toHalfWidth(text));
    if (m) { const found = iso(m[1], m[2], m[3]); if (found) return found; }
  }
  return dateIn(fields.written);
}

/**
 * A Word export has no metadata: the date under the signature at the end ("2024年1月20日") stands for it. A report
 * is published on or after the day it is signed, so a late signature is a late publication too.
 */
function signedAt(doc: PageDoc, year: number | null): string | null {
  if (year === null) return null;
  const texts = doc.blocks.filter(isTextBlock);
  for (const b of texts.slice(-12).reverse()) {
    const m = /^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/.exec(toHalfWidth(b.text));
    if (m && (Number(m[1]) === year + 1 || Number(m[1]) === year)) return iso(m[1], m[2], m[3]);
  }
  return null;
}

/** the publication date from the page's metadata: <meta>, the metadata table, or a 发布日期/公开日期 line */
export const readPublishedAt = (doc: PageDoc): string | null => publishedAtOf(doc, readFields(doc));
