// CSV for spreadsheets: UTF-8 with a byte-order mark, so that Excel reads the Chinese text right.
import Papa from 'papaparse';
import type { AuditResult } from '../model/types';
import { FINDING_FIELDS, findingRow } from './rows';

export function toCsv(result: AuditResult): string {
  const data = result.findings.map((f) => findingRow(f, result));
  // formula-looking page text (=, +, -, @) is quoted with a leading apostrophe by escapeFormulae, so a spreadsheet shows it, never runs it
  return `\ufeff${Papa.unparse({ fields: FINDING_FIELDS, data: data.map((r) => FINDING_FIELDS.map((k) => r[k])) }, { escapeFormulae: true })}`;
}
