// The content script's checker runs without the rule texts: bundling src/audit/check.ts pulls in no locale file, and
// its unrendered result, rendered afterwards, is the result the CLI and the popup print.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import { checkDoc } from '../../src/audit/check';
import { readText } from '../../src/page/text';
import { renderResult } from '../../src/rules';
import { parts, render } from '../rules/report-text';

describe('the checker without words', () => {
  it('bundles without the locale data', async () => {
    const out = await build({ entryPoints: ['src/audit/check.ts'], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'silent' });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs).toContain('src/rules/catalogue.ts');
    expect(inputs.filter((f) => f.includes('locales') || f.endsWith('rules/render.ts') || f.endsWith('rules/index.ts'))).toEqual([]);
  });

  it('leaves messages to the host: ids and keys, rendered later to the same words', () => {
    const p = parts();
    p.table3.carryOver[0] = 4;
    p.table3.granted = [10, 2, 0, 0, 1, 0, 0, 13];
    const doc = readText(render(p));
    const bare = checkDoc(doc, 'x.txt').result;
    expect(bare.findings.map((f) => f.message)).toEqual(bare.findings.map((f) => f.rule));
    expect(bare.notChecked.map((n) => n.reason)).toContain('row-shifted');
    for (const lang of ['zh', 'en'] as const) expect(renderResult(bare, lang)).toEqual(auditDoc(doc, 'x.txt', { lang }).result);
  });
});
