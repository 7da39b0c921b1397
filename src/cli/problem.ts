// An input that could not be read or audited: a clear line on stderr, and the message for its output object.
import { InputError } from '../node/load';
import { visibleLine } from './terminal';

export function reportProblem(source: string, e: unknown): string {
  const message = e instanceof InputError ? e.message : `could not be audited: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`gov-report-auditor: ${visibleLine(source)}: ${visibleLine(message)}\n`);
  return message;
}
