// CSV for Excel and pandas: papaparse does the quoting; cells that look like formulas are neutralised.
import Papa from 'papaparse';

/** UTF-8 byte-order mark, so that Excel reads the file as UTF-8 */
export const BOM = '\ufeff';

/** =, +, -, @ (and tab, CR) at the start of a text cell make spreadsheets evaluate it */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

export function csvRows(fields: readonly string[], rows: CsvCell[][], header: boolean): string {
  if (!rows.length && !header) return '';
  const text = Papa.unparse({ fields: [...fields], data: rows }, { header, escapeFormulae: FORMULA_START, newline: '\r\n' });
  return !text || text.endsWith('\r\n') ? text : `${text}\r\n`;
}
