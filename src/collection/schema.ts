// The saved report: what the collection keeps of one audited page, with the researcher's notes and the evidence
// of what the page said when it was captured. Plain JSON, the same in IndexedDB, in JSON Lines and in a backup.
import type { EvidenceTable, Finding, ModelTable, TemplateId, Verdict } from '../model/types';

/** version of the record's shape; also the IndexedDB version (see db.ts) */
export const SCHEMA_VERSION = 2;

export const FINDING_STATUSES = ['to-check', 'confirmed', 'false-alarm'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export interface Annotation {
  note: string;
  status: FindingStatus;
}

/** one table of the page as captured: its cells' text, grid row by grid row */
export type { EvidenceTable };

/** what the page said, kept because agencies edit published pages silently */
export interface Evidence {
  /** the report's text blocks, joined by newlines */
  capturedText: string;
  /** the page tables the report's tables were read from */
  tables: EvidenceTable[];
  /**
   * SHA-256 (hex) of the canonical JSON of { text, tables }: shows whether the page changed between captures;
   * it does not prove who captured it or when
   */
  sha256: string;
  /** this computer's clock at capture time (ISO 8601), as the browser reported it: not a trusted timestamp */
  capturedAt: string;
}

export interface SavedReport {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  url: string;
  title: string;
  agency: string | null;
  /** normalised agency, to pair years of one agency */
  agencyKey: string | null;
  year: number | null;
  template: TemplateId | null;
  publishedAt: string | null;
  verdict: Verdict;
  /** the report's tables as the checker read them */
  tables: Partial<Record<'2' | '3' | '4', ModelTable>>;
  findings: Finding[];
  savedAt: string;
  /** when the note or an annotation last changed (added in version 2; savedAt for older records) */
  updatedAt: string;
  checkerVersion: string;
  evidence: Evidence;
  /** the researcher's note on the whole report */
  note: string;
  /** per finding, by findingKey; a finding without an entry is "to check" with no note */
  annotations: Record<string, Annotation>;
}

export const NO_ANNOTATION: Annotation = { note: '', status: 'to-check' };

export const annotationOf = (r: SavedReport, key: string): Annotation => r.annotations[key] ?? NO_ANNOTATION;

/** a finding's key: its rule and where it points, stable across re-renders and languages */
export function findingKey(f: Finding): string {
  const { table, row, column, anchor } = f.location;
  return [f.rule, table ?? '', row ?? '', column ?? '', anchor ?? ''].join('|');
}

/** keys for a list of findings, made unique with "#2", "#3" where two findings point at the same place */
export function findingKeys(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = findingKey(f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}
