// A generated report: the numbers of tables 2–4 (consistent by construction) and the few facts the prose states.
import { TEMPLATES, templateForYear, TABLE4_GROUPS } from '../../src/template';
import type { TemplateId } from '../../src/model/types';
import { pickAgency, type Agency } from './agencies';
import { makeRng, type Rng } from './prng';

/** "3|refused.1|business", "4||review.total", "2|licensing|decisions" */
export type CellKey = string;
export const cellKey = (table: 2 | 3 | 4, row: string, column: string): CellKey => `${table}|${row}|${column}`;
export function parseKey(key: CellKey): { table: 2 | 3 | 4; row: string; column: string } {
  const [t, row, column] = key.split('|');
  return { table: Number(t) as 2 | 3 | 4, row, column };
}

export type Grid = Record<string, Record<string, number>>;

export interface Report {
  seed: number;
  agency: Agency;
  /** the year reported on */
  year: number;
  /** the template the tables follow (normally the one for the year) */
  template: TemplateId;
  /** YYYY-MM-DD, shown in the metadata table and under the signature */
  publishedAt: string;
  table2: Grid;
  table3: Grid;
  /** table 4 has one row: column id → value */
  table4: Record<string, number>;
  /** text a cell shows instead of its number ("见附件", "-1"); keyed by cellKey */
  raw: Record<CellKey, string>;
  /** what the prose states */
  text: {
    titleYear: number;
    /** the year of the statistics period and of the body's opening sentence */
    bodyYear: number;
    /** the figure the prose gives for applications received */
    applications: number;
    /** whether the 信息处理费 statement is there */
    fee: boolean;
    /** whether the prose says "未发生行政复议、行政诉讼" (written when table 4 was all zero) */
    noReview: boolean;
  };
}

export interface GenerateOptions {
  year?: number;
  template?: TemplateId;
  government?: boolean;
  /** all of table 4 zero ("未发生行政复议、行政诉讼") */
  noReview?: boolean;
}

export const APPLICANTS = ['natural', 'business', 'research', 'publicInterest', 'legal', 'otherOrg'] as const;

/** chance that a result row has a non-zero count in an active column, and its largest count */
const RESULT_ODDS: Record<string, [number, number]> = {
  granted: [0.9, 12], partial: [0.5, 4], unable: [0.35, 3], refused: [0.12, 2], notProcessed: [0.12, 2], other: [0.2, 2],
};
const oddsOf = (rowId: string) => RESULT_ODDS[rowId.split('.')[0]];

export const isResultRow = (rowId: string) => oddsOf(rowId) !== undefined;

export function generateReport(seed: number, opts: GenerateOptions = {}): Report {
  const rng = makeRng(seed);
  const year = opts.year ?? rng.int(2019, 2025);
  const template = opts.template ?? templateForYear(year);
  const agency = pickAgency(rng.fork('agency'), { government: opts.government });
  const table3 = makeTable3(rng.fork('t3'), template);
  const table4 = makeTable4(rng.fork('t4'), opts.noReview);
  const table2 = makeTable2(rng.fork('t2'), template);
  return {
    seed, agency, year, template,
    publishedAt: publicationDate(rng.fork('date'), year, agency.government),
    table2, table3, table4, raw: {},
    text: { titleYear: year, bodyYear: year, applications: table3.new.total, fee: year >= 2021, noReview: Object.values(table4).every((v) => v === 0) },
  };
}

function makeTable3(rng: Rng, template: TemplateId): Grid {
  const rows = TEMPLATES[template].table3.rows.map((r) => r.id);
  const results = rows.filter(isResultRow);
  const grid: Grid = Object.fromEntries(rows.map((r) => [r, {} as Record<string, number>]));
  for (const col of APPLICANTS) {
    const active = col === 'natural' || rng.chance(col === 'business' ? 0.7 : 0.35);
    const scale = col === 'natural' ? 1 : 0.4;
    for (const r of results) {
      const [p, max] = oddsOf(r);
      grid[r][col] = active && rng.chance(p) ? rng.int(1, Math.max(1, Math.round(max * scale))) : 0;
    }
    if (col === 'natural' && grid.granted.natural === 0) grid.granted.natural = rng.int(1, 8);
    const handled = results.reduce((s, r) => s + grid[r][col], 0);
    grid.total[col] = handled;
    grid.carried[col] = active && handled > 0 && rng.chance(0.4) ? rng.int(0, Math.min(3, handled)) : 0;
    grid.carryOver[col] = active && rng.chance(0.35) ? rng.int(1, 3) : 0;
    grid.new[col] = handled + grid.carryOver[col] - grid.carried[col];
  }
  for (const r of rows) grid[r].total = APPLICANTS.reduce((s, c) => s + grid[r][c], 0);
  return grid;
}

function makeTable4(rng: Rng, noReview = rng.chance(0.2)): Record<string, number> {
  const out: Record<string, number> = {};
  const odds: Record<string, number> = { review: 0.7, direct: 0.45, afterReview: 0.25 };
  for (const g of TABLE4_GROUPS) {
    const active = !noReview && rng.chance(odds[g.id]);
    let sum = 0;
    for (const o of ['upheld', 'corrected', 'other', 'pending']) {
      const v = active ? rng.int(0, o === 'upheld' ? 4 : 2) : 0;
      out[`${g.id}.${o}`] = v;
      sum += v;
    }
    out[`${g.id}.total`] = sum;
  }
  if (!noReview && Object.values(out).every((v) => v === 0)) { out['review.upheld'] = 1; out['review.total'] = 1; }
  return out;
}

function makeTable2(rng: Rng, template: TemplateId): Grid {
  const money = () => (rng.chance(0.5) ? 0 : Math.round(rng.next() * 50000) / 100);
  if (template === '2021') {
    const docs = (maxIssued: number, maxStock: number) => {
      const issued = rng.int(0, maxIssued);
      return { issued, repealed: rng.int(0, Math.max(0, Math.floor(maxIssued / 3))), inForce: issued + rng.int(0, maxStock) };
    };
    return {
      regulations: docs(1, 3), normativeDocs: docs(12, 40),
      licensing: { decisions: rng.chance(0.7) ? rng.int(1, 900) : 0 },
      penalty: { decisions: rng.chance(0.6) ? rng.int(1, 300) : 0 },
      enforcement: { decisions: rng.chance(0.4) ? rng.int(1, 40) : 0 },
      fees: { feeAmount: money() },
    };
  }
  const docs = (max: number) => {
    const made = rng.int(0, max);
    return { made, published: made, publishedTotal: made + rng.int(0, 30) };
  };
  const items = (decisions: boolean) => ({
    lastYear: rng.int(0, 60), change: rng.int(-3, 4), ...(decisions ? { decisions: rng.chance(0.6) ? rng.int(1, 500) : 0 } : {}),
  });
  return {
    regulations: docs(1), normativeDocs: docs(10),
    licensing: items(true), otherServices: items(true), penalty: items(true), enforcement: items(true),
    fees: items(false),
    procurement: { procurementCount: rng.int(0, 12), procurementAmount: money() },
  };
}

/** mostly mid-January of the next year; a government's report may come as late as March */
function publicationDate(rng: Rng, year: number, government: boolean): string {
  const [month, day] = government && rng.chance(0.4) ? [rng.pick([2, 3]), rng.int(1, 28)] : [1, rng.int(5, 30)];
  return `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** a deep copy, for broken variants */
export const cloneReport = (r: Report): Report => JSON.parse(JSON.stringify(r)) as Report;
