// The evidence fingerprint is described honestly wherever the extension explains it: it shows whether a page changed
// since it was captured; it proves neither who captured it nor when (no signature, the local clock).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const load = (loc: string) => JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales', loc, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const LOCALES = { zh_CN: load('zh_CN'), en: load('en') };

/** messages about the fingerprint or the captured evidence */
const ABOUT_HASH = /SHA-?256|hash|fingerprint|指纹|哈希|摘要|evidence|证据/i;
/** claims the fingerprint cannot back: proof, authenticity, tamper-proofing, certified times */
const OVERCLAIM = /(?<!not |cannot |does not |doesn't )\bprov(e|es|en)\b|authentic|tamper|genuine|certif|保证|(?<!不能)证明|真实性|防篡改|可信时间/i;

describe('the evidence fingerprint, as the extension explains it', () => {
  for (const [loc, messages] of Object.entries(LOCALES)) {
    it(`${loc}: says what it shows and what it does not, and claims no proof anywhere`, () => {
      const help = messages.collection_evidence_hash_help?.message ?? '';
      expect(help).toMatch(/SHA-256/);
      if (loc === 'en') {
        expect(help).toMatch(/whether the page changed/);
        expect(help).toMatch(/does not prove who captured it or when/);
      } else {
        expect(help).toMatch(/是否改变/);
        expect(help).toMatch(/不能证明由谁采集、在何时采集/);
      }
      for (const [key, { message }] of Object.entries(messages)) {
        if (key === 'collection_evidence_hash_help' || !ABOUT_HASH.test(message)) continue;
        expect(message, key).not.toMatch(OVERCLAIM);
      }
      expect(messages.collection_evidence.message).not.toMatch(/证据|evidence/i);
    });
  }

  it('the collection shows the explanation beside the fingerprint', () => {
    const view = readFileSync(join(ROOT, 'src/collection/ui/ReportView.tsx'), 'utf8');
    const meta = view.indexOf("t('collection_evidence_meta'");
    const help = view.indexOf("t('collection_evidence_hash_help')");
    expect(meta).toBeGreaterThan(0);
    expect(help).toBeGreaterThan(meta);
    expect(help - meta).toBeLessThan(200);
  });

  it('src/collection describes it the same way where it is computed and stored', () => {
    const dir = join(ROOT, 'src/collection');
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);
    for (const f of ['canonical.ts', 'capture.ts', 'schema.ts']) {
      expect(sources.find(([n]) => n === f)![1], f).toMatch(/does not prove|proves neither/);
    }
    for (const [f, text] of sources) expect(text, f).not.toMatch(/tamper-?proof|proves (who|when|that)|authentic/i);
  });
});
