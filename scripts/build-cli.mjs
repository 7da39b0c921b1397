// `npm run build:cli`: bundles the CLI (src/cli/bin.ts and its worker, src/cli/worker.ts) into plain JavaScript in
// dist/cli/ — bin.mjs, worker.mjs, pdf-worker.mjs and the chunk they share — so that the installed command runs without a
// TypeScript loader, and the worker threads load the same code as the main thread. The few packages every worker loads
// at start are bundled (BUNDLED: each a package less to resolve and load per thread, and only the parts used), their
// licences written beside the bundle; every other package is left external (installed as a dependency), and optional
// readers such as pdfjs-dist and mammoth stay dynamic imports.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT = `${ROOT}dist/cli`;

/**
 * Bundled into dist/cli: the tokenizer of htmlparser2 (the CLI's reader uses nothing else of it; its index would pull in
 * four DOM packages), the entity decoder it and the reader use, and two functions of jsdiff. Each stays in
 * "dependencies" too (cheerio, loaded for --follow-links, needs htmlparser2 whole).
 */
const BUNDLED = ['htmlparser2', 'entities', 'diff'];
const TOKENIZER = `${ROOT}node_modules/htmlparser2/dist/esm/Tokenizer.js`;
const NOTICES = 'THIRD-PARTY-NOTICES.txt';

/** every package external but BUNDLED (and the files under them); `htmlparser2` itself is its tokenizer alone */
const externalExcept = (bundled) => ({
  name: 'external-except',
  setup(b) {
    b.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: 'htmlparser2', namespace: 'tokenizer-only' }));
    b.onLoad({ filter: /.*/, namespace: 'tokenizer-only' }, () => ({ contents: `export { default as Tokenizer } from ${JSON.stringify(TOKENIZER)};`, resolveDir: ROOT }));
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return bundled.includes(name) ? undefined : { path: args.path, external: true };
    });
  },
});

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
    plugins: [externalExcept(BUNDLED)],
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  writeFileSync(`${CLI_OUT}/${NOTICES}`, BUNDLED.map(licenceOf).join('\n\n'));
  // chunks of earlier builds go; the directory itself stays, so a bin another process is running keeps its files
  const written = new Set([...Object.keys(metafile.outputs).map((p) => basename(p)), NOTICES]);
  for (const name of readdirSync(CLI_OUT)) if (!written.has(name)) rmSync(`${CLI_OUT}/${name}`, { recursive: true, force: true });
}

/** a bundled package's name, version and licence text, as its LICENSE file gives it */
function licenceOf(name) {
  const dir = `${ROOT}node_modules/${name}`;
  const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  return `${name} ${version} (${license})\n\n${file ? readFileSync(`${dir}/${file}`, 'utf8').trim() : ''}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
