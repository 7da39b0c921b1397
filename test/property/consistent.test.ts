// A consistent generated report, rendered in any page shape and read back through extraction, yields no error
// or warning and the verdict "consistent".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_SHAPES } from '../generator';
import { describeFinding } from '../support/expect';
import { auditRendered, reportFor, RUNS } from './harness';

describe('consistent reports stay consistent in every page shape', () => {
  for (const shape of ALL_SHAPES) {
    it(shape, () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2019, max: 2025 }), (seed, year) => {
        const report = reportFor(seed, year);
        const result = auditRendered(report, shape);
        const bad = result.findings.filter((f) => f.severity !== 'info').map(describeFinding);
        expect(bad).toEqual([]);
        expect(result.isReport).toBe(true);
        expect(result.year).toBe(year);
        expect(result.template).toBe(report.template);
        expect(result.verdict).toBe('consistent');
      }), { numRuns: RUNS });
    });
  }
});
