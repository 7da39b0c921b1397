// `npm run build:cli`: bundles the CLI (src/cli/bin.ts and its worker, src/cli/worker.ts) into plain JavaScript in
// dist/cli/ — bin.mjs, worker.mjs, pdf-worker.mjs and the chunk they share — so that the installed command runs without a
// TypeScript loader, and the worker threads load the same code as the main thread. Every package is left external
// (installed as a dependency); optional readers such as pdfjs-dist and mammoth stay dynamic imports.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT = `${ROOT}dist/cli`;

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
    packages: 'external',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  // chunks of earlier builds go; the directory itself stays, so a bin another process is running keeps its files
  const written = new Set(Object.keys(metafile.outputs).map((p) => basename(p)));
  for (const name of readdirSync(CLI_OUT)) if (!written.has(name)) rmSync(`${CLI_OUT}/${name}`, { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
