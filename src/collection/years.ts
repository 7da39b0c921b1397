// Years of one agency in the collection: each report is checked against the same agency's report of the
// year before (carry-over, stock roll-forward). The findings belong to the later year; both years show the link.
import type { Finding, Lang, NotChecked, ReportModel } from '../model/types';
import { crossYearCheck } from '../rules';
import { copiedTextFindings, YearIndex } from '../rules/pairing';
import { sameAgency } from '../extract/identity';
import { sectionTextsOf } from '../extract/sectionText';
import type { SavedReport } from './schema';

export interface YearLink {
  earlier: SavedReport;
  later: SavedReport;
  /** findings of the later report */
  findings: Finding[];
  /** what the cross-year rules could not check with these two (a table of one year unread); it counts in the later report's verdict, as in the CLI */
  notChecked: NotChecked[];
}

/** the model the cross-year rules read, rebuilt from what the collection stores */
export function modelOf(r: SavedReport): ReportModel {
  return {
    source: r.url, isReport: r.verdict !== 'not-a-report', title: r.title, agency: r.agency, year: r.year,
    template: r.template, publishedAt: r.publishedAt, sections: [], tables: r.tables, labels: [],
    years: { title: r.year, period: null, body: null },
    statements: { applications: [], noReviewLitigation: null, fee: null }, templateEvidence: [],
    // sections 一 and 五 are read again from the captured text: records of every schema version have it
    sectionText: sectionTextsOf(r.evidence?.capturedText ?? ''),
  };
}

/** one model per record, built once per yearLinks call */
const modelCache = new WeakMap<SavedReport, ReportModel>();
const cachedModel = (r: SavedReport) => {
  let m = modelCache.get(r);
  if (!m) modelCache.set(r, (m = modelOf(r)));
  return m;
};

const newestFirst = (a: SavedReport, b: SavedReport) => b.savedAt.localeCompare(a.savedAt);

/**
 * one link per report whose agency's previous year is in the collection (the newest save of that year); one agency
 * however its name is written in the two years (see sameAgency), else the same site and title pattern
 */
export function yearLinks(records: SavedReport[], lang: Lang): YearLink[] {
  const index = new YearIndex<SavedReport>();
  for (const r of [...records].sort(newestFirst)) index.add(cachedModel(r), r);
  const links: YearLink[] = [];
  for (const later of records) {
    const model = cachedModel(later);
    const earlier = index.earlier(model)?.slot;
    const link: YearLink | null = earlier ? { earlier, later, ...crossYearCheck(model, cachedModel(earlier), lang) } : null;
    if (link) links.push(link);
    // copied-text: against every earlier year of the agency; a finding naming another year is a link of its own
    const others = index.sameAgency(model).map((e) => e.slot).filter((r) => r.year! < later.year!);
    for (const f of copiedTextFindings(model, others.map(cachedModel), lang)) {
      const from = others.find((r) => r.url === f.params?.earlierSource && r.year === f.params?.earlierYear)!;
      if (link && from === earlier) link.findings.push(f);
      else links.push({ earlier: from, later, findings: [f], notChecked: [] });
    }
  }
  return links;
}

export interface YearsOf {
  /** the link to the year before: its findings are this report's */
  asLater: YearLink | null;
  /** links from the year after, whose findings concern this report's figures too */
  asEarlier: YearLink[];
}

export function yearsOf(links: YearLink[], id: string): YearsOf {
  return {
    asLater: links.find((l) => l.later.id === id) ?? null,
    asEarlier: links.filter((l) => l.earlier.id === id),
  };
}

/** the cross-year findings of each report, by report id */
export function crossYearById(links: YearLink[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const l of links) out.set(l.later.id, [...(out.get(l.later.id) ?? []), ...l.findings]);
  return out;
}

/** the cross-year link of each report to its year before, by report id */
export const linkById = (links: YearLink[]): Map<string, YearLink> => new Map(links.map((l) => [l.later.id, l]));

/** reports grouped by agency, each agency's years in order */
export function agencies(records: SavedReport[]): Map<string, SavedReport[]> {
  const out = new Map<string, SavedReport[]>();
  for (const r of records) {
    let k = r.agencyKey ?? r.agency ?? '';
    if (!k) continue;
    // one agency written two ways (淮安市洪泽区人民政府 / 洪泽区人民政府) is one group
    for (const [key, list] of out) if (key !== k && sameAgency(list[0].agency, r.agency)) { k = key; break; }
    out.set(k, [...(out.get(k) ?? []), r]);
  }
  for (const list of out.values()) list.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || newestFirst(a, b));
  return out;
}
