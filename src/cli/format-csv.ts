// `--format csv`: one row per finding (and one per unreadable input), UTF-8 with BOM, written as each input is done.
import type { Finding, ReportModel } from '../model/types';
import { findingCells } from '../export/rows';
import { BOM, csvRows, type CsvCell } from './csv';
import { isInputError, type CrossYearObject, type InputObject } from './output';

const FIELDS = ['source', 'verdict', 'agency', 'year', 'rule', 'severity', 'table', 'section', 'row', 'column', 'page',
  'expected', 'actual', 'message', 'anchor', 'error'] as const;

function rowsOf(object: InputObject): CsvCell[][] {
  if (isInputError(object)) return [FIELDS.map((k) => (k === 'source' ? object.source : k === 'error' ? object.error : ''))];
  return object.findings.map((f) => cliRow(object.source, object.verdict, object.agency, object.year, f));
}

/** one line per finding: the input's identity, then the finding's columns as they are */
function cliRow(source: string, verdict: string, agency: string | null, year: number | null, f: Finding): CsvCell[] {
  const cells: Record<(typeof FIELDS)[number], CsvCell> = { ...findingCells(f), source, verdict, agency, year, error: '' };
  return FIELDS.map((k) => cells[k]);
}

export const csvHeader = (): string => BOM + csvRows(FIELDS, [], true);

export const csvObject = (object: InputObject): string => csvRows(FIELDS, rowsOf(object), false);

/** cross-year findings of a report whose rows were written already; its verdict is left blank */
export const csvCrossYear = (object: CrossYearObject, later: ReportModel): string =>
  csvRows(FIELDS, object.findings.map((f) => cliRow(object.source, '', later.agency, later.year, f)), false);
