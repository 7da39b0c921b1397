// Both locales are complete: the same keys, the same substitutions, no empty message; the manifest's keys exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '../../assets/public/_locales');
const load = (loc: string) => JSON.parse(readFileSync(join(dir, loc, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const zh = load('zh_CN');
const en = load('en');
const subs = (s: string) => (s.match(/\$\d/g) ?? []).sort();

describe('locales', () => {
  it('zh_CN and en have the same keys', () => expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort()));
  it('every message is non-empty and uses the same substitutions in both', () => {
    for (const key of Object.keys(en)) {
      expect(zh[key].message.trim(), key).not.toBe('');
      expect(en[key].message.trim(), key).not.toBe('');
      expect(subs(zh[key].message), key).toEqual(subs(en[key].message));
    }
  });
  it('has the manifest keys and the checker language', () => {
    for (const key of ['extName', 'extDescription']) expect(zh[key]).toBeDefined();
    expect([zh.lang.message, en.lang.message]).toEqual(['zh', 'en']);
  });
});
