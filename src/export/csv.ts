// CSV for spreadsheets: UTF-8 with a byte-order mark, so that Excel reads the Chinese text right. One writer for
// the popup's, the batch tab's and the collection's exports.
import Papa from 'papaparse';
import type { AuditResult } from '../model/types';
import { cellText, findingCells } from './rows';

/** UTF-8 byte-order mark: Excel then reads the file as UTF-8 */
export const BOM = '\ufeff';

/**
 * Page text that starts like a formula gets a leading apostrophe, so a spreadsheet shows it and never runs it;
 * signed numbers ("-1", "+2") stay numbers.
 */
const FORMULA = /^[=+\-@\t\r](?![\d.]*$)/;

export type CsvCell = string | number | boolean | null | undefined;

/** a whole file: BOM, header, one line per row, CRLF line ends */
export function excelCsv(fields: readonly string[], rows: CsvCell[][]): string {
  return BOM + Papa.unparse({ fields: [...fields], data: rows }, { escapeFormulae: FORMULA, newline: '\r\n' });
}

/** the popup's export of one page: one row per finding */
export const FINDING_FIELDS = ['severity', 'rule', 'table', 'section', 'row', 'column', 'expected', 'actual', 'message', 'anchor', 'source'] as const;

export function resultCsv(result: AuditResult): string {
  const rows = result.findings.map((f) => {
    const cells = { ...findingCells(f), source: result.source };
    return FINDING_FIELDS.map((k) => cellText(cells[k]));
  });
  return excelCsv(FINDING_FIELDS, rows);
}
