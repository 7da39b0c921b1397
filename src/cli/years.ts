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

  /** remember a report; the first of two reports of one agency and year is kept */
  add(model: ReportModel, slot: T): void {
    const key = YearIndex.key(model);
    if (key && !this.entries.has(key)) this.entries.set(key, { model, slot });
  }
}
