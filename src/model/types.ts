// The report model: the national template filled in from one page, plus what the rules report.
// Plain, JSON-serialisable data (it is what messages carry and what the collection stores).

export type TemplateId = '2019' | '2021';
export type TableNo = 2 | 3 | 4;
export type Severity = 'error' | 'warning' | 'info';
export type Verdict = 'inconsistent' | 'warnings' | 'unverified' | 'consistent' | 'not-a-report';
export type Lang = 'zh' | 'en';

export type CellKind = 'number' | 'placeholder' | 'text';

/** One value cell read from the page. */
export interface CellValue {
  raw: string;
  kind: CellKind;
  /** the number read (placeholders read as 0 in component cells); null for text */
  value: number | null;
  /** unit written in the cell ("元", "件"), kept as a note */
  unit?: string;
  anchor: string;
}

/** A template row as found on the page. */
export interface ModelRow {
  /** template row id, e.g. "refused.1" */
  id: string;
  /** the row's label as written on the page (last label cell) */
  label: string;
  /** anchor of the label cell */
  anchor: string;
  /** value cells in template column order; length may differ from the template (cell-count) */
  cells: CellValue[];
}

export interface LabelSeen {
  kind: 'row' | 'column' | 'section';
  table: TableNo | null;
  /** template id of the row/column/section matched */
  id: string;
  found: string;
  expected: string;
  anchor: string;
}

export interface ModelTable {
  table: TableNo;
  /** anchors of the page blocks the table was read from (more than one when split at a page break) */
  anchors: string[];
  rows: ModelRow[];
}

export interface SectionSeen {
  id: 's1' | 's2' | 's3' | 's4' | 's5' | 's6';
  heading: string;
  /** the numeral the page gives it (一…六), null if unnumbered */
  numeral: number | null;
  anchor: string;
}

export interface Statement {
  text: string;
  anchor: string;
}

export interface ReportModel {
  source: string;
  isReport: boolean;
  /** why the page is not taken as a report (when isReport is false) */
  notReportReason?: string;
  title: string;
  agency: string | null;
  year: number | null;
  /** template the tables follow, from their labels; null when it cannot be told */
  template: TemplateId | null;
  publishedAt: string | null;
  sections: SectionSeen[];
  tables: Partial<Record<'2' | '3' | '4', ModelTable>>;
  /** labels that matched a template label only approximately */
  labels: LabelSeen[];
  /** years stated: in the title, in the statistics period, at the start of 一、总体情况 */
  years: { title: number | null; period: number | null; body: number | null };
  statements: {
    /** "收到申请 12 件" / "未收到…申请" (0) */
    applications: Array<Statement & { value: number }>;
    /** "未发生行政复议、行政诉讼" */
    noReviewLitigation: Statement | null;
    /** a sentence on 信息处理费 */
    fee: Statement | null;
  };
  /** template signals seen (which template each piece of evidence points to) */
  templateEvidence: Array<{ template: TemplateId; what: string }>;
  /** set when a cap cut the page short (PageDoc.truncated) */
  truncated?: string;
  /** the file holds no text to read (a scanned PDF): nothing checked, verdict unverified (PageDoc.unreadable) */
  unreadable?: string;
}

export interface Location {
  table: TableNo | null;
  section: string | null;
  /** row path in the template's labels, e.g. "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密" */
  row: string | null;
  /** column path, e.g. "法人或其他组织 / 商业企业" */
  column: string | null;
  /** anchors of the cells involved (placeholder-value lists every cell) */
  cells?: string[];
  /** the main anchor to scroll to */
  anchor: string | null;
  /** the PDF page (from 1) the anchor is on; absent for HTML and text */
  page?: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  location: Location;
  expected: number | string | null;
  actual: number | string | null;
  /** message parameters, so a host can render it again in another language */
  params?: Record<string, string | number>;
}

export interface NotChecked {
  rule: string;
  location?: Location;
  reason: string;
}

export interface AuditResult {
  source: string;
  isReport: boolean;
  verdict: Verdict;
  title: string;
  agency: string | null;
  year: number | null;
  template: TemplateId | null;
  publishedAt: string | null;
  findings: Finding[];
  notChecked: NotChecked[];
  /** present for inputs that could not be read */
  error?: string;
  /** set when a cap cut the page short: the audit covers what was read */
  truncated?: string;
}
