// vitest globalSetup: the tests that run the command as users do spawn the built bin (dist/cli/bin.mjs),
// so the CLI is bundled once before any test file runs (esbuild, well under a second).
// @ts-expect-error a plain JavaScript build script, without declarations
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
