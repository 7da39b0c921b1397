// Saved findings keep their parameters, so the collection shows and exports them in the reader's language, whatever
// language they were audited in; a finding saved without parameters keeps its words.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { collectionCsv } from '../../src/collection/export';
import { recordOf } from '../../src/collection/record';
import { fixtureCaptures } from './support';

describe('collection in the reader\'s language', () => {
  it('exports a report audited in Chinese with English messages, and back', async () => {
    const capture = fixtureCaptures().find((c) => c.result.findings.some((f) => f.rule === 'cell-count'))!;
    const record = await recordOf(capture);
    const messages = (lang: 'zh' | 'en') => Papa.parse<Record<string, string>>(collectionCsv([record], lang).slice(1), { header: true })
      .data.filter((r) => r.rule === 'cell-count').map((r) => r.message);
    expect(messages('zh')[0]).toMatch(/^表[二三四]「.+」行应有 \d+ 个数值，实际有 \d+ 个。$/);
    expect(messages('en')[0]).toMatch(/^Table [234], row “.+”: expected \d+ values, found \d+\.$/);
    expect(messages('zh')).toEqual(record.findings.filter((f) => f.rule === 'cell-count').map((f) => f.message));

    const old = { ...record, findings: record.findings.map(({ params: _, ...f }) => ({ ...f, message: '旧的说法' })) };
    expect(Papa.parse<Record<string, string>>(collectionCsv([old], 'en').slice(1), { header: true }).data.filter((r) => r.rule).every((r) => r.message === '旧的说法')).toBe(true);
  });
});
