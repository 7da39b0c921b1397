// The line on stderr at the end of a run: how many inputs, reports, consistent ones, ones with errors, unreadable.
import type { Finding, Verdict } from '../model/types';
import { isInputError, type InputObject } from './output';

export class Summary {
  files = 0;
  reports = 0;
  consistent = 0;
  withErrors = 0;
  unreadable = 0;

  add(object: InputObject): void {
    this.files++;
    if (isInputError(object)) { this.unreadable++; return; }
    if (!object.isReport) return;
    this.reports++;
    if (object.verdict === 'consistent') this.consistent++;
    if (object.verdict === 'inconsistent') this.withErrors++;
  }

  /**
   * cross-year findings written after a report's own object (jsonl, csv) can turn it from fine to erroneous, or
   * (copied-text, a warning) from consistent to warnings
   */
  addLate(verdict: Verdict, findings: Finding[]): void {
    const error = findings.some((f) => f.severity === 'error');
    if (verdict === 'consistent' && (error || findings.some((f) => f.severity === 'warning'))) this.consistent--;
    if (error && verdict !== 'inconsistent') this.withErrors++;
  }

  line(): string {
    return `gov-report-auditor: ${this.files} inputs, ${this.reports} reports, ${this.consistent} consistent, ` +
      `${this.withErrors} with errors, ${this.unreadable} unreadable\n`;
  }
}
