// CSV for spreadsheets: UTF-8 with a byte-order mark, so that Excel reads the Chinese text right.
import Papa from 'papaparse';
import type { AuditResult } from '../model/types';
import { FINDING_FIELDS, findingRow } from './rows';

/**
 * Page text that starts like a formula gets a leading apostrophe, so a spreadsheet shows it and never runs it;
 * signed numbers ("-1", "+2") stay numbers.
 */
const FORMULA = /^[=+\-@\t\r](?![\d.]*$)/;

export function toCsv(result: AuditResult): string {
  const data = result.findings.map((f) => findingRow(f, result));
  const csv = Papa.unparse({ fields: FINDING_FIELDS, data: data.map((r) => FINDING_FIELDS.map((k) => r[k])) },
    { escapeFormulae: FORMULA });
  return `\ufeff${csv}`;
}
