// HTML markup of one generated table, in the styles CMSs produce: Word export (MsoNormal, <p><span> in cells,
// split labels, <o:p> blanks) and clean HTML (thead/tbody, th).
import type { GCell, GTable } from '../grid';
import type { Rng } from '../prng';
import type { Report } from '../report';
import { formatValue, isDropped, type ValueOptions } from '../values';
import { esc } from './escape';
import { wordRuns } from './word-runs';

const CELL_STYLE = 'border:solid windowtext 1.0pt';
const spanAttrs = (c: GCell) => `${c.rowspan > 1 ? ` rowspan=${c.rowspan}` : ''}${c.colspan > 1 ? ` colspan=${c.colspan}` : ''}`;
const widthOf = (c: GCell, t: GTable) => (c.role === 'value' || c.role === 'head' ? 46 : t.table === 3 ? 90 : 120) * c.colspan;

/** header labels Word wraps into two paragraphs in narrow columns: 商业</p><p>企业 */
const splitsInTwo = (c: GCell, t: GTable) => c.role === 'head' && t.table !== 2 && c.text.length === 4;

function wordParagraph(inner: string): string {
  return `<p class=MsoNormal align=center>${inner}<span lang=EN-US><o:p></o:p></span></p>`;
}
const WORD_BLANK = "<p class=MsoNormal align=center><span lang=EN-US><o:p>&nbsp;</o:p></span></p>";

function wordCell(c: GCell, t: GTable, report: Report, opts: ValueOptions, rng: Rng): string {
  const w = widthOf(c, t);
  let inner: string;
  if (c.role === 'value') {
    const text = formatValue(report, c.key!, c.numberKind, opts);
    inner = text === '' ? WORD_BLANK
      : wordParagraph(`<span lang=EN-US>${esc(text)}</span>`);
  } else if (c.text === '') {
    inner = WORD_BLANK;
  } else if (splitsInTwo(c, t)) {
    inner = wordParagraph(wordRuns(c.text.slice(0, 2), rng, 'cell')) + wordParagraph(wordRuns(c.text.slice(2), rng, 'cell'));
  } else {
    inner = (c.text === '自然人' ? WORD_BLANK : '') + wordParagraph(wordRuns(c.text, rng, 'cell'));
  }
  return `<td width=${w}${spanAttrs(c)} valign=${c.role === 'label' ? 'top' : 'center'} style='width:${w * 0.75}pt;${CELL_STYLE}'>${inner}</td>`;
}

export function wordTable(t: GTable, report: Report, opts: ValueOptions, rng: Rng): string {
  const width = t.table === 4 ? 690 : 620;
  const rows = t.rows.map((row, i) =>
    ` <tr style='mso-yfti-irow:${i};height:20.1pt'>\n  ${row.filter((c) => !isDropped(c.key, opts)).map((c) => wordCell(c, t, report, opts, rng)).join('\n  ')}\n </tr>`);
  return `<div align=center>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=${width} style='width:${(width * 0.75).toFixed(1)}pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tbody>
${rows.join('\n')}
 </tbody>
</table>
</div>`;
}

export function cleanTable(t: GTable, report: Report, opts: ValueOptions, bare = false): string {
  const cell = (c: GCell, tag: 'td' | 'th') => {
    const text = c.role === 'value' ? formatValue(report, c.key!, c.numberKind, opts) : c.text;
    return `<${tag}${spanAttrs(c).replace(/=(\d+)/g, '="$1"')}>${esc(text)}</${tag}>`;
  };
  const head = t.rows.slice(0, t.head).map((row) => `<tr>${row.map((c) => cell(c, 'th')).join('')}</tr>`);
  const body = t.rows.slice(t.head).map((row) => `<tr>${row.filter((c) => !isDropped(c.key, opts)).map((c) => cell(c, 'td')).join('')}</tr>`);
  if (bare) return `<table border="1" cellspacing="0" cellpadding="4" width="100%">\n${[...head, ...body].join('\n')}\n</table>`;
  return `<table class="table table-bordered report-table">
${head.length ? `<thead>\n${head.join('\n')}\n</thead>\n` : ''}<tbody>
${body.join('\n')}
</tbody>
</table>`;
}

/** the table stripped by a CMS editor: one <p> per cell, in reading order */
export function flatTable(t: GTable, report: Report, opts: ValueOptions): string {
  const out: string[] = [];
  for (const row of t.rows) {
    for (const c of row.filter((x) => !isDropped(x.key, opts))) {
      const text = c.role === 'value' ? formatValue(report, c.key!, c.numberKind, opts) : c.text;
      if (text) out.push(`<p style="text-align:center">${esc(text)}</p>`);
    }
  }
  return out.join('\n');
}
