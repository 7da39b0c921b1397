import type { TemplateId } from '../model/types';
import { SECTIONS } from './sections';
import { TABLE2_2019, TABLE2_2021, TABLE3_2019, TABLE3_2021, TABLE4 } from './tables';
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
