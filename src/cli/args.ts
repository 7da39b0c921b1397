// Command line: `audit [--format table|json|jsonl|csv] [--lang zh|en] [--fail-on error|warning|never] [--jobs N]
// [--follow-links] [--any-host] [--delay MS] [--timeout MS] [--summary] PATH|URL...`
// and `extract [--format csv|jsonl] PATH...`, parsed with node:util parseArgs.
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../model/types';
import type { AuditFormat } from './audit';
import type { FailOn } from './exit';
import type { ExtractFormat } from './extract';
import type { WebOptions } from './sources';
import type { YearsFormat } from './years-command';

export const USAGE = `Usage:
  gov-report-auditor audit [--format table|json|jsonl|csv] [--lang zh|en] [--fail-on error|warning|never]
                           [--jobs N] [--follow-links] [--any-host] [--delay MS] [--timeout MS] [--summary] PATH|URL...
  gov-report-auditor extract [--format csv|jsonl] PATH...
  gov-report-auditor years [--format csv|jsonl] [--lang zh|en] [--follow-links] [--any-host] PATH|URL...

Audits 政府信息公开工作年度报告 (government information-disclosure annual reports) against the national template.

PATH is a file (.html .htm .shtml .txt .md), a directory (searched recursively) or - for standard input.
URL is an http(s) address of a report page, or with --follow-links of a page listing reports.

audit     checks each report; findings as a readable table (default), json (an array), jsonl (one object
          per input, as each is done) or csv (one row per finding, UTF-8 with BOM)
            --lang      language of the messages: zh (default) or en
            --fail-on   exit 1 when a finding of this severity or worse is found: error (default), warning, never
            --jobs      worker threads (default: the number of cores); the output is the same for any number
            --follow-links  audit the annual reports each URL links to (link text or address with 年度报告/年报),
                        on the same site unless --any-host
            --delay     pause between two requests to one site, ms (default 500); at most 3 requests at a time
            --timeout   time limit of one request, ms (default 20000)
            --summary   a summary line on stderr at the end (always when stderr is a terminal, with a progress bar)
extract   the numbers of tables 2–4, one record per value cell: csv (default) or jsonl
            columns: source, agency, year, table, row, column, value, raw
years     the key figures of every report (applications by applicant type, how they were handled, carried over,
          reviews and suits, table 2) as tidy rows, then the findings across years among the inputs
          (carry-over, stock-roll-forward, copied-text): csv (default, UTF-8 with BOM) or jsonl
            columns: kind (figure|finding), source, agency, year, measure, label, value, severity, earlier

Exit status: 0 fine, 1 findings at or above --fail-on, 2 an input could not be read or the usage is wrong.
`;

export type Command =
  | { command: 'audit'; paths: string[]; format: AuditFormat; lang: Lang; failOn: FailOn; jobs: number; web: WebOptions; summary: boolean }
  | { command: 'extract'; paths: string[]; format: ExtractFormat }
  | { command: 'years'; paths: string[]; format: YearsFormat; lang: Lang; web: WebOptions }
  | { command: 'help' };

export class UsageError extends Error {}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

interface Parsed { values: Record<string, string | boolean | undefined>; positionals: string[] }

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>): Parsed {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function parseCommand(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };

  if (command === 'audit') {
    const { values, positionals } = parse(rest, {
      format: { type: 'string', short: 'f' }, lang: { type: 'string' }, 'fail-on': { type: 'string' },
      jobs: { type: 'string', short: 'j' }, 'follow-links': { type: 'boolean' }, 'any-host': { type: 'boolean' },
      delay: { type: 'string' }, timeout: { type: 'string' }, summary: { type: 'boolean' },
    });
    if (values.help) return { command: 'help' };
    return {
      command, paths: requirePaths(positionals),
      format: oneOf('format', values.format as string | undefined, ['table', 'json', 'jsonl', 'csv'], 'table'),
      lang: oneOf('lang', values.lang as string | undefined, ['zh', 'en'], 'zh'),
      failOn: oneOf('fail-on', values['fail-on'] as string | undefined, ['error', 'warning', 'never'], 'error'),
      jobs: count('jobs', values.jobs as string | undefined, availableParallelism(), 1, 256),
      web: {
        followLinks: values['follow-links'] === true, anyHost: values['any-host'] === true,
        delayMs: count('delay', values.delay as string | undefined, 500, 0, MAX_TIMER_MS),
        timeoutMs: count('timeout', values.timeout as string | undefined, 20_000, 1, MAX_TIMER_MS),
      },
      summary: values.summary === true,
    };
  }

  if (command === 'extract') {
    const { values, positionals } = parse(rest, { format: { type: 'string', short: 'f' } });
    if (values.help) return { command: 'help' };
    return { command, paths: requirePaths(positionals), format: oneOf('format', values.format as string | undefined, ['csv', 'jsonl'], 'csv') };
  }

  if (command === 'years') {
    const { values, positionals } = parse(rest, {
      format: { type: 'string', short: 'f' }, lang: { type: 'string' }, 'follow-links': { type: 'boolean' }, 'any-host': { type: 'boolean' },
      delay: { type: 'string' }, timeout: { type: 'string' },
    });
    if (values.help) return { command: 'help' };
    return {
      command, paths: requirePaths(positionals),
      format: oneOf('format', values.format as string | undefined, ['csv', 'jsonl'], 'csv'),
      lang: oneOf('lang', values.lang as string | undefined, ['zh', 'en'], 'zh'),
      web: {
        followLinks: values['follow-links'] === true, anyHost: values['any-host'] === true,
        delayMs: count('delay', values.delay as string | undefined, 500, 0),
        timeoutMs: count('timeout', values.timeout as string | undefined, 20_000, 1),
      },
    };
  }

  throw new UsageError(`unknown command "${command}" (expected audit, extract or years)`);
}

/** the longest wait Node's timers hold (2^31 − 1 ms, about 24.8 days); a longer one would fire at once */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** a whole number of at least `min` and at most `max` */
function count(option: string, value: string | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  throw new UsageError(`--${option} must be a whole number from ${min} to ${max} (got "${value}")`);
}

function requirePaths(paths: string[]): string[] {
  if (!paths.length) throw new UsageError('no PATH given (a file, a directory, or - for standard input)');
  return paths;
}
