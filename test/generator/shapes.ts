// Every page shape a generated report can be rendered in, behind one function.
import { wrapPage } from './render/chrome';
import { renderArticle, type ArticleOptions, type ArticleStyle } from './render/article';
import { renderText, type TextStyle } from './render/text';
import type { ReportDoc } from './document';
import { makeRng } from './prng';
import { TEMPLATES } from '../../src/template';
import type { PlaceholderStyle } from './values';

export const HTML_SHAPES = ['word', 'clean', 'flat', 'split', 'fullwidth', 'layout', 'pre', 'placeholders'] as const;
export const TEXT_SHAPES = ['tsv', 'markdown', 'lines'] as const;
export type HtmlShape = (typeof HTML_SHAPES)[number];
export type TextShape = (typeof TEXT_SHAPES)[number];
export type Shape = HtmlShape | TextShape;
export const ALL_SHAPES: Shape[] = [...HTML_SHAPES, ...TEXT_SHAPES];

export interface RenderOptions extends ArticleOptions {
  charset?: string;
  noMetaTable?: boolean;
}

export interface Rendered {
  shape: Shape;
  kind: 'html' | 'text';
  content: string;
}

const ARTICLE_STYLE: Record<HtmlShape, ArticleStyle> = {
  word: 'word', clean: 'clean', flat: 'flat', split: 'word', fullwidth: 'word', layout: 'word', pre: 'pre', placeholders: 'word',
};

/** the options a shape implies, before the caller's own */
function shapeDefaults(doc: ReportDoc, shape: Shape): RenderOptions {
  const rng = makeRng(doc.report.seed).fork(`shape:${shape}`);
  switch (shape) {
    case 'split': {
      const rows = TEMPLATES[doc.report.template].table3.rows.map((r) => r.id);
      return { splitTable3After: rng.pick(rows.slice(rows.indexOf('refused.4'), rows.indexOf('notProcessed.4'))) };
    }
    case 'fullwidth': return { fullWidth: true };
    case 'placeholders': return { placeholders: { style: rng.pick<PlaceholderStyle>(['blank', '—', '/', '无', 'mixed']), totals: false } };
    default: return {};
  }
}

export function render(doc: ReportDoc, shape: Shape, extra: RenderOptions = {}): Rendered {
  const opts = { ...shapeDefaults(doc, shape), ...extra };
  if ((TEXT_SHAPES as readonly string[]).includes(shape)) {
    return { shape, kind: 'text', content: renderText(doc, shape as TextStyle, opts) };
  }
  const rng = makeRng(doc.report.seed).fork(`render:${shape}`);
  const body = renderArticle(doc, ARTICLE_STYLE[shape as HtmlShape], opts, rng);
  const r = doc.report;
  const content = wrapPage({
    agency: r.agency, title: doc.title, publishedAt: r.publishedAt, body, rng: rng.fork('chrome'),
    layoutTables: shape === 'layout', charset: opts.charset, noMetaTable: opts.noMetaTable,
  });
  return { shape, kind: 'html', content };
}
