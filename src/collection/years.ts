// Years of one agency in the collection: each report is checked against the same agency's report of the
// year before (carry-over, stock roll-forward). The findings belong to the later year; both years show the link.
import type { Finding, Lang, ReportModel, Verdict } from '../model/types';
import { copiedTextFindings } from '../rules/copiedText';
import { crossYearFindings } from '../rules/crossYear';
import { sectionTextsOf } from '../extract/sectionText';
import type { SavedReport } from './schema';

export interface YearLink {
  earlier: SavedReport;
  later: SavedReport;
  /** findings of the later report */
  findings: Finding[];
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

/** one link per report whose agency's previous year is in the collection (the newest save of that year) */
export function yearLinks(records: SavedReport[], lang: Lang): YearLink[] {
  const byYear = new Map<string, SavedReport>();
  for (const r of [...records].sort(newestFirst)) {
    if (r.agencyKey && r.year !== null && r.verdict !== 'not-a-report') {
      const k = `${r.agencyKey}|${r.year}`;
      if (!byYear.has(k)) byYear.set(k, r);
    }
  }
  const byAgency = new Map<string, SavedReport[]>();
  for (const r of byYear.values()) byAgency.set(r.agencyKey!, [...(byAgency.get(r.agencyKey!) ?? []), r]);
  const links: YearLink[] = [];
  for (const later of records) {
    if (!later.agencyKey || later.year === null || later.verdict === 'not-a-report') continue;
    const earlier = byYear.get(`${later.agencyKey}|${later.year - 1}`);
    const link = earlier ? { earlier, later, findings: crossYearFindings(cachedModel(later), cachedModel(earlier), lang) } : null;
    if (link) links.push(link);
    // copied-text: against every earlier year of the agency; a finding naming another year is a link of its own
    const others = (byAgency.get(later.agencyKey) ?? []).filter((r) => r.year! < later.year!);
    for (const f of copiedTextFindings(cachedModel(later), others.map(cachedModel), lang)) {
      const from = others.find((r) => r.url === f.params?.earlierSource && r.year === f.params?.earlierYear)!;
      if (link && from === earlier) link.findings.push(f);
      else links.push({ earlier: from, later, findings: [f] });
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

/** a report's verdict once its cross-year findings count too */
export function verdictWith(verdict: Verdict, extra: Finding[]): Verdict {
  if (verdict === 'not-a-report' || verdict === 'inconsistent') return verdict;
  if (extra.some((f) => f.severity === 'error')) return 'inconsistent';
  if (verdict !== 'warnings' && extra.some((f) => f.severity === 'warning')) return 'warnings';
  return verdict;
}

/** reports grouped by agency, each agency's years in order */
export function agencies(records: SavedReport[]): Map<string, SavedReport[]> {
  const out = new Map<string, SavedReport[]>();
  for (const r of records) {
    const k = r.agencyKey ?? r.agency ?? '';
    if (!k) continue;
    out.set(k, [...(out.get(k) ?? []), r]);
  }
  for (const list of out.values()) list.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || newestFirst(a, b));
  return out;
}
