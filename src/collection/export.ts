// The collection written out: CSV for Excel (one row per finding, with the researcher's status and note),
// JSON Lines (one complete saved report per line) and a full backup (JSON carrying the schema version).
import { version as checkerVersion } from '../../package.json';
import type { Finding, Lang, Location } from '../model/types';
import { excelCsv } from '../export/csv';
import { cellText as str, findingCells } from '../export/rows';
import { annotationOf, findingKeys, SCHEMA_VERSION, type SavedReport } from './schema';
import { renderFinding } from '../rules/render';
import { crossYearById, yearLinks } from './years';

export const BACKUP_FORMAT = 'gov-report-auditor/collection';

export const CSV_FIELDS = ['agency', 'year', 'url', 'rule', 'severity', 'location', 'expected', 'actual', 'message', 'status', 'note'] as const;

/** "表3 · 三、本年度办理结果 / （七）总计 · 总计", or the section, or the anchor */
export function locationText(l: Location): string {
  const parts = [l.table ? `表${l.table}` : l.section, l.row, l.column].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : str(l.anchor);
}

/** one row per finding, the cross-year findings of a report after its own; messages in `lang` */
export function collectionCsv(records: SavedReport[], lang: Lang): string {
  const crossYear = crossYearById(yearLinks(records, lang));
  const rows: string[][] = [];
  for (const r of records) {
    const findings: Finding[] = [...r.findings, ...(crossYear.get(r.id) ?? [])];
    findingKeys(findings).forEach((key, i) => {
      const f = findingCells(renderFinding(findings[i], lang));
      const a = annotationOf(r, key);
      rows.push([str(r.agency), str(r.year), r.url, f.rule, f.severity, locationText(findings[i].location),
        str(f.expected), str(f.actual), f.message, a.status, a.note]);
    });
  }
  return excelCsv(CSV_FIELDS, rows);
}

export const toJsonl = (records: SavedReport[]): string => records.map((r) => `${JSON.stringify(r)}\n`).join('');

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  checkerVersion: string;
  reports: SavedReport[];
}

/** valid JSON with one report a line, so that a problem found on import can be found in the file */
export function toBackup(records: SavedReport[], at = new Date()): string {
  const head: Omit<Backup, 'reports'> = { format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: at.toISOString(), checkerVersion };
  const body = records.map((r) => JSON.stringify(r)).join(',\n');
  return `${JSON.stringify(head).slice(0, -1)},"reports":[\n${body}${records.length ? '\n' : ''}]}\n`;
}

/** file names: "gov-report-collection-2025-01-31.csv", "…-backup.json" */
export const exportFileName = (ext: 'csv' | 'jsonl' | 'json', at = new Date()) =>
  `gov-report-collection-${at.toISOString().slice(0, 10)}${ext === 'json' ? '-backup' : ''}.${ext}`;
