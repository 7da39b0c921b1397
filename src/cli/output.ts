// What the CLI writes per input, and a stdout writer that respects back-pressure.
import type { AuditResult, Finding, NotChecked } from '../model/types';

/** an input that could not be read or audited */
export interface InputErrorObject {
  source: string;
  error: string;
  isReport: false;
  findings: [];
  notChecked: [];
}

/** cross-year findings for a report whose own object was already written (jsonl) */
export interface CrossYearObject {
  source: string;
  kind: 'cross-year';
  /** source of the earlier year's report */
  earlier: string;
  findings: Finding[];
  /** cross-year checks that could not be made with that report (its table unread), when there are any */
  notChecked?: NotChecked[];
}

export type InputObject = AuditResult | InputErrorObject;
export type OutputObject = InputObject | CrossYearObject;

export const isInputError = (o: OutputObject): o is InputErrorObject => 'error' in o && typeof o.error === 'string';

export const inputError = (source: string, error: string): InputErrorObject =>
  ({ source, error, isReport: false, findings: [], notChecked: [] });

export interface Out {
  write(text: string): Promise<void>;
}

export const stdoutOut: Out = {
  write: (text) => new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  }),
};
