// Writes test/fixtures/office/: generated reports (consistent ones in a few shapes, broken ones with known injected
// defects) as HTML, then as .docx made by LibreOffice from the HTML, then as .pdf made by LibreOffice from the .docx —
// what an office does before it attaches a report to an article. Run by hand; CI reads the committed files and never
// needs LibreOffice:
//   npx tsx test/tools/make-office-fixtures.ts
// Each fixture <name> gets <name>.html, <name>.docx, <name>.pdf and <name>.json (what the checker should find:
// the defect at its table/row/column, or nothing for a consistent one).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenFixtures, consistentFixtures, type FixtureSpec } from '../generator/fixtures';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'test/fixtures/office');

/** the generated fixtures sent through Word and PDF: name here → file of the generator's fixture set */
const PICK: Record<string, string> = {
  'consistent-word-2023': 'html/word-export-2023-consistent.html',
  'consistent-word-2020-template2019': 'html/word-export-2020-consistent.html',
  'consistent-clean-2022': 'html/clean-thead-2022-consistent.html',
  'broken-balance': 'html/broken-balance.html',
  'broken-row-total': 'html/broken-row-total.html',
  'broken-review-total': 'html/broken-review-total.html',
  'broken-missing-table4': 'html/broken-missing-table4.html',
};

function soffice(args: string[], cwd: string): void {
  // a private profile: no clash with another running office, nothing left in $HOME
  const profile = `file://${join(cwd, 'profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], { cwd, stdio: 'pipe', timeout: 180_000 });
}

/**
 * The document an office writes: the report's title and body, without the site around it (menus, the CMS's
 * metadata table). LibreOffice's HTML import also gives up on the full generated page (its style sheet plus a long
 * body: "source file could not be loaded").
 */
function officeDocument(page: string): string {
  const title = /<h1 class="article-title">([^<]*)<\/h1>/.exec(page)?.[1];
  const start = page.indexOf('<div class="article-body" id="zoom">');
  const end = page.indexOf('<div class="tools">', start);
  if (!title || start < 0 || end < 0) throw new Error('article not found in the generated page');
  const body = page.slice(start, end).replace(/<div class="article-body" id="zoom">/, '').replace(/<\/div>\s*$/, '');
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<h1>${title}</h1>\n${body}\n</body>\n</html>\n`;
}

function main(): void {
  const specs = new Map<string, FixtureSpec>([...consistentFixtures(), ...brokenFixtures()].map((s) => [s.file, s]));
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) rmSync(join(out, f));
  const work = mkdtempSync(join(tmpdir(), 'office-fixtures-'));
  try {
    for (const [name, file] of Object.entries(PICK)) {
      const spec = specs.get(file);
      if (!spec) throw new Error(`no generated fixture ${file}`);
      const html = join(work, `${name}.html`);
      writeFileSync(html, officeDocument(spec.content));
      // HTML into Writer (not Writer/Web), saved as Word 2007+; then the .docx printed to PDF
      soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, html], work);
      soffice(['--convert-to', 'pdf:writer_pdf_Export', '--outdir', join(work, 'pdf'), join(work, `${name}.docx`)], work);
      copyFileSync(html, join(out, `${name}.html`));
      copyFileSync(join(work, `${name}.docx`), join(out, `${name}.docx`));
      copyFileSync(join(work, 'pdf', `${name}.pdf`), join(out, `${name}.pdf`));
      // the publication date stood in the page's metadata table, which the document does not carry
      const { publishedAt: _date, ...expected } = spec.expected;
      const manifest = { name, from: `test/fixtures/${file}`, description: spec.description, expected };
      writeFileSync(join(out, `${name}.json`), `${JSON.stringify(manifest, null, 1)}\n`);
      const sizes = ['html', 'docx', 'pdf'].map((e) => `${e} ${(statSync(join(out, `${name}.${e}`)).size / 1024).toFixed(0)} KB`);
      console.log(`${basename(name)}: ${sizes.join(', ')}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
