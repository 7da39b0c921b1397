import type { TableNo, TemplateId } from '../model/types';

/** How a column's numbers must look: counts are whole and non-negative, 本年增/减 signed, money decimal. */
export type NumberKind = 'count' | 'signed' | 'money';

export interface ColumnDef {
  id: string;
  /** labels from the outermost header down, as the template writes them */
  path: string[];
  kind: NumberKind;
  /** other wordings accepted as the same label without remark */
  aliases?: string[];
}

export interface RowDef {
  id: string;
  /** labels from the outermost group down; the last is the row's own label */
  path: string[];
  aliases?: string[];
  /** a phrase that identifies the row even when the rest of the label is reworded */
  keys?: string[];
}

export interface BlockDef {
  /** 第二十条第（X）项 */
  id: string;
  label: string;
  columns: ColumnDef[];
  rows: RowDef[];
}

export interface Table2Def { table: 2; title: string; blocks: BlockDef[] }
export interface Table3Def { table: 3; title: string; columns: ColumnDef[]; rows: RowDef[] }
export interface Table4Def { table: 4; title: string; columns: ColumnDef[] }

export interface SectionDef {
  id: 's1' | 's2' | 's3' | 's4' | 's5' | 's6';
  numeral: number;
  label: string;
  /** phrases any one of which identifies the heading */
  keys: string[];
}

export interface TemplateDef {
  id: TemplateId;
  /** 国办公开办函〔2019〕60号 … */
  document: string;
  years: string;
  sections: SectionDef[];
  table2: Table2Def;
  table3: Table3Def;
  table4: Table4Def;
}

export type AnyTableDef = Table2Def | Table3Def | Table4Def;
export type { TableNo };
