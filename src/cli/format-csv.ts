// `--format csv`: one row per finding (and one per unreadable input), UTF-8 with BOM.
import { BOM, csvRows, type CsvCell } from './csv';
import { isInputError, type InputObject } from './output';

const FIELDS = ['source', 'verdict', 'agency', 'year', 'rule', 'severity', 'table', 'section', 'row', 'column',
  'expected', 'actual', 'message', 'anchor', 'error'] as const;

function rowsOf(object: InputObject): CsvCell[][] {
  if (isInputError(object)) return [[object.source, '', '', '', '', '', '', '', '', '', '', '', '', '', object.error]];
  return object.findings.map((f) => [
    object.source, object.verdict, object.agency, object.year, f.rule, f.severity, f.location.table,
    f.location.section, f.location.row, f.location.column, f.expected, f.actual, f.message, f.location.anchor, '',
  ]);
}

export const formatCsv = (objects: InputObject[]): string => BOM + csvRows(FIELDS, objects.flatMap(rowsOf), true);
