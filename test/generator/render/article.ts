// The article body (what the CMS's editor holds) in each markup style.
import type { Part, ReportDoc } from '../document';
import { gridFor, splitGrid, type GTable } from '../grid';
import type { Rng } from '../prng';
import { TEMPLATES } from '../../../src/template';
import { toFullWidth, type ValueOptions } from '../values';
import { esc } from './escape';
import { cleanTable, flatTable, wordTable } from './tables';
import { tsvTable } from './text';
import { wordRuns } from './word-runs';

export type ArticleStyle = 'word' | 'clean' | 'flat' | 'pre';

export interface ArticleOptions extends ValueOptions {
  /** split table 3 in two <table>s after this template row id */
  splitTable3After?: string;
}

const WORD_BREAK = "<p class=MsoNormal><span lang=EN-US style='font-size:10.5pt'><br clear=all style='page-break-before:always'></span></p>\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>";

function tablesOf(doc: ReportDoc, no: 2 | 3 | 4, opts: ArticleOptions): GTable[] {
  const t = gridFor(no, doc.report.template);
  if (no !== 3 || !opts.splitTable3After) return [t];
  const i = TEMPLATES[doc.report.template].table3.rows.findIndex((r) => r.id === opts.splitTable3After);
  if (i < 0) throw new Error(`no row ${opts.splitTable3After}`);
  return splitGrid(t, t.head + i);
}

function tableMarkup(style: ArticleStyle, doc: ReportDoc, no: 2 | 3 | 4, opts: ArticleOptions, rng: Rng): string {
  const parts = tablesOf(doc, no, opts);
  const one = (t: GTable) => {
    switch (style) {
      case 'word': return wordTable(t, doc.report, opts, rng);
      case 'clean': return cleanTable(t, doc.report, opts);
      case 'flat': return flatTable(t, doc.report, opts);
      case 'pre': return `<pre>\n${esc(tsvTable(t, doc.report, opts))}\n</pre>`;
    }
  };
  return parts.map(one).join(style === 'word' ? `\n${WORD_BREAK}\n` : '\n<p>&nbsp;</p>\n');
}

function wordPart(p: Part, rng: Rng, fw: (s: string) => string): string {
  switch (p.kind) {
    case 'title':
      return `<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>${esc(p.text)}</span></b></p>`;
    case 'heading':
      return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>${p.level === 1 ? '<b>' : ''}${wordRuns(p.text, rng, p.level === 1 ? 'heading' : 'sub')}${p.level === 1 ? '</b>' : ''}<span lang=EN-US><o:p></o:p></span></p>`;
    case 'para':
      return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>${wordRuns(fw(p.text), rng, 'body')}<span lang=EN-US><o:p></o:p></span></p>`;
    case 'signature':
      return [p.agency, fw(p.date)].map((s) => `<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt'>${wordRuns(s, rng, 'body')}<span lang=EN-US><o:p></o:p></span></p>`).join('\n');
    case 'table':
      return '';
  }
}

function cleanPart(p: Part, fw: (s: string) => string): string {
  switch (p.kind) {
    case 'title': return `<p style="text-align:center"><strong>${esc(p.text)}</strong></p>`;
    case 'heading': return p.level === 1 ? `<h2>${esc(p.text)}</h2>` : `<h3>${esc(p.text)}</h3>`;
    case 'para': return `<p>${esc(fw(p.text))}</p>`;
    case 'signature': return `<p style="text-align:right">${esc(p.agency)}</p>\n<p style="text-align:right">${esc(fw(p.date))}</p>`;
    case 'table': return '';
  }
}

export function renderArticle(doc: ReportDoc, style: ArticleStyle, opts: ArticleOptions, rng: Rng): string {
  const fw = opts.fullWidth ? toFullWidth : (s: string) => s;
  return doc.parts.map((p) => {
    if (p.kind === 'table') return tableMarkup(style, doc, p.table, opts, rng);
    return style === 'word' ? wordPart(p, rng, fw) : cleanPart(p, fw);
  }).join('\n');
}
