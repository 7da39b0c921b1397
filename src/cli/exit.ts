// Exit status: 2 when an input could not be read, else 1 when something at or above --fail-on was found, else 0.
import type { Severity } from '../model/types';
import { isInputError, type OutputObject } from './output';

export type FailOn = 'error' | 'warning' | 'never';

const FAILING: Record<FailOn, ReadonlySet<Severity>> = {
  error: new Set(['error']),
  warning: new Set(['error', 'warning']),
  never: new Set(),
};

export class ExitTally {
  private unreadable = false;
  private failed = false;

  constructor(private readonly failOn: FailOn) {}

  add(object: OutputObject): void {
    if (isInputError(object)) this.unreadable = true;
    if (object.findings.some((f) => FAILING[this.failOn].has(f.severity))) this.failed = true;
  }

  get code(): 0 | 1 | 2 {
    return this.unreadable ? 2 : this.failed ? 1 : 0;
  }
}
