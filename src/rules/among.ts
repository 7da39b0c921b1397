// Cross-year findings among a set of reports held at once (a batch): carry-over and stock roll-forward with the
// same agency's report of the year before, copied-text with any earlier year. The first report of an agency and
// year stands for that year.
import type { Finding, Lang, ReportModel } from '../model/types';
import { copiedTextFindings } from './copiedText';
import { agencyKey, crossYearFindings } from './crossYear';

export interface AmongFinding {
  later: ReportModel;
  /** source of the earlier report the finding compares with */
  earlier: string;
  finding: Finding;
}

export function crossYearAmong(models: ReportModel[], lang: Lang): AmongFinding[] {
  const byAgency = new Map<string, Map<number, ReportModel>>();
  for (const m of models) {
    const key = m.isReport && m.year !== null ? agencyKey(m) : null;
    if (key === null) continue;
    const years = byAgency.get(key) ?? new Map<number, ReportModel>();
    if (!years.has(m.year!)) years.set(m.year!, m);
    byAgency.set(key, years);
  }
  const out: AmongFinding[] = [];
  for (const years of byAgency.values()) {
    const all = [...years.values()].sort((a, b) => a.year! - b.year!);
    for (const later of all) {
      const before = years.get(later.year! - 1);
      if (before) for (const finding of crossYearFindings(later, before, lang)) out.push({ later, earlier: before.source, finding });
      for (const finding of copiedTextFindings(later, all, lang)) out.push({ later, earlier: String(finding.params?.earlierSource ?? ''), finding });
    }
  }
  return out;
}
