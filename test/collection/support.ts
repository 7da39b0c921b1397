// Saved reports for the collection's tests, made by the real checker from the project's fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFixture } from '../support/read';
import { readText } from '../../src/page/text';
import type { PageDoc } from '../../src/page/types';
import { auditDoc } from '../../src/audit';
import { captureOf, type Capture } from '../../src/collection/capture';
import { Collection } from '../../src/collection/db';

export const ROOT = new URL('../..', import.meta.url).pathname;
const SEEDS = join(ROOT, 'test/fixtures/seeds');

/** the real page and the five seeds */
export const FIXTURE_FILES = [
  join(ROOT, 'test/fixtures/real/shuyang-fgj-2023.html'),
  ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f)),
];

const seedText = (prefix: string) =>
  readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`))!), 'utf8');

export function captureDoc(doc: PageDoc, url: string, at: string): Capture {
  const { model, result } = auditDoc(doc, url, { lang: 'zh' });
  return captureOf(doc, model, result, url, new Date(at));
}

/** a capture of each fixture, one day apart, under a URL of its own */
export function fixtureCaptures(): Capture[] {
  return FIXTURE_FILES.map((file, i) =>
    captureDoc(readFixture(file), `https://example.gov.cn/reports/${i}.html`, `2025-02-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`));
}

let dbs = 0;
/** a collection in a database of its own (fake-indexeddb), so tests do not meet */
export const freshCollection = () => new Collection(`test-collection-${process.pid}-${++dbs}`);

/** seed 002 (石嘴山市工业和信息化局, 2023) and a 2022 report of the same agency that carried one application forward */
export function twoYears(): { y2022: Capture; y2023: Capture } {
  const later = seedText('002');
  const earlier = later.replaceAll('2023', '2022')
    .replace(/^(四、结转下年度继续办理)\t0\t0\t0\t0\t0\t0\t0/m, '$1\t1\t0\t0\t0\t0\t0\t1');
  return {
    y2022: captureDoc(readText(earlier), 'https://example.gov.cn/szs/2022.html', '2025-03-01T08:00:00.000Z'),
    y2023: captureDoc(readText(later), 'https://example.gov.cn/szs/2023.html', '2025-03-02T08:00:00.000Z'),
  };
}
