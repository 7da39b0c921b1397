// Output objects kept on disk, not in memory, until they can be written in input order (json, table).
// An object may be replaced (cross-year findings that arrive with a later input); the last version counts.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class Spool {
  private readonly dir = mkdtempSync(join(tmpdir(), 'gov-report-auditor-'));
  private readonly fd = openSync(join(this.dir, 'spool'), 'w+');
  private end = 0;
  private readonly offset: number[] = [];
  private readonly length: number[] = [];

  put(index: number, text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    writeSync(this.fd, bytes, 0, bytes.length, this.end);
    this.offset[index] = this.end;
    this.length[index] = bytes.length;
    this.end += bytes.length;
  }

  get(index: number): string {
    const bytes = Buffer.alloc(this.length[index]);
    readSync(this.fd, bytes, 0, bytes.length, this.offset[index]);
    return bytes.toString('utf8');
  }

  get count(): number {
    return this.offset.length;
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
