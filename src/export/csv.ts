// CSV for spreadsheets: UTF-8 with a byte-order mark, so that Excel reads the Chinese text right. One writer for
// the popup's, the batch tab's and the collection's exports.
import Papa from 'papaparse';
import type { AuditResult } from '../model/types';
import { FINDING_FIELDS, findingRow } from './rows';

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

export function toCsv(result: AuditResult): string {
  const data = result.findings.map((f) => findingRow(f, result));
  return excelCsv(FINDING_FIELDS, data.map((r) => FINDING_FIELDS.map((k) => r[k])));
}
