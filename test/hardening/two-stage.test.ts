// The two-stage content script: what the manifest injects into every *.gov.cn frame is the quick detector only
// (≤ 16 KB minified); the auditor is a bundled file the background injects on demand, and neither carries the UI's
// text in two languages (findings leave the page with rule ids and parameters; the extension's pages render them).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../tools/serve';
import { EXTENSION_DIR } from '../tools/extension-browser';
import { isNotesReply, isToBackground, isToContent } from '../../src/messaging/protocol';

const DETECTOR_MAX_BYTES = 16 * 1024;

interface Manifest { content_scripts?: Array<{ js?: string[] }>; web_accessible_resources?: unknown }
let manifest: Manifest;

beforeAll(() => {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')) || !existsSync(join(EXTENSION_DIR, 'auditor.js'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', timeout: 170_000 });
  }
  manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
}, 180_000);

/** the source files an entrypoint pulls in, relative to the repository (WXT's define* globals stay unresolved) */
async function inputsOf(entry: string): Promise<string[]> {
  const out = await build({
    entryPoints: [join(ROOT, entry)], bundle: true, write: false, metafile: true, format: 'iife', platform: 'browser',
    logLevel: 'silent', alias: { 'wxt/browser': join(ROOT, 'node_modules/@wxt-dev/browser/src/index.mjs') },
  });
  return Object.keys(out.metafile.inputs).map((p) => relative(ROOT, join(ROOT, p)));
}

/** modules that hold or render the UI's words: the platform i18n wrapper, the locales, the popup's text helpers */
const TEXT_MODULE = /^(src\/i18n\.ts|src\/ui\/|src\/batch\/ui\/|src\/collection\/ui\/|assets\/public\/_locales\/|src\/rules\/messages\.ts)/;

describe('two-stage injection', () => {
  it('the manifest injects one file into pages, and it is at most 16 KB', () => {
    const files = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    expect(files).toEqual(['content-scripts/content.js']);
    const size = statSync(join(EXTENSION_DIR, files[0])).size;
    expect(size, `content-scripts/content.js is ${(size / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(DETECTOR_MAX_BYTES);
  });

  it('the auditor is a bundled file of the extension, not exposed to pages', () => {
    expect(statSync(join(EXTENSION_DIR, 'auditor.js')).size).toBeGreaterThan(DETECTOR_MAX_BYTES);
    expect(manifest.web_accessible_resources).toBeUndefined();
    // the background injects it by file, never as a code string
    const background = readFileSync(join(ROOT, 'entrypoints/background.ts'), 'utf8');
    expect(background).toMatch(/files: \['\/auditor\.js'\]/);
    expect(background).not.toMatch(/\bfunc\s*:/);
  });

  it('the detector pulls in neither the checker nor any text module', async () => {
    const inputs = await inputsOf('entrypoints/content.ts');
    expect(inputs.filter((p) => TEXT_MODULE.test(p) || /^src\/(rules|extract|audit|overlay)\//.test(p))).toEqual([]);
    expect(inputs).not.toContain('node_modules/webextension-polyfill/dist/browser-polyfill.js');
  });

  it('the auditor pulls in no i18n, locale or UI module', async () => {
    const inputs = await inputsOf('entrypoints/auditor.ts');
    expect(inputs).toContain('src/content/controller.ts');
    expect(inputs.filter((p) => TEXT_MODULE.test(p))).toEqual([]);
  });

  it('the messages of the hand-over: a frame asks for the auditor, the background answers a report with its tooltips', () => {
    expect(isToBackground({ type: 'inject' })).toBe(true);
    expect(isToContent({ type: 'inject' })).toBe(false);
    expect(isNotesReply({ notes: ['错误：…'] })).toBe(true);
    expect(isNotesReply({ notes: [1] })).toBe(false);
    expect(isNotesReply(null)).toBe(false);
  });
});
