// Least privilege: the built manifest asks for exactly the reviewed permissions. Any change here is a change in
// what users are asked to trust — review it, then update this list and the README's permissions table together.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../tools/serve';
import { EXTENSION_DIR } from '../tools/extension-browser';

const MANIFEST = join(EXTENSION_DIR, 'manifest.json');
const REVIEW = 'the manifest changed: review the change, then update the README\'s permissions table (## Permissions) '
  + 'and the reviewed list in test/hardening/manifest.test.ts';

interface ContentScript { matches?: string[]; all_frames?: boolean; match_about_blank?: boolean; js?: string[] }
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: ContentScript[];
  web_accessible_resources?: unknown[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  [key: string]: unknown;
}

let manifest: Manifest;

beforeAll(() => {
  if (!existsSync(MANIFEST)) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', timeout: 170_000 });
  manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
});

describe('the built manifest asks for the reviewed permissions only', () => {
  it('API permissions: activeTab, scripting, storage', () => {
    expect([...(manifest.permissions ?? [])].sort(), REVIEW).toEqual(['activeTab', 'scripting', 'storage']);
  });

  it('hosts: *.gov.cn granted, any other host only when the user grants it', () => {
    expect(manifest.host_permissions, REVIEW).toEqual(['*://*.gov.cn/*']);
    expect(manifest.optional_host_permissions, REVIEW).toEqual(['*://*/*']);
    expect(manifest.optional_permissions, REVIEW).toBeUndefined();
  });

  it('one content script, on *.gov.cn, in all frames (inline frames of those pages too)', () => {
    const scripts = (manifest.content_scripts ?? []).map(({ matches, all_frames, match_about_blank }) => ({ matches, all_frames, match_about_blank }));
    expect(scripts, REVIEW).toEqual([{ matches: ['*://*.gov.cn/*'], all_frames: true, match_about_blank: true }]);
  });

  it('nothing of the extension is exposed to pages or other extensions', () => {
    expect(manifest.web_accessible_resources, REVIEW).toBeUndefined();
    expect(manifest.externally_connectable, REVIEW).toBeUndefined();
  });

  it('no remote code: the default content security policy, bundled scripts only', () => {
    expect(manifest.content_security_policy, REVIEW).toBeUndefined();
    const scripts = [
      ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
      (manifest.background as { service_worker?: string } | undefined)?.service_worker ?? '',
    ];
    for (const s of scripts) expect(s, REVIEW).toMatch(/^[\w/-]+\.js$/);
  });

  it('no other top-level keys than the reviewed ones', () => {
    expect(Object.keys(manifest).sort(), REVIEW).toEqual([
      'action', 'background', 'content_scripts', 'default_locale', 'description', 'host_permissions', 'manifest_version',
      'name', 'optional_host_permissions', 'permissions', 'version',
    ]);
  });
});
