// Reports as text, the way converters hand them over: tab-separated tables, markdown pipe tables, or one cell per
// line (Word's "save as text"). Spans are expanded; copies are empty fields.
import type { Part, ReportDoc } from '../document';
import { expand, gridFor, type GTable, type Slot } from '../grid';
import type { Report } from '../report';
import { formatValue, isDropped, toFullWidth, type ValueOptions } from '../values';

export type TextStyle = 'tsv' | 'markdown' | 'lines';

/** in tab and line text an empty field is layout, so a blank placeholder cannot be written there */
const slotText = (s: Slot, report: Report, opts: ValueOptions, noBlank = true) =>
  !s.origin ? '' : s.cell.role === 'value' ? formatValue(report, s.cell.key!, s.cell.numberKind, { ...opts, noBlank }) : s.cell.text;

/** expanded rows, without the cells the options leave out */
const slots = (t: GTable, opts: ValueOptions) => expand(t).map((row) => row.filter((s) => !isDropped(s.cell.key, opts)));

export function tsvTable(t: GTable, report: Report, opts: ValueOptions): string {
  return slots(t, opts).map((row) => row.map((s) => slotText(s, report, opts)).join('\t')).join('\n');
}

export function markdownTable(t: GTable, report: Report, opts: ValueOptions): string {
  const rows = slots(t, opts).map((row) => `| ${row.map((s) => slotText(s, report, opts, false) || ' ').join(' | ')} |`);
  const rule = `|${expand(t)[0].map(() => '------').join('|')}|`;
  return [rows[0], rule, ...rows.slice(1)].join('\n');
}

/** one cell per line, each after a tab; a merged cell's lower part is an empty line, rows end with a blank line */
export function linesTable(t: GTable, report: Report, opts: ValueOptions): string {
  return slots(t, opts).map((row) => row.filter((s) => !s.colCopy).map((s) => `\t${slotText(s, report, opts)}`).join('\n') + '\n').join('\n');
}

export function renderText(doc: ReportDoc, style: TextStyle, opts: ValueOptions = {}): string {
  const fw = opts.fullWidth ? toFullWidth : (s: string) => s;
  const table = (no: 2 | 3 | 4) => {
    const t = gridFor(no, doc.report.template);
    return style === 'tsv' ? tsvTable(t, doc.report, opts) : style === 'markdown' ? markdownTable(t, doc.report, opts) : linesTable(t, doc.report, opts);
  };
  const part = (p: Part): string => {
    switch (p.kind) {
      case 'title': return style === 'markdown' ? `# ${p.text}` : p.text;
      case 'heading': return style === 'markdown' ? `${p.level === 1 ? '##' : '###'} ${p.text}` : p.text;
      case 'para': return fw(p.text);
      case 'signature': return `${p.agency}\n\n${fw(p.date)}`;
      case 'table': return table(p.table);
    }
  };
  return `${doc.parts.map(part).join('\n\n')}\n`;
}
