// The HTML-sink and eval lint (test/eslint.config.mjs) holds over src/ and entrypoints/, and catches each sink.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: 'test/eslint.config.mjs' });

/** rule ids reported for a snippet, linted as if it stood in src/ */
async function rulesFor(code: string): Promise<Array<string | null>> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}src/sample.tsx` });
  return result.messages.map((m) => m.ruleId);
}

describe('lint: no HTML sinks, no code from strings', () => {
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
