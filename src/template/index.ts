import type { TableNo, TemplateId } from '../model/types';
import { SECTIONS } from './sections';
import { TABLE2_2019, TABLE2_2021, TABLE3_2019, TABLE3_2021, TABLE3_COLUMNS, TABLE4, TABLE4_GROUPS } from './tables';
import type { TemplateDef } from './types';

export * from './types';
export { SECTIONS } from './sections';
export * from './tables';

export const TEMPLATES: Record<TemplateId, TemplateDef> = {
  '2019': { id: '2019', document: '国办公开办函〔2019〕60号', years: '2019–2020', sections: SECTIONS, table2: TABLE2_2019, table3: TABLE3_2019, table4: TABLE4 },
  '2021': { id: '2021', document: '国办公开办函〔2021〕30号', years: '2021–', sections: SECTIONS, table2: TABLE2_2021, table3: TABLE3_2021, table4: TABLE4 },
};

/** the template a report on this year must follow */
export const templateForYear = (year: number): TemplateId => (year >= 2021 ? '2021' : '2019');

export const joinPath = (path: string[]) => path.join(' / ');

// ---- The tables' shapes, for the extractor and the rules (no widths or column positions written elsewhere) ----

/** value cells in a row of table 3: one per applicant column, the last their total */
export const TABLE3_WIDTH = TABLE3_COLUMNS.length;
/** the column of table 3 that is the sum of the others */
export const TABLE3_TOTAL = TABLE3_COLUMNS.findIndex((c) => c.id === 'total');
/** value cells in table 4's one row of numbers */
export const TABLE4_WIDTH = TABLE4.columns.length;

/** table 4's groups (review, direct suit, suit after review) as column positions: the outcomes and their total */
export const TABLE4_GROUP_COLUMNS: ReadonlyArray<{ id: string; path: string[]; parts: number[]; total: number }> = TABLE4_GROUPS.map((g) => {
  const at = TABLE4.columns.flatMap((c, i) => (c.id.startsWith(`${g.id}.`) ? [i] : []));
  const total = at.find((i) => TABLE4.columns[i].id === `${g.id}.total`)!;
  return { id: g.id, path: g.path, parts: at.filter((i) => i !== total), total };
});

const NUMERALS = '零一二三四五六七八九十';
/** a number as the template writes it in headings: 3 → "三" */
export const numeral = (n: number): string => NUMERALS[n] ?? String(n);
/** "表三": how the template names a table */
export const tableName = (t: TableNo): string => `表${numeral(t)}`;
/** "表三 收到和处理政府信息公开申请情况" */
export const tableTitle = (t: TableNo): string => `${tableName(t)} ${TEMPLATES['2021'][`table${t}`].title}`;
