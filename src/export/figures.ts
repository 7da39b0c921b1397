// The key figures of a report, one number per measure: applications received by applicant type, how they were
// handled, what was carried over, reviews and suits with their outcomes, table 2's proactive-disclosure counts.
// The same for the `years` command (tidy rows) and the collection's charts. Reads only the tables as the checker
// read them; a figure the page does not give (missing row, shifted cells, text) is left out, never taken as 0.
import type { ModelRow, ReportModel, TemplateId } from '../model/types';
import { TABLE3_COLUMNS, TABLE4_GROUPS, TEMPLATES } from '../template';

export type FigureGroup = 'applications' | 'results' | 'carried' | 'review' | 'proactive';

export interface Figure {
  group: FigureGroup;
  /** stable id: "applications.natural", "results.refused", "review.upheld", "proactive.item1.regulations.issued" */
  measure: string;
  /** the template's words for it: "一、本年新收 / 自然人" */
  label: string;
  /** English, for the charts' en labels */
  labelEn: string;
  value: number;
}

type Tables = ReportModel['tables'];

const APPLICANT_EN: Record<string, string> = {
  natural: 'natural persons', business: 'businesses', research: 'research institutions', publicInterest: 'public-interest organisations',
  legal: 'legal service providers', otherOrg: 'other organisations', total: 'total',
};

/** how applications were handled: the result rows of table 3, summed over their sub-rows, in the 总计 column */
export const RESULT_GROUPS: Array<{ id: string; prefix: string; zh: string; en: string }> = [
  { id: 'granted', prefix: 'granted', zh: '予以公开', en: 'granted' },
  { id: 'partial', prefix: 'partial', zh: '部分公开', en: 'partly granted' },
  { id: 'refused', prefix: 'refused.', zh: '不予公开', en: 'refused' },
  { id: 'unable', prefix: 'unable.', zh: '无法提供', en: 'unable to provide' },
  { id: 'notProcessed', prefix: 'notProcessed.', zh: '不予处理', en: 'not processed' },
  { id: 'other', prefix: 'other', zh: '其他处理', en: 'otherwise handled' },
  { id: 'total', prefix: 'total', zh: '总计', en: 'total' },
];

const OUTCOME_EN: Record<string, string> = { upheld: 'upheld', corrected: 'corrected', other: 'other outcome', pending: 'pending', total: 'total' };
const GROUP4_EN: Record<string, string> = { review: 'administrative review', direct: 'suit without review', afterReview: 'suit after review' };

const T2_EN: Record<string, string> = {
  regulations: 'rules', normativeDocs: 'normative documents', licensing: 'licensing', otherServices: 'other services',
  penalty: 'penalties', enforcement: 'enforcement', fees: 'administrative fees', procurement: 'procurement',
  issued: 'issued', repealed: 'repealed', inForce: 'in force', decisions: 'decisions', feeAmount: 'amount (10,000 yuan)',
  made: 'made', published: 'published', publishedTotal: 'published in all', lastYear: 'last year', change: 'change',
  procurementCount: 'projects', procurementAmount: 'amount',
};

const numberOf = (row: ModelRow | undefined, i: number): number | null => {
  const c = row?.cells[i];
  return c && c.kind !== 'text' && c.value !== null ? c.value : null;
};

/** the key figures of one report's tables, in a fixed order */
export function keyFigures(tables: Tables, template: TemplateId | null): Figure[] {
  const out: Figure[] = [];
  const t3 = tables['3'];
  const width3 = TABLE3_COLUMNS.length;
  const row3 = (id: string) => t3?.rows.find((r) => r.id === id && r.cells.length === width3);
  const received = row3('new');
  TABLE3_COLUMNS.forEach((c, i) => {
    const v = numberOf(received, i);
    if (v !== null) out.push({ group: 'applications', measure: `applications.${c.id}`, label: `一、本年新收 / ${c.path.join(' / ')}`, labelEn: `received: ${APPLICANT_EN[c.id]}`, value: v });
  });
  for (const g of RESULT_GROUPS) {
    const rows = (t3?.rows ?? []).filter((r) => (g.prefix.endsWith('.') ? r.id.startsWith(g.prefix) : r.id === g.prefix || r.id.startsWith(`${g.prefix}.`)));
    const values = rows.map((r) => (r.cells.length === width3 ? numberOf(r, width3 - 1) : null));
    if (!rows.length || values.some((v) => v === null)) continue;
    out.push({ group: 'results', measure: `results.${g.id}`, label: `三、办理结果 / ${g.zh}`, labelEn: `handled: ${g.en}`, value: values.reduce((a, b) => a! + b!, 0)! });
  }
  for (const [id, zh, en] of [['carried', '二、上年结转', 'carried over from last year'], ['carryOver', '四、结转下年度继续办理', 'carried to next year']] as const) {
    const v = numberOf(row3(id), width3 - 1);
    if (v !== null) out.push({ group: 'carried', measure: `carried.${id}`, label: zh, labelEn: en, value: v });
  }
  const t4 = tables['4']?.rows[0];
  const cols4 = TEMPLATES['2021'].table4.columns;
  if (t4 && t4.cells.length === cols4.length) {
    cols4.forEach((c, i) => {
      const v = numberOf(t4, i);
      const [group, outcome] = c.id.split('.');
      if (v !== null) out.push({ group: 'review', measure: `review.${c.id}`, label: c.path.join(' / '), labelEn: `${GROUP4_EN[group]}: ${OUTCOME_EN[outcome]}`, value: v });
    });
  }
  const def = TEMPLATES[template ?? '2021'].table2;
  for (const block of def.blocks) {
    for (const r of block.rows) {
      const row = tables['2']?.rows.find((x) => x.id === `${block.id}.${r.id}` && x.cells.length === block.columns.length);
      block.columns.forEach((c, i) => {
        const v = numberOf(row, i);
        if (v !== null) out.push({ group: 'proactive', measure: `proactive.${block.id}.${r.id}.${c.id}`, label: `${block.label} / ${r.path.join(' / ')} / ${c.path.join(' / ')}`, labelEn: `${T2_EN[r.id] ?? r.id}: ${T2_EN[c.id] ?? c.id}`, value: v });
      });
    }
  }
  return out;
}

export { TABLE4_GROUPS };
