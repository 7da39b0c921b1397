// GBK pages and files through the CLI: declared by <meta>, undeclared (sniffed), and declared UTF-8 but GBK bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/types';
import { readSeed, REAL_PAGE, runCli, seed, tempDir } from './run';

/** the two-byte GBK code of every character, read off the platform's GB18030 decoder */
function gbkTable(): Map<string, [number, number]> {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

let table: Map<string, [number, number]>;
/** GBK bytes of a text; characters outside GBK (none in these fixtures) would throw */
const toGbk = (text: string) => Buffer.from([...text].flatMap((ch) => {
  if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
  const code = table.get(ch);
  if (!code) throw new Error(`not in GBK: ${ch}`);
  return code;
}));

const auditOne = async (path: string) => {
  const run = await runCli(['audit', '--format', 'json', path]);
  return JSON.parse(run.stdout)[0] as AuditResult;
};
const sameAudit = (a: AuditResult, b: AuditResult) => expect({ ...a, source: '' }).toEqual({ ...b, source: '' });

beforeAll(() => { table = gbkTable(); });

describe('GBK inputs', () => {
  it('a GBK text file without any declaration is sniffed and audited as its UTF-8 original', async () => {
    const path = join(tempDir(), 'gbk.txt');
    writeFileSync(path, toGbk(readSeed('002')));
    const [gbk, utf8] = await Promise.all([auditOne(path), auditOne(seed('002'))]);
    expect(gbk.agency).toBe('石嘴山市工业和信息化局');
    sameAudit(gbk, utf8);
  });

  it('a GBK page declared by <meta charset="gbk"> reads as its UTF-8 original', async () => {
    const path = join(tempDir(), 'gbk.html');
    writeFileSync(path, toGbk(readFileSync(REAL_PAGE, 'utf8').replaceAll('charset="utf-8"', 'charset="gbk"')));
    const [gbk, utf8] = await Promise.all([auditOne(path), auditOne(REAL_PAGE)]);
    expect(gbk.agency).toBe('沭阳县发展和改革局');
    sameAudit(gbk, utf8);
  });

  it('a page declared UTF-8 whose bytes are GBK reads as GBK', async () => {
    const path = join(tempDir(), 'mislabelled.html');
    writeFileSync(path, toGbk(readFileSync(REAL_PAGE, 'utf8')));
    const [gbk, utf8] = await Promise.all([auditOne(path), auditOne(REAL_PAGE)]);
    sameAudit(gbk, utf8);
  });

  it('GBK on standard input', async () => {
    const run = await runCli(['audit', '--format', 'json', '-'], { input: toGbk(readSeed('003')) });
    const [result] = JSON.parse(run.stdout) as AuditResult[];
    sameAudit(result, await auditOne(seed('003')));
  });
});
