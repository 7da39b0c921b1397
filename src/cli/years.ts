// Pairs reports of one agency for consecutive years among the inputs (carry-over, stock-roll-forward).
// Only the small report models are kept, never the pages.
import type { ReportModel } from '../model/types';
import { agencyKey } from '../rules/crossYear';

export interface YearEntry<T> {
  model: ReportModel;
  /** what the caller keeps with the report (where its output stands) */
  slot: T;
}

export class YearIndex<T> {
  private readonly entries = new Map<string, YearEntry<T>>();
  /** every year of an agency, for copied-text (which compares with any earlier year) */
  private readonly byAgency = new Map<string, YearEntry<T>[]>();

  private static key(model: ReportModel, offset = 0): string | null {
    const agency = model.isReport && model.year !== null ? agencyKey(model) : null;
    return agency === null ? null : `${agency}\u0000${model.year! + offset}`;
  }

  /** the same agency's report on the year before, if among the inputs so far */
  earlier(model: ReportModel): YearEntry<T> | null {
    const key = YearIndex.key(model, -1);
    return (key && this.entries.get(key)) || null;
  }

  /** the same agency's report on the year after, if among the inputs so far */
  later(model: ReportModel): YearEntry<T> | null {
    const key = YearIndex.key(model, 1);
    return (key && this.entries.get(key)) || null;
  }

  /** the same agency's reports among the inputs so far, of every year */
  sameAgency(model: ReportModel): YearEntry<T>[] {
    const agency = model.isReport && model.year !== null ? agencyKey(model) : null;
    return (agency !== null && this.byAgency.get(agency)) || [];
  }

  /** remember a report; the first of two reports of one agency and year is kept */
  add(model: ReportModel, slot: T): void {
    const key = YearIndex.key(model);
    if (!key || this.entries.has(key)) return;
    const entry = { model, slot };
    this.entries.set(key, entry);
    const agency = agencyKey(model)!;
    this.byAgency.set(agency, [...(this.byAgency.get(agency) ?? []), entry]);
  }
}
