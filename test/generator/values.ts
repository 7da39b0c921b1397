// How a value cell is written: the number, a unit-less signed change, money, a placeholder for zero, or raw text.
import type { NumberKind } from '../../src/template';
import { hash } from './prng';
import { parseKey, type CellKey, type Report } from './report';
import { valueOf } from './relations';

export type PlaceholderStyle = 'blank' | '—' | '/' | '无' | 'mixed';

export interface ValueOptions {
  /** write zeros as placeholders */
  placeholders?: { style: PlaceholderStyle; /** totals too (their relations then go unchecked) */ totals: boolean; tables?: Array<2 | 3 | 4> };
  /** 0-9 as ０-９ */
  fullWidth?: boolean;
  /** placeholders allowed in this shape (blank is layout in tab and line text) */
  noBlank?: boolean;
  /** value cells left out of the markup altogether (a row shifted by one cell) */
  dropCells?: CellKey[];
  /** every value cell empty (the template as the 国办 notice prints it) */
  blankAll?: boolean;
}

export const isTotalCell = (key: CellKey) => {
  const { table, row, column } = parseKey(key);
  return (table === 3 && (row === 'total' || column === 'total')) || (table === 4 && column.endsWith('.total'));
};

export const isDropped = (key: CellKey | undefined, opts: ValueOptions) => !!key && !!opts.dropCells?.includes(key);

export const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

export function placeholderFor(key: CellKey, style: PlaceholderStyle, noBlank = false): string {
  const all = noBlank ? ['—', '/', '无'] : ['', '—', '/', '无'];
  if (style === 'mixed') return all[hash(key) % all.length];
  if (style === 'blank' && noBlank) return '—';
  return style === 'blank' ? '' : style;
}

/** whether this zero cell is written as a placeholder under these options */
export function writesPlaceholder(report: Report, key: CellKey, opts: ValueOptions): boolean {
  const ph = opts.placeholders;
  if (!ph || key in report.raw || valueOf(report, key) !== 0) return false;
  if (ph.tables && !ph.tables.includes(parseKey(key).table)) return false;
  return ph.totals || !isTotalCell(key);
}

export function formatValue(report: Report, key: CellKey, kind: NumberKind | undefined, opts: ValueOptions = {}): string {
  let s: string;
  if (opts.blankAll) s = '';
  else if (key in report.raw) s = report.raw[key];
  else if (writesPlaceholder(report, key, opts)) s = placeholderFor(key, opts.placeholders!.style, opts.noBlank);
  else {
    const n = valueOf(report, key);
    s = kind === 'signed' && n > 0 ? `+${n}` : String(n);
  }
  return opts.fullWidth ? toFullWidth(s) : s;
}
