// CLI inputs: files, directories walked in a stable order, HTML or text by extension or content, binary refused.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, InputError, loadInput } from '../../src/node/load';
import { looksBinary } from '../../src/fetched/decode';

const TABLE_PAGE = '<html><body><table><tr><td>规章</td><td>1</td></tr></table></body></html>';

function tree() {
  const dir = mkdtempSync(join(tmpdir(), 'gra-load-'));
  mkdirSync(join(dir, 'b'));
  mkdirSync(join(dir, '.hidden'));
  for (const name of ['c.md', 'a.html', 'b/z.htm', 'b/y.shtml', 'b/notes.json', '.hidden/x.txt', 'B.txt', 'image.png']) writeFileSync(join(dir, name), 'x');
  return dir;
}

describe('expandInputs', () => {
  it('walks directories recursively in code-point order, keeping only page and text files', async () => {
    const dir = tree();
    expect(await expandInputs([dir])).toEqual(['B.txt', 'a.html', 'b/y.shtml', 'b/z.htm', 'c.md'].map((n) => join(dir, n)));
  });

  it('keeps files, missing paths and "-" as given, in order', async () => {
    const dir = tree();
    expect(await expandInputs(['-', join(dir, 'image.png'), join(dir, 'nope.txt')])).toEqual(['-', join(dir, 'image.png'), join(dir, 'nope.txt')]);
  });

  it('keeps an empty directory so that loading it reports the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gra-empty-'));
    expect(await expandInputs([dir])).toEqual([dir]);
    await expect(loadInput(dir)).rejects.toThrow(InputError);
  });

  it('follows a symbolic link to a file, not to a directory', async () => {
    const dir = tree();
    symlinkSync(join(dir, 'a.html'), join(dir, 'link.html'));
    symlinkSync(dir, join(dir, 'loop'));
    expect(await expandInputs([dir])).toContain(join(dir, 'link.html'));
    expect((await expandInputs([dir])).some((p) => typeof p !== 'string' || p.includes('loop'))).toBe(false);
  });
});

describe('loadInput', () => {
  it('reads .html as HTML and .txt/.md as text, whatever they hold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gra-kind-'));
    writeFileSync(join(dir, 'page.html'), TABLE_PAGE);
    writeFileSync(join(dir, 'page.txt'), TABLE_PAGE);
    expect((await loadInput(join(dir, 'page.html'))).doc.blocks.some((b) => b.kind === 'table' && b.shape === 'html')).toBe(true);
    expect((await loadInput(join(dir, 'page.txt'))).doc.blocks.every((b) => b.kind === 'text')).toBe(true);
  });

  it('sniffs files of other names by their content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gra-sniff-'));
    writeFileSync(join(dir, 'page'), TABLE_PAGE);
    writeFileSync(join(dir, 'report'), '规章\t1\t0\t1');
    expect((await loadInput(join(dir, 'page'))).doc.blocks[0]).toMatchObject({ kind: 'table', shape: 'html' });
    expect((await loadInput(join(dir, 'report'))).doc.blocks[0]).toMatchObject({ kind: 'table', shape: 'tsv' });
  });

  it('refuses binary data and missing files with a plain message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gra-bad-'));
    writeFileSync(join(dir, 'x.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await expect(loadInput(join(dir, 'x.html'))).rejects.toThrow(/binary/);
    await expect(loadInput(join(dir, 'missing.txt'))).rejects.toThrow(/no such file or directory/);
  });
});

describe('looksBinary', () => {
  it('tells text (GBK, UTF-8, UTF-16 with BOM) from binary', () => {
    expect(looksBinary(new Uint8Array([0xc4, 0xea, 0x0d, 0x0a, 0x09, 0x31]))).toBe(false);
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x74, 0x5e, 0x00, 0x00]))).toBe(false);
    expect(looksBinary(new Uint8Array([0x31, 0x00, 0x32]))).toBe(true);
    expect(looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 2 ? 0x41 : 0x01))))).toBe(true);
  });
});
