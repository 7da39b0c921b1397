// The collection's table: one row per saved report with its findings (the cross-year ones included),
// filtered by agency, year, verdict, rule and status, searched, and sorted.
import type { Finding, Lang, Verdict } from '../model/types';
import { annotationOf, findingKeys, type FindingStatus, type SavedReport } from './schema';
import { verdictWith } from '../rules/catalogue';
import { linkById, yearLinks, type YearLink } from './years';

export interface ListRow {
  record: SavedReport;
  /** the report's own findings, then its cross-year ones */
  findings: Finding[];
  keys: string[];
  verdict: Verdict;
  statuses: FindingStatus[];
}

export interface Filters {
  agency: string;
  year: string;
  verdict: string;
  rule: string;
  status: string;
  search: string;
}

export const NO_FILTERS: Filters = { agency: '', year: '', verdict: '', rule: '', status: '', search: '' };

export type SortKey = 'agency' | 'year' | 'verdict' | 'findings' | 'savedAt' | 'updatedAt';
export interface Sort { key: SortKey; descending: boolean }

export function listRows(records: SavedReport[], lang: Lang): { rows: ListRow[]; links: YearLink[] } {
  const links = yearLinks(records, lang);
  const byId = linkById(links);
  const rows = records.map((record) => {
    const link = byId.get(record.id);
    const findings = [...record.findings, ...(link?.findings ?? [])];
    const keys = findingKeys(findings);
    return { record, findings, keys, verdict: verdictWith(record.verdict, link?.findings ?? [], link?.notChecked ?? []), statuses: keys.map((k) => annotationOf(record, k).status) };
  });
  return { rows, links };
}

const agencyOf = (r: SavedReport) => r.agencyKey ?? r.agency ?? '';

/** the text a search looks in: identity, notes, and every finding's message and note */
function haystack(row: ListRow): string {
  const r = row.record;
  return [r.title, r.agency ?? '', r.url, r.note, ...row.findings.map((f) => f.message), ...Object.values(r.annotations).map((a) => a.note)]
    .join('\n').toLowerCase();
}

export function filterRows(rows: ListRow[], f: Filters): ListRow[] {
  const words = f.search.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    const r = row.record;
    if (f.agency && agencyOf(r) !== f.agency) return false;
    if (f.year && String(r.year ?? '') !== f.year) return false;
    if (f.verdict && row.verdict !== f.verdict) return false;
    if (f.rule && !row.findings.some((x) => x.rule === f.rule)) return false;
    if (f.status && !row.statuses.includes(f.status as FindingStatus)) return false;
    if (words.length) {
      const text = haystack(row);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

const VERDICT_ORDER: Verdict[] = ['inconsistent', 'warnings', 'unverified', 'consistent', 'not-a-report'];

const sortValue: Record<SortKey, (row: ListRow) => string | number> = {
  agency: (row) => row.record.agency ?? '',
  year: (row) => row.record.year ?? 0,
  verdict: (row) => VERDICT_ORDER.indexOf(row.verdict),
  findings: (row) => row.findings.filter((f) => f.severity !== 'info').length,
  savedAt: (row) => row.record.savedAt,
  updatedAt: (row) => row.record.updatedAt,
};

export function sortRows(rows: ListRow[], { key, descending }: Sort): ListRow[] {
  const value = sortValue[key];
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return c * sign || a.record.id.localeCompare(b.record.id);
  });
}

/** the values each filter offers, from what the collection holds */
export function filterOptions(rows: ListRow[]) {
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].filter(Boolean).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return {
    agencies: sorted(rows.map((r) => agencyOf(r.record))),
    years: sorted(rows.map((r) => String(r.record.year ?? ''))),
    verdicts: VERDICT_ORDER.filter((v) => rows.some((r) => r.verdict === v)),
    rules: sorted(rows.flatMap((r) => r.findings.map((f) => f.rule))),
  };
}
