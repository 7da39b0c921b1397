// Command line: `audit [--format table|json|jsonl|csv] [--lang zh|en] [--fail-on error|warning|never] PATH...`
// and `extract [--format csv|jsonl] PATH...`, parsed with node:util parseArgs.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../model/types';
import type { AuditFormat } from './audit';
import type { FailOn } from './exit';
import type { ExtractFormat } from './extract';

export const USAGE = `Usage:
  gov-report-auditor audit [--format table|json|jsonl|csv] [--lang zh|en] [--fail-on error|warning|never] PATH...
  gov-report-auditor extract [--format csv|jsonl] PATH...

Audits 政府信息公开工作年度报告 (government information-disclosure annual reports) against the national template.

PATH is a file (.html .htm .shtml .txt .md), a directory (searched recursively) or - for standard input.

audit     checks each report; findings as a readable table (default), json (an array), jsonl (one object
          per input, as each is done) or csv (one row per finding, UTF-8 with BOM)
            --lang      language of the messages: zh (default) or en
            --fail-on   exit 1 when a finding of this severity or worse is found: error (default), warning, never
extract   the numbers of tables 2–4, one record per value cell: csv (default) or jsonl
            columns: source, agency, year, table, row, column, value, raw

Exit status: 0 fine, 1 findings at or above --fail-on, 2 an input could not be read or the usage is wrong.
`;

export type Command =
  | { command: 'audit'; paths: string[]; format: AuditFormat; lang: Lang; failOn: FailOn }
  | { command: 'extract'; paths: string[]; format: ExtractFormat }
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
    const { values, positionals } = parse(rest, { format: { type: 'string', short: 'f' }, lang: { type: 'string' }, 'fail-on': { type: 'string' } });
    if (values.help) return { command: 'help' };
    return {
      command, paths: requirePaths(positionals),
      format: oneOf('format', values.format as string | undefined, ['table', 'json', 'jsonl', 'csv'], 'table'),
      lang: oneOf('lang', values.lang as string | undefined, ['zh', 'en'], 'zh'),
      failOn: oneOf('fail-on', values['fail-on'] as string | undefined, ['error', 'warning', 'never'], 'error'),
    };
  }

  if (command === 'extract') {
    const { values, positionals } = parse(rest, { format: { type: 'string', short: 'f' } });
    if (values.help) return { command: 'help' };
    return { command, paths: requirePaths(positionals), format: oneOf('format', values.format as string | undefined, ['csv', 'jsonl'], 'csv') };
  }

  throw new UsageError(`unknown command "${command}" (expected audit or extract)`);
}

function requirePaths(paths: string[]): string[] {
  if (!paths.length) throw new UsageError('no PATH given (a file, a directory, or - for standard input)');
  return paths;
}
