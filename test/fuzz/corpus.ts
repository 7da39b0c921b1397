// Base pages the fuzzer mutates: the real report page (slimmed), the seed reports as text and as HTML.
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';

export interface Base {
  name: string;
  kind: 'html' | 'text';
  content: string;
}

const root = new URL('../fixtures/', import.meta.url).pathname;
const REAL = `${root}real/shuyang-fgj-2023.html`;
const SEEDS = `${root}seeds/`;

/**
 * The real page without its site chrome and Word run markup: the same report, tables, spans and headings,
 * at a quarter of the parse time, so that a thousand mutated copies fit in the test run.
 */
function slim(html: string): string {
  const $ = load(html);
  $('script, style, link, input, img, ul, o\\:p').remove();
  $('span, font, strong, a').each((_, el) => { $(el).replaceWith($(el).contents()); });
  $('*').each((_, el) => {
    for (const name of Object.keys($(el).attr() ?? {})) if (name !== 'colspan' && name !== 'rowspan') $(el).removeAttr(name);
  });
  return $.html().replace(/\n\s*\n+/g, '\n');
}

/** a seed's text as a CMS would publish it: pipe and tab rows as table rows, # lines as headings */
function seedToHtml(text: string): string {
  const out: string[] = [];
  let rows: string[] = [];
  const endTable = () => { if (rows.length) out.push(`<table border="1">${rows.join('')}</table>`); rows = []; };
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*\|.*\|\s*$/.test(line)) {
      if (!/^[\s|:-]+$/.test(line)) rows.push(row(line.trim().slice(1, -1).split('|')));
    } else if (line.includes('\t')) {
      rows.push(row(line.split('\t')));
    } else if (line.trim()) {
      endTable();
      const h = /^#{1,6}\s+(.*)$/.exec(line);
      out.push(h ? `<h2>${esc(h[1])}</h2>` : `<p>${esc(line)}</p>`);
    }
  }
  endTable();
  const title = /(.*年度报告)/.exec(text)?.[1]?.replace(/^#+\s*/, '') ?? '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>${out.join('\n')}</body></html>`;
}

const row = (fields: string[]) => `<tr>${fields.map((f) => `<td>${esc(f.trim())}</td>`).join('')}</tr>`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function loadCorpus(): Base[] {
  const real = readFileSync(REAL, 'utf8');
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: f, text: readFileSync(SEEDS + f, 'utf8') }));
  return [
    { name: 'real-slim', kind: 'html', content: slim(real) },
    ...seeds.map((s): Base => ({ name: `${s.name}.html`, kind: 'html', content: seedToHtml(s.text) })),
    ...seeds.map((s): Base => ({ name: s.name, kind: 'text', content: s.text })),
  ];
}

/** the real page as published, for the few cases that run on it whole */
export const realPage = () => ({ name: 'real', kind: 'html', content: readFileSync(REAL, 'utf8') }) satisfies Base;
