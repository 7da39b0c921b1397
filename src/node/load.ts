// Inputs of the CLI: files, directories (walked recursively in a stable order) and "-" for stdin,
// read into the shared page model as HTML, plain text, PDF or Word (.docx).
import { readFileSync, statSync, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { PageDoc } from '../page/types';
import { pageOf, Unreadable } from '../fetched/page';
import { readHtmlString } from './html';
import { MAX_INPUT_BYTES, readCapped, TooLarge } from '../fetched/capped';
import { isDocx } from '../page/docx';
import { isPdf, readPdfBytes } from './pdf';
import { DOCX_EXTENSIONS, LEGACY_EXTENSIONS, legacyOffice, readDocxBytes } from './docx';

export { MAX_INPUT_BYTES };

export interface LoadedInput {
  source: string;
  doc: PageDoc;
}

/** an input that cannot be read as a page; the message is for the user */
export class InputError extends Error {}

export const STDIN = '-';
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
const FILE_EXTENSIONS = new Set(['.pdf']);
const SNIFF_WINDOW = 8192;

const isInputFile = (name: string) => {
  const ext = extname(name).toLowerCase();
  // legacy Office files are listed too, so that each gets the clear "save it as .docx or PDF" row
  return HTML_EXTENSIONS.has(ext) || TEXT_EXTENSIONS.has(ext) || FILE_EXTENSIONS.has(ext) || DOCX_EXTENSIONS.has(ext) || LEGACY_EXTENSIONS.has(ext);
};
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** a directory that could not be read while walking (permission denied, gone meanwhile): a row of its own */
export interface UnreadableDir { path: string; problem: string }
export type InputEntry = string | UnreadableDir;

/**
 * The inputs named on the command line, directories replaced by the report files under them
 * (.html .htm .shtml .txt .md .pdf .docx, and .doc/.wps/.et/.xls to say they cannot be read; hidden entries skipped). A directory without any stays in the list,
 * so that loading it reports the problem; a directory that cannot be read becomes an UnreadableDir,
 * and the walk goes on with the rest.
 */
export async function expandInputs(paths: string[]): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  for (const path of paths) {
    const info = path === STDIN ? null : await stat(path).catch(() => null);
    if (!info?.isDirectory()) { out.push(path); continue; }
    const found = await walk(path);
    out.push(...(found.length ? found : [path]));
  }
  return out;
}

/** a file, or a symbolic link to one (links to directories are not followed: no loops) */
const isFile = async (entry: Dirent, path: string) =>
  entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile() === true);

async function walk(dir: string): Promise<InputEntry[]> {
  let entries: Dirent[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  } catch (e) {
    return [{ path: dir, problem: `directory could not be read: ${describe(e as NodeJS.ErrnoException)}` }];
  }
  entries.sort((a, b) => byName(a.name, b.name));
  const files: InputEntry[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (isInputFile(entry.name) && (await isFile(entry, path))) files.push(path);
  }
  return files;
}

export async function loadInput(pathOrDash: string): Promise<LoadedInput> {
  const bytes = pathOrDash === STDIN ? await readStdin() : await readInputFile(pathOrDash);
  return loadBytes(pathOrDash, bytes);
}

/** how bytes fetched over HTTP are to be read: the Content-Type's charset, and whether it said HTML or text */
export interface HttpHints {
  charset: string | null;
  html: boolean;
}

/** Bytes already in hand (a file, stdin, a fetched page) into the page model; `http` when they came from a server. */
export async function loadBytes(source: string, bytes: Uint8Array, http?: HttpHints): Promise<LoadedInput> {
  if (isPdf(bytes)) return { source, doc: await readPdfBytes(bytes) };
  if (isDocx(bytes)) return { source, doc: await readDocxBytes(bytes) };
  const legacy = legacyOffice(source, bytes);
  if (legacy) throw new InputError(legacy);
  try {
    return { source, doc: pageOf(bytes, { charset: http?.charset, html: http ? http.html : (text) => isHtml(source, text), parseHtml: readHtmlString }) };
  } catch (e) {
    throw e instanceof Unreadable ? new InputError(e.message) : e;
  }
}

/** a file's bytes; read at once (it is at most MAX_INPUT_BYTES, and a worker has nothing else to do meanwhile) */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError('directory without .html, .htm, .shtml, .txt, .md, .pdf or .docx files');
    if (info.size > MAX_INPUT_BYTES) throw new InputError(`file ${new TooLarge(MAX_INPUT_BYTES).message}`);
    return readFileSync(path);
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(describe(e as NodeJS.ErrnoException));
  }
}

export async function readStdin(): Promise<Uint8Array> {
  try {
    return await readCapped(process.stdin as AsyncIterable<Uint8Array>, MAX_INPUT_BYTES);
  } catch (e) {
    if (e instanceof TooLarge) { process.stdin.destroy(); throw new InputError(`standard input ${e.message}`); }
    throw e;
  }
}

const describe = (e: NodeJS.ErrnoException) =>
  e.code === 'ENOENT' ? 'no such file or directory'
    : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied'
      : e.message;

/** HTML by extension; for other names and stdin, by what the content starts with */
function isHtml(source: string, text: string): boolean {
  const ext = source === STDIN ? '' : extname(source).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return true;
  if (TEXT_EXTENSIONS.has(ext)) return false;
  return /<(?:!doctype\s+html|html|head|body|table)\b/i.test(text.slice(0, SNIFF_WINDOW));
}
