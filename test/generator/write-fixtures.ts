// Regenerates the committed fixtures and samples: npx tsx test/generator/write-fixtures.ts
// Writes test/fixtures/{html,text,nonreport,seeds,real}/, test/fixtures/manifest.json and assets/samples/.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenFixtures, consistentFixtures, nonReportFixtures, sampleFixtures, samplesListing, type FixtureSpec } from './fixtures';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'test/fixtures');
const samples = join(root, 'assets/samples');
const SHARED = '/work/shared';

/** GBK bytes through iconv; null when iconv is not there */
function toGbk(text: string): Buffer | null {
  try {
    return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text, maxBuffer: 1 << 26 });
  } catch {
    return null;
  }
}

function write(dir: string, specs: FixtureSpec[]): Array<Omit<FixtureSpec, 'content'>> {
  const written: Array<Omit<FixtureSpec, 'content'>> = [];
  for (const spec of specs) {
    const path = join(dir, spec.file);
    mkdirSync(dirname(path), { recursive: true });
    if (spec.gbk) {
      const bytes = toGbk(spec.content);
      if (!bytes) { console.warn(`iconv missing: ${spec.file} skipped`); continue; }
      writeFileSync(path, bytes);
    } else {
      writeFileSync(path, spec.content);
    }
    const { content: _content, ...meta } = spec;
    written.push(meta);
  }
  return written;
}

/** copies of the shared seeds and the real page, so the project does not depend on /work/shared at run time */
function copyShared(): void {
  const seeds = join(SHARED, 'seeds');
  if (!existsSync(seeds)) { console.warn('shared seeds not found: copies left as they are'); return; }
  mkdirSync(join(fixtures, 'seeds'), { recursive: true });
  mkdirSync(join(fixtures, 'real'), { recursive: true });
  const copy = (from: string, to: string) => { copyFileSync(from, to); chmodSync(to, 0o644); };
  for (const f of readdirSync(seeds)) copy(join(seeds, f), join(fixtures, 'seeds', f));
  copy(join(SHARED, 'real/shuyang-fgj-2023.html'), join(fixtures, 'real/shuyang-fgj-2023.html'));
  copy(join(SHARED, 'real/shuyang-fgj-2023.html'), join(samples, 'shuyang-fgj-2023.html'));
}

mkdirSync(samples, { recursive: true });
copyShared();
const manifest = write(fixtures, [...consistentFixtures(), ...brokenFixtures(), ...nonReportFixtures()]);
writeFileSync(join(fixtures, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
const sampleSpecs = sampleFixtures();
const sampleManifest = write(samples, [...sampleSpecs, samplesListing(sampleSpecs)]);
sampleManifest.push({
  file: 'shuyang-fgj-2023.html', description: 'real page (沭阳县发展和改革局, 2023), as published',
  expected: { isReport: true, verdict: 'consistent', year: 2023, template: '2021', publishedAt: '2024-01-17',
    findings: [{ rule: 'placeholder-value', table: 3 }, { rule: 'label-mismatch', table: 2 }], only: true },
});
writeFileSync(join(samples, 'manifest.json'), `${JSON.stringify(sampleManifest, null, 1)}\n`);
console.log(`wrote ${manifest.length} fixtures and ${sampleManifest.length} samples`);
