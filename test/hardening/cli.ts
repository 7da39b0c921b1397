// The CLI's own path for one input, in process: load (bytes, charset, HTML or text), audit, JSON output objects.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../../src/cli/audit';
import type { OutputObject } from '../../src/cli/output';

const dir = mkdtempSync(join(tmpdir(), 'gra-hardening-'));

/** write the bytes to a file of that name, for the CLI to read */
export function inputFile(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** what `gov-report-auditor audit --format json <path>` writes, parsed */
export async function auditJson(path: string): Promise<OutputObject[]> {
  let text = '';
  const stderr = process.stderr.write;
  process.stderr.write = () => true; // the CLI's one-line problem notes are expected here
  try {
    await runAudit({ paths: [path], format: 'json', lang: 'zh', failOn: 'never', color: false }, { write: async (s) => { text += s; } });
  } finally {
    process.stderr.write = stderr;
  }
  return JSON.parse(text) as OutputObject[];
}
