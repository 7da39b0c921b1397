// `npm run build:cli`: bundles the CLI (src/cli/bin.ts and its worker, src/cli/worker.ts) into plain JavaScript in
// dist/cli/ — bin.mjs, worker.mjs, pdf-worker.mjs and the chunk they share — so that the installed command runs without a
// TypeScript loader, and the worker threads load the same code as the main thread. The packages it imports are bundled
// too (only the parts used: of htmlparser2 its tokenizer, not the four DOM packages its index pulls in), so that no
// thread resolves and loads packages at start, and no CommonJS package goes through Node's export scanner; their
// licences are written beside the bundle. The readers loaded only when a page needs them stay installed dependencies,
// imported with import(): cheerio (--follow-links), mammoth (.docx) and pdfjs-dist (.pdf, in its own worker).
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT = `${ROOT}dist/cli`;

/** left to node_modules: the readers above (each also stays in "dependencies", as do the bundled ones) */
const EXTERNAL = ['cheerio', 'mammoth', 'pdfjs-dist'];
const TOKENIZER = `${ROOT}node_modules/htmlparser2/dist/esm/Tokenizer.js`;
const NOTICES = 'THIRD-PARTY-NOTICES.txt';

const packageOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

/** every package bundled but those in EXTERNAL; `htmlparser2` is its tokenizer alone (the reader uses nothing else of it) */
const packages = {
  name: 'packages',
  setup(b) {
    b.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: 'htmlparser2', namespace: 'tokenizer-only' }));
    b.onLoad({ filter: /.*/, namespace: 'tokenizer-only' }, () => ({ contents: `export { default as Tokenizer } from ${JSON.stringify(TOKENIZER)};`, resolveDir: ROOT }));
    b.onResolve({ filter: /^[^./]/ }, (args) => (EXTERNAL.includes(packageOf(args.path)) ? { path: args.path, external: true } : undefined));
  },
};

export async function buildCli() {
  mkdirSync(CLI_OUT, { recursive: true });
  const { metafile } = await build({
    absWorkingDir: ROOT,
    // the PDF reader's own worker thread (src/node/pdf.ts finds ./pdf-worker.mjs beside itself)
    entryPoints: { bin: 'src/cli/bin.ts', worker: 'src/cli/worker.ts', 'pdf-worker': 'src/node/pdf-worker.mjs' },
    outdir: CLI_OUT,
    bundle: true,
    // one shared chunk next to the entries: pool.ts finds ./worker.mjs beside whichever file holds it
    splitting: true,
    chunkNames: '[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    plugins: [packages],
    // bundled CommonJS packages require Node's own modules (readline, events): an ES module has no `require` of its own
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  writeFileSync(`${CLI_OUT}/${NOTICES}`, bundledPackages(metafile).map(licenceOf).join('\n\n'));
  // chunks of earlier builds go; the directory itself stays, so a bin another process is running keeps its files
  const written = new Set([...Object.keys(metafile.outputs).map((p) => basename(p)), NOTICES]);
  for (const name of readdirSync(CLI_OUT)) if (!written.has(name)) rmSync(`${CLI_OUT}/${name}`, { recursive: true, force: true });
}

/** the folders of the packages with a file in the bundle (a package nested in another's node_modules too) */
function bundledPackages(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) dirs.add(m[1]);
  }
  return [...dirs].sort();
}

/** a bundled package's name, version and licence text, as its LICENSE file gives it */
function licenceOf(dir) {
  const { name, version, license } = JSON.parse(readFileSync(`${ROOT}${dir}/package.json`, 'utf8'));
  const file = readdirSync(`${ROOT}${dir}`).find((f) => /^licen[cs]e/i.test(f));
  return `${name} ${version} (${license})\n\n${file ? readFileSync(`${ROOT}${dir}/${file}`, 'utf8').trim() : ''}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
