// Reports whose tables are text with space-aligned columns, as `pdftotext -layout` writes them or as a CMS keeps a
// table pasted as text: in a .txt file, in <pre>, in lines separated by <br> (spaces as &nbsp;), or in a
// white-space:pre block. Labels can wrap over lines with the values on one of them; group labels stand on the
// first row of their group only (the cells below them are merged in the original).
import type { Part, ReportDoc } from '../document';
import { expand, gridFor, type GTable } from '../grid';
import { formatValue } from '../values';
import { esc } from './escape';

export type AlignedShape = 'txt' | 'pre' | 'br' | 'whitespace';
export const ALIGNED_SHAPES: AlignedShape[] = ['txt', 'pre', 'br', 'whitespace'];

export interface AlignedOptions {
  /** row labels longer than this many characters wrap over lines; the values stand on the middle one */
  wrapAt?: number;
  /** spaces between value columns at the least */
  gap?: number;
}

const width = (s: string) => Array.from(s).reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const padLeft = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;

function chunks(s: string, n: number): string[] {
  const chars = Array.from(s);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += n) out.push(chars.slice(i, i + n).join(''));
  return out.length ? out : [''];
}

/** one table as aligned text lines */
export function alignedTable(t: GTable, doc: ReportDoc, opts: AlignedOptions = {}): string[] {
  const report = doc.report;
  const slots = expand(t);
  const gap = opts.gap ?? 4;
  const wrapAt = opts.wrapAt ?? 1000;
  const out: string[] = [];
  // label columns: the grid columns left of the first value in any row; each as wide as its widest label
  const firstValue = Math.min(...slots.map((row) => row.findIndex((s) => s.cell.role === 'value')).filter((i) => i >= 0));
  const labelWidth: number[] = Array.from({ length: firstValue }, (_, c) =>
    Math.max(4, ...slots.map((row) => row[c] && row[c].origin && row[c].cell.role !== 'value' && row[c].cell.colspan === 1
      ? Math.min(width(row[c].cell.text), wrapAt * 2) : 0)));
  const valueWidth = 8;
  slots.forEach((row, r) => {
    const isValueRow = row.some((s) => s.cell.role === 'value');
    if (!isValueRow) {
      // a header row: its cells' words in order, wide apart
      const texts = row.filter((s) => s.origin && s.cell.text).map((s) => s.cell.text);
      if (texts.length) out.push(texts.join(' '.repeat(gap + 2)));
      return;
    }
    // label cells of this row: the text of each label column (group labels on their first row only)
    const labels: string[][] = [];
    for (let c = 0; c < firstValue; c++) {
      const s = row[c];
      if (!s || s.cell.role === 'value' || s.colCopy) { labels.push([]); continue; }
      labels.push(s.origin ? chunks(s.cell.text, wrapAt) : []);
    }
    const values = row.filter((s) => s.cell.role === 'value' && s.origin)
      .map((s) => formatValue(report, s.cell.key!, s.cell.numberKind, { noBlank: true }));
    const height = Math.max(1, ...labels.map((l) => l.length));
    const middle = Math.floor((height - 1) / 2);
    for (let line = 0; line < height; line++) {
      let text = '';
      labels.forEach((l, c) => {
        // a label spanning several label columns takes their widths together
        const span = row[c]?.origin ? row[c].cell.colspan : 1;
        const w = labelWidth.slice(c, c + span).reduce((a, b) => a + b + gap, 0) - gap;
        if (row[c]?.colCopy) return;
        text += pad(l[line] ?? '', Math.max(w, 0)) + ' '.repeat(gap);
      });
      if (line === middle) text += values.map((v) => padLeft(v, valueWidth)).join(' '.repeat(gap));
      out.push(text.replace(/\s+$/, ''));
    }
    if (r < slots.length - 1 && height > 1) out.push('');
  });
  return out;
}

/** the report as text: headings and paragraphs as lines, tables aligned */
export function alignedText(doc: ReportDoc, opts: AlignedOptions = {}): string {
  const part = (p: Part): string => {
    switch (p.kind) {
      case 'title': return p.text;
      case 'heading': return p.text;
      case 'para': return p.text;
      case 'signature': return `${p.agency}\n${p.date}`;
      case 'table': return alignedTable(gridFor(p.table, doc.report.template), doc, opts).join('\n');
    }
  };
  return `${doc.parts.map(part).join('\n\n')}\n`;
}

/** an HTML page whose tables are aligned text in one of the block shapes a CMS leaves */
export function alignedPage(doc: ReportDoc, shape: Exclude<AlignedShape, 'txt'>, opts: AlignedOptions = {}): string {
  const block = (lines: string[]): string => {
    switch (shape) {
      case 'pre': return `<pre>\n${esc(lines.join('\n'))}\n</pre>`;
      case 'br': return `<p class="MsoNormal">${lines.map((l) => esc(l).replace(/ /g, '&nbsp;')).join('<br>\n')}</p>`;
      case 'whitespace': return `<div style="font-family: SimSun; white-space: pre;">${esc(lines.join('\n'))}</div>`;
    }
  };
  const part = (p: Part): string => {
    switch (p.kind) {
      case 'title': return `<h1>${esc(p.text)}</h1>`;
      case 'heading': return p.level === 1 ? `<h2>${esc(p.text)}</h2>` : `<h3>${esc(p.text)}</h3>`;
      case 'para': return `<p>${esc(p.text)}</p>`;
      case 'signature': return `<p style="text-align:right">${esc(p.agency)}<br>${esc(p.date)}</p>`;
      case 'table': return block(alignedTable(gridFor(p.table, doc.report.template), doc, opts));
    }
  };
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(doc.title)}</title></head><body>\n<div class="article">\n${doc.parts.map(part).join('\n')}\n</div>\n</body></html>\n`;
}
