// Writing the zeros as placeholders (blank, "—", "/", "无") changes nothing but adding placeholder-value (info),
// once per table that shows one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholderFindings } from '../generator/fixtures';
import { cellKey, cloneReport } from '../generator/report';
import type { PlaceholderStyle, RenderOptions, Shape } from '../generator';
import { matches } from '../support/expect';
import { auditRendered, findingKey, reportFor, RUNS } from './harness';

const SHAPES: Shape[] = ['word', 'clean', 'split', 'fullwidth', 'layout', 'pre', 'tsv', 'markdown', 'lines'];
const STYLES: PlaceholderStyle[] = ['blank', '—', '/', '无', 'mixed'];

describe('zeros written as placeholders change nothing but placeholder-value', () => {
  for (const shape of SHAPES) {
    it(shape, () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2019, max: 2025 }), fc.constantFrom(...STYLES),
        (seed, year, style) => {
          const report = reportFor(seed, year);
          const opts: RenderOptions = { placeholders: { style, totals: false } };
          const plain = auditRendered(report, shape);
          const written = auditRendered(report, shape, opts);
          const others = written.findings.filter((f) => f.rule !== 'placeholder-value');
          expect(others.map(findingKey).sort()).toEqual(plain.findings.map(findingKey).sort());
          const expected = placeholderFindings(report, opts);
          const got = written.findings.filter((f) => f.rule === 'placeholder-value');
          expect(got).toHaveLength(expected.length);
          for (const e of expected) expect(got.some((f) => matches(f, e)), `placeholder-value in table ${e.table}`).toBe(true);
          expect(written.verdict).toBe(plain.verdict);
        }), { numRuns: RUNS });
    });
  }
});

describe('blank totals', () => {
  for (const shape of ['word', 'clean', 'markdown'] as Shape[]) {
    const style = shape === 'markdown' ? '—' : 'blank';
    it(`${shape}: a blank total over blank parts holds as 0 = 0`, () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2019, max: 2025 }), (seed, year) => {
        const report = reportFor(seed, year);
        const plain = auditRendered(report, shape, {});
        const result = auditRendered(report, shape, { placeholders: { style, totals: true } });
        expect(result.findings.filter((f) => f.severity !== 'info').map(findingKey)).toEqual([]);
        expect(result.verdict).toBe(plain.verdict);
        expect(result.notChecked).toEqual([]);
      }), { numRuns: RUNS });
    });
    it(`${shape}: a blank total beside numbers was not given: its relations are not checked, never wrong`, () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2019, max: 2025 }), (seed, year) => {
        const report = reportFor(seed, year);
        // the 总计 of row 一 (new applications) always sits beside numbers
        const key = cellKey(3, 'new', 'total');
        const blanked = cloneReport(report);
        blanked.raw[key] = style === 'blank' ? '' : style;
        const result = auditRendered(blanked, shape, {});
        expect(result.findings.filter((f) => f.severity !== 'info').map(findingKey)).toEqual([]);
        expect(result.verdict).toBe('unverified');
        const rules = result.notChecked.map((n) => n.rule);
        expect(rules).toContain('row-total');
        expect(rules).toContain('balance');
      }), { numRuns: RUNS });
    });
  }
});
