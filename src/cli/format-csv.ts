// `--format csv`: one row per finding (and one per unreadable input), UTF-8 with BOM, written as each input is done.
import type { Finding, ReportModel } from '../model/types';
import { BOM, csvRows, type CsvCell } from './csv';
import { isInputError, type CrossYearObject, type InputObject } from './output';

const FIELDS = ['source', 'verdict', 'agency', 'year', 'rule', 'severity', 'table', 'section', 'row', 'column', 'page',
  'expected', 'actual', 'message', 'anchor', 'error'] as const;

function rowsOf(object: InputObject): CsvCell[][] {
  if (isInputError(object)) return [[object.source, '', '', '', '', '', '', '', '', '', '', '', '', '', '', object.error]];
  return object.findings.map((f) => findingRow(object.source, object.verdict, object.agency, object.year, f));
}

const findingRow = (source: string, verdict: string, agency: string | null, year: number | null, f: Finding): CsvCell[] => [
  source, verdict, agency, year, f.rule, f.severity, f.location.table,
  f.location.section, f.location.row, f.location.column, f.location.page ?? null, f.expected, f.actual, f.message, f.location.anchor, '',
];

export const csvHeader = (): string => BOM + csvRows(FIELDS, [], true);

export const csvObject = (object: InputObject): string => csvRows(FIELDS, rowsOf(object), false);

/** cross-year findings of a report whose rows were written already; its verdict is left blank */
export const csvCrossYear = (object: CrossYearObject, later: ReportModel): string =>
  csvRows(FIELDS, object.findings.map((f) => findingRow(object.source, '', later.agency, later.year, f)), false);
