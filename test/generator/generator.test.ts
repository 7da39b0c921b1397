// The generator itself: deterministic, consistent by construction, mutations break what they say they break,
// pages the size of real ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { templateForYear } from '../../src/template';
import {
  ALL_SHAPES, HTML_SHAPES, buildDoc, cellKey, failingRelations, generateReport, mutateCell, relationId, render, relationsFor,
} from './index';

describe('generator', () => {
  it('is deterministic', () => {
    const a = render(buildDoc(generateReport(7)), 'word').content;
    const b = render(buildDoc(generateReport(7)), 'word').content;
    expect(a).toBe(b);
  });

  it('makes consistent reports with the template of their year and non-zero numbers', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
      const r = generateReport(seed);
      expect(r.template).toBe(templateForYear(r.year));
      expect(failingRelations(r)).toEqual([]);
      expect(r.table3.new.total).toBeGreaterThan(0);
      expect(r.text.applications).toBe(r.table3.new.total);
      for (const row of Object.values(r.table3)) for (const v of Object.values(row)) expect(v).toBeGreaterThanOrEqual(0);
    }), { numRuns: 200 });
  });

  it('a mutated cell breaks exactly the relations it is in', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 1, max: 5 }), (seed, delta) => {
      const r = generateReport(seed);
      const rels = relationsFor(r.template);
      const keys = [...new Set(rels.flatMap((x) => [x.total, ...x.parts, ...(x.minus ?? [])]))];
      const key = keys[seed % keys.length];
      const m = mutateCell(r, key, delta);
      expect(failingRelations(m.report).map(relationId).sort()).toEqual(m.expected.map(relationId).sort());
      expect(m.expected.length).toBeGreaterThanOrEqual(key.startsWith('4') ? 1 : 2);
    }), { numRuns: 200 });
  });

  it('a table-3 cell is in its row total and in its column balance or result total', () => {
    const r = generateReport(11, { year: 2023 });
    const ids = (k: string) => mutateCell(r, k, 1).expected.map(relationId).sort();
    expect(ids(cellKey(3, 'refused.1', 'business'))).toEqual(['result-total:business', 'row-total:refused.1']);
    expect(ids(cellKey(3, 'new', 'natural'))).toEqual(['balance:natural', 'row-total:new']);
    expect(ids(cellKey(3, 'total', 'total'))).toEqual(['balance:total', 'result-total:total', 'row-total:total']);
    expect(ids(cellKey(4, '', 'direct.pending'))).toEqual(['review-total:direct']);
  });

  it('renders pages of real size (20–100 KB) in every HTML shape, and text in every text shape', () => {
    for (const seed of [1, 2, 3]) {
      const doc = buildDoc(generateReport(seed));
      for (const shape of ALL_SHAPES) {
        const page = render(doc, shape);
        const kb = Buffer.byteLength(page.content) / 1024;
        if ((HTML_SHAPES as readonly string[]).includes(shape)) {
          expect(kb, shape).toBeGreaterThan(20);
          expect(kb, shape).toBeLessThan(100);
        } else {
          expect(page.content).toContain('本年新收政府信息公开申请数量');
        }
      }
    }
  });
});
