// The lint of test/eslint.config.mjs holds over src/ and entrypoints/: it catches each HTML sink and eval, and each
// import across the layers (core, shared, Node side, extension side, messages).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: 'test/eslint.config.mjs' });

/** rule ids reported for a snippet, linted as if it stood in src/ */
async function rulesFor(code: string, path = 'src/sample.tsx'): Promise<Array<string | null>> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return result.messages.map((m) => m.ruleId);
}

describe('lint: no HTML sinks, no code from strings, layers kept', () => {
  it('src/ and entrypoints/ have no errors', async () => {
    const results = await eslint.lintFiles(['src', 'entrypoints']);
    expect(results.length).toBeGreaterThan(20);
    const errors = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(ROOT.length)}:${m.line} ${m.ruleId} ${m.message}`));
    expect(errors).toEqual([]);
  });

  it.each([
    ['el.innerHTML = text;', 'no-restricted-syntax'],
    ['el.outerHTML += text;', 'no-restricted-syntax'],
    ["el['innerHTML'] = text;", 'no-restricted-syntax'],
    ['frame.srcdoc = text;', 'no-restricted-syntax'],
    ["el.insertAdjacentHTML('beforeend', text);", 'no-restricted-properties'],
    ['const view = <div dangerouslySetInnerHTML={{ __html: text }} />;', 'no-restricted-syntax'],
    ["h('div', { dangerouslySetInnerHTML: { __html: text } });", 'no-restricted-syntax'],
    ['Object.assign(el, { innerHTML: text });', 'no-restricted-syntax'],
    ['document.write(text);', 'no-restricted-properties'],
    ['eval(text);', 'no-eval'],
    ['new Function(text)();', 'no-new-func'],
    ["setTimeout('run()', 10);", 'no-implied-eval'],
  ])('catches %s', async (code, rule) => {
    expect(await rulesFor(code)).toContain(rule);
  });

  it('lets text through the DOM as text', async () => {
    expect(await rulesFor('el.textContent = text; const view = <p title={text}>{text}</p>; const html = el.innerHTML.length;')).toEqual([]);
  });
});

describe('lint: the layers', () => {
  const crossing = 'no-restricted-imports';
  it.each([
    // core imports only core
    ['src/rules/sample.ts', "import browser from 'webextension-polyfill';"],
    ['src/extract/sample.ts', "import { browser } from 'wxt/browser';"],
    ['src/page/sample.ts', "import { browser } from '#imports';"],
    ['src/page/sample.ts', "import { load } from 'cheerio';"],
    ['src/template/sample.ts', "import { Parser } from 'htmlparser2';"],
    ['src/text/sample.ts', "import { readFile } from 'node:fs/promises';"],
    ['src/model/sample.ts', "import { join } from 'path';"],
    ['src/audit/sample.ts', "import { t } from '../i18n';"],
    ['src/rules/sample.ts', "import { loadInput } from '../node/load';"],
    ['src/extract/sample.ts', "import { decodeBytes } from '../fetched/decode';"],
    // shared code takes nothing from either side
    ['src/export/sample.ts', "import { t } from '../i18n';"],
    ['src/export/sample.ts', "import { whyText } from '../ui/finding-text';"],
    ['src/export/sample.ts', "import browser from 'webextension-polyfill';"],
    ['src/fetched/sample.ts', "import { readHtmlString } from '../node/cheerio';"],
    ['src/fetched/sample.ts', "import { readFile } from 'node:fs';"],
    // the Node side and the extension side never meet
    ['src/node/sample.ts', "import { reportCandidates } from '../batch/candidates';"],
    ['src/cli/sample.ts', "export { t } from '../i18n';"],
    ['src/cli/sample.ts', "import browser from 'webextension-polyfill';"],
    ['src/batch/sample.ts', "import { decodeBytes } from '../node/decode';"],
    ['src/batch/ui/Sample.tsx', "import type { Options } from '../../cli/args';"],
    ['src/collection/sample.ts', "import { readFile } from 'node:fs/promises';"],
    ['entrypoints/popup/sample.tsx', "import { main } from '../../src/cli/main';"],
    // messages depend on model types only; the content script carries no popup code; the popup no background code
    ['src/messaging/sample.ts', "import type { Capture } from '../collection/capture';"],
    ['src/content/sample.ts', "import { noteText } from '../ui/finding-text';"],
    ['src/ui/sample.ts', "import { tabKey } from '../background/tab-store';"],
  ])('%s: %s fails', async (path, code) => {
    expect(await rulesFor(code, path)).toContain(crossing);
  });

  it.each([
    ['src/rules/sample.ts', "import { TEMPLATES } from '../template'; import type { PageDoc } from '../page/types';"],
    ['src/fetched/sample.ts', "import { readText } from '../page/text';"],
    ['src/node/sample.ts', "import { decodeBytes } from '../fetched/decode'; import { readFile } from 'node:fs/promises'; import { load } from 'cheerio';"],
    ['src/cli/sample.ts', "import { resultCsv } from '../export/csv'; import { auditDoc } from '../audit';"],
    ['src/batch/sample.ts', "import { decodeBytes } from '../fetched/decode'; import browser from 'webextension-polyfill';"],
    ['src/batch/ui/Sample.tsx', "import { t } from '../../i18n'; import { download } from '../../ui/download';"],
    ['entrypoints/popup/sample.tsx', "import { Popup } from '../../src/ui/Popup';"],
    ['src/messaging/sample.ts', "import type { AuditResult } from '../model/types'; import { isAuditResult } from '../model/validate'; import { shape } from './guard';"],
  ])('%s: %s passes', async (path, code) => {
    expect(await rulesFor(code, path)).toEqual([]);
  });
});
