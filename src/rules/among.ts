// Cross-year findings among a set of reports held at once (a batch): carry-over and stock roll-forward with the
// same agency's report of the year before, copied-text with any earlier year — paired as the CLI and the collection
// pair them (src/rules/pairing.ts). The first report of an agency and year stands for that year.
import type { Finding, Lang, ReportModel } from '../model/types';
import { copiedTextFindings, YearIndex } from './pairing';
import { crossYearFindings } from './index';

export interface AmongFinding {
  later: ReportModel;
  /** source of the earlier report the finding compares with */
  earlier: string;
  finding: Finding;
}

export function crossYearAmong(models: ReportModel[], lang: Lang): AmongFinding[] {
  const index = new YearIndex<ReportModel>();
  for (const m of [...models].sort((a, b) => (a.year ?? 0) - (b.year ?? 0))) index.add(m, m);
  const out: AmongFinding[] = [];
  const seen = new Set<ReportModel>();
  for (const later of [...models].sort((a, b) => (a.year ?? 0) - (b.year ?? 0))) {
    // one report per agency and year: the one the index keeps
    const own = index.sameAgency(later).find((e) => e.model.year === later.year)?.model;
    if (own !== later || seen.has(later)) continue;
    seen.add(later);
    const before = index.earlier(later)?.model;
    if (before) for (const finding of crossYearFindings(later, before, lang)) out.push({ later, earlier: before.source, finding });
    const all = index.sameAgency(later).map((e) => e.model);
    for (const finding of copiedTextFindings(later, all, lang)) out.push({ later, earlier: String(finding.params?.earlierSource ?? ''), finding });
  }
  return out;
}
