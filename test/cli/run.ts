// Runs the real bin as a child process, and validates what it prints against the published JSON Schema.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import Papa from 'papaparse';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// the built bundle (npm run build:cli; test/tools/global-setup.ts builds it before the tests)
export const BIN = join(ROOT, 'dist/cli/bin.mjs');
export const SEEDS = join(ROOT, 'test/fixtures/seeds');
export const REAL_PAGE = join(ROOT, 'test/fixtures/real/shuyang-fgj-2023.html');
export const seed = (prefix: string) => join(SEEDS, `${prefix}_${{ '000': '642eda999c787a13', '001': '0af6aedfa9b98a0c', '002': 'ef2403cc6bacf603', '003': '03dce372dd454866', '004': '92a07e95d4d1d59d' }[prefix]}.txt`);
export const readSeed = (prefix: string) => readFileSync(seed(prefix), 'utf8');

export interface Run { code: number | null; stdout: string; stderr: string }

export function runCli(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(opts.input ?? '');
  });
}

const schema = JSON.parse(readFileSync(join(ROOT, 'src/schema/audit-result.schema.json'), 'utf8'));
const validator = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

/** throws with ajv's messages when an output object does not match the schema */
export function assertValid(object: unknown): void {
  if (!validator(object)) throw new Error(`schema: ${JSON.stringify(validator.errors, null, 1)}\nobject: ${JSON.stringify(object).slice(0, 2000)}`);
}

export const jsonLines = (stdout: string) => stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

export function parseCsv(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'gra-cli-'));
