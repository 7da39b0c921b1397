// Badge parity: for every static fixture and sample page, the badge, the verdict and the findings the extension
// reaches in Chromium are exactly what the CLI's checker says about the same file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../tools/serve';
import { renderResult } from '../../src/rules';
import { badgeOf } from '../tools/extension-browser';
import { expectedBadge, nodeAudit, useExtensionBrowser, waitForReport } from './harness';

const htmlIn = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => /\.html?$/.test(f)).sort().map((f) => `${dir}/${f}`);
const PAGES = [
  ...htmlIn('test/fixtures/html'), ...htmlIn('test/fixtures/nonreport'), ...htmlIn('test/fixtures/real'), ...htmlIn('assets/samples'),
];

describe('badge parity with the CLI', () => {
  const h = useExtensionBrowser();

  it.each(PAGES)('%s', async (path) => {
    const expected = nodeAudit(path, h.lang);
    const url = h.server.url(path);
    const since = Date.now();
    await h.page.goto(url);
    const isReport = expected.verdict !== 'not-a-report';
    // a page the quick check passes over sends nothing: give it the time a report would have taken
    const report = await waitForReport(h, url, since, isReport ? 8_000 : 1_500);
    if (isReport) {
      expect(report, 'the content script reported').not.toBeNull();
      expect(report!.result.verdict).toBe(expected.verdict);
      // the page's auditor sends rule ids and parameters, no words (a message is its rule id, a reason its key);
      // rendered from the catalogue they are the CLI's
      expect(report!.result.findings.every((f) => f.message === f.rule)).toBe(true);
      const rendered = renderResult(report!.result, h.lang);
      expect(rendered.findings).toEqual(expected.findings);
      expect(rendered.notChecked).toEqual(expected.notChecked);
    } else if (report) {
      expect(report.result.verdict).toBe('not-a-report');
    }
    expect((await badgeOf(h.ext, h.tabId)).text).toBe(expectedBadge(expected));
  });
});
