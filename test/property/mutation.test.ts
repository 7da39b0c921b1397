// Changing one cell of table 3 or 4 makes exactly the relations that cell is in fire, located at the template's
// labels of its row (row-total) or column (balance, result-total, review-total).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEMPLATES, TABLE3_COLUMNS, TABLE4 } from '../../src/template';
import { cellKey, mutateCell, type Report } from '../generator';
import { relationFindings, type ExpectedFinding } from '../generator/fixtures';
import { ALL_SHAPES } from '../generator';
import { describeFinding, mismatches } from '../support/expect';
import { auditRendered, reportFor, RUNS } from './harness';

/** the narrative statements a changed number can contradict (the prose keeps what it said before the change) */
function narrativeBroken(after: Report): boolean {
  const stated = after.text.applications;
  const t = after.table3;
  const applications = stated !== t.new.total && stated !== t.new.total + t.carried.total;
  const noReview = after.text.noReview && Object.values(after.table4).some((v) => v !== 0);
  return applications || noReview;
}

/** every value cell of tables 3 and 4 */
const cellsOf = (report: Report) => [
  ...TEMPLATES[report.template].table3.rows.flatMap((r) => TABLE3_COLUMNS.map((c) => cellKey(3, r.id, c.id))),
  ...TABLE4.columns.map((c) => cellKey(4, '', c.id)),
];

describe('one changed cell fires exactly its relations', () => {
  for (const shape of ALL_SHAPES) {
    it(shape, () => {
      const arb = fc.tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2019, max: 2025 }), fc.nat(), fc.integer({ min: 1, max: 9 }), fc.boolean());
      fc.assert(fc.property(arb, ([seed, year, cell, size, down]) => {
        const report = reportFor(seed, year);
        const cells = cellsOf(report);
        const key = cells[cell % cells.length];
        const m = mutateCell(report, key, down ? -size : size);
        const expected: ExpectedFinding[] = relationFindings(m.report, m.expected);
        if (narrativeBroken(m.report)) expected.push({ rule: 'narrative-mismatch' });
        const result = auditRendered(m.report, shape);
        expect(mismatches(result, expected, true), `${key}: ${m.from} → ${m.to}`).toEqual([]);
        const arithmetic = result.findings.filter((f) => ['balance', 'row-total', 'result-total', 'review-total'].includes(f.rule));
        expect(arithmetic.map(describeFinding)).toHaveLength(m.expected.length);
        expect(result.verdict).toBe('inconsistent');
      }), { numRuns: RUNS });
    });
  }
});
