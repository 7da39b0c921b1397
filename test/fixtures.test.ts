// Every committed fixture and sample gives what it was built to show (test/fixtures/manifest.json,
// assets/samples/manifest.json, both written by test/generator/write-fixtures.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../src/audit';
import type { FixtureSpec } from './generator/fixtures';
import { mismatches } from './support/expect';
import { readFixture } from './support/read';

const root = join(__dirname, '..');
type Entry = Omit<FixtureSpec, 'content'>;
const load = (dir: string): Entry[] => JSON.parse(readFileSync(join(root, dir, 'manifest.json'), 'utf8')) as Entry[];

function check(dir: string, entry: Entry) {
  const { result } = auditDoc(readFixture(join(root, dir, entry.file)), entry.file);
  const e = entry.expected;
  const problems = mismatches(result, e.findings, e.only);
  expect(result.isReport, `isReport (${result.verdict})`).toBe(e.isReport);
  if (!e.isReport) {
    expect(result.findings).toEqual([]);
    return;
  }
  expect(problems, entry.description).toEqual([]);
  if (e.verdict) expect(result.verdict).toBe(e.verdict);
  if (e.year !== undefined) expect(result.year).toBe(e.year);
  if (e.template !== undefined) expect(result.template).toBe(e.template);
  // text files carry no metadata table; the date then comes from the signature, if at all
  if (e.publishedAt !== undefined && !/\.(txt|md)$/.test(entry.file)) expect(result.publishedAt).toBe(e.publishedAt);
}

for (const dir of ['test/fixtures', 'assets/samples']) {
  describe(dir, () => {
    for (const entry of load(dir)) {
      it(`${entry.file} — ${entry.description}`, () => check(dir, entry));
    }
  });
}
