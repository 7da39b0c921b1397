// Firefox: the same sources build cleanly into an MV2 package (browser_action, same permissions and content script).
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../tools/serve';

describe('firefox build', () => {
  it('npx wxt build -b firefox succeeds without errors or warnings', async () => {
    rmSync(join(ROOT, '.output/firefox-mv2'), { recursive: true, force: true });
    // a failed build rejects (non-zero exit)
    const { stdout, stderr } = await promisify(execFile)('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, timeout: 150_000 });
    const out = `${stdout}\n${stderr}`.replace(/^npm warn .*$/gm, '');
    expect(out).not.toMatch(/\b(error|warning|WARN)\b/i);
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output/firefox-mv2/manifest.json'), 'utf8'));
    expect(manifest.browser_action.default_popup).toBe('popup.html');
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    expect(manifest.content_scripts[0]).toMatchObject({ matches: ['*://*.gov.cn/*'], all_frames: true, run_at: 'document_idle' });
  });
});
