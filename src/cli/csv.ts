// CSV for Excel and pandas: papaparse does the quoting; cells that look like formulas are neutralised.
import Papa from 'papaparse';
import type { CsvCell } from '../export/csv';

export { BOM, type CsvCell } from '../export/csv';

/**
 * =, +, -, @ (and tab, CR) at the start of a text cell make spreadsheets evaluate it. Stricter than the extension's
 * exports: raw page text such as "+2" is neutralised too (`extract` gives the number itself in its value column).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvRows(fields: readonly string[], rows: CsvCell[][], header: boolean): string {
  if (!rows.length && !header) return '';
  const text = Papa.unparse({ fields: [...fields], data: rows }, { header, escapeFormulae: FORMULA_START, newline: '\r\n' });
  return !text || text.endsWith('\r\n') ? text : `${text}\r\n`;
}
