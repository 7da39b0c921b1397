// Saving an export from the popup: a Blob behind a temporary link, no downloads permission needed.
import type { AuditResult } from '../model/types';

export function download(filename: string, content: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "沭阳县发展和改革局-2023-audit": agency and year, without characters that file systems refuse */
export function exportName(r: Pick<AuditResult, 'agency' | 'year'>): string {
  const parts = [r.agency, r.year, 'audit'].filter((p) => p !== null && p !== '');
  return parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80);
}
