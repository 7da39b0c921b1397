#!/usr/bin/env node
// The package's bin, built into dist/cli/bin.mjs by `npm run build:cli` (scripts/build-cli.mjs).
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
