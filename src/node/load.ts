// Inputs of the CLI: files, directories (walked recursively in a stable order) and "-" for stdin,
// read into the shared page model as HTML or as plain text.
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { PageDoc } from '../page/types';
import { readText } from '../page/text';
import { isDocx } from '../page/docx';
import { readHtmlString } from './cheerio';
import { decodeBytes, looksBinary } from './decode';
import { isPdf, readPdfBytes } from './pdf';
import { DOCX_EXTENSIONS, LEGACY_EXTENSIONS, legacyOffice, readDocxBytes } from './docx';

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
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
const SNIFF_WINDOW = 8192;

const isInputFile = (name: string) => {
  const ext = extname(name).toLowerCase();
  // legacy Office files are listed too, so that each gets the clear "save it as .docx or PDF" row
  return HTML_EXTENSIONS.has(ext) || TEXT_EXTENSIONS.has(ext) || FILE_EXTENSIONS.has(ext) || DOCX_EXTENSIONS.has(ext) || LEGACY_EXTENSIONS.has(ext);
};
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The inputs named on the command line, directories replaced by the report files under them
 * (.html .htm .shtml .txt .md .pdf, hidden entries skipped). A directory without any stays in the list,
 * so that loading it reports the problem.
 */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
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

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  entries.sort((a, b) => byName(a.name, b.name));
  const files: string[] = [];
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
  if (looksBinary(bytes)) throw new InputError('binary data, not a web page or a text file');
  const { text } = decodeBytes(bytes, http?.charset);
  const html = http ? http.html : isHtml(source, text);
  return { source, doc: html ? readHtmlString(text) : readText(text) };
}

export async function readInputFile(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => { throw new InputError(describe(e)); });
  if (info.isDirectory()) throw new InputError('directory without .html, .htm, .shtml, .txt, .md, .pdf or .docx files');
  if (info.size > MAX_INPUT_BYTES) throw new InputError(`file too large (${info.size} bytes; at most ${MAX_INPUT_BYTES})`);
  return readFile(path).catch((e: NodeJS.ErrnoException) => { throw new InputError(describe(e)); });
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`standard input too large (more than ${MAX_INPUT_BYTES} bytes)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
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
