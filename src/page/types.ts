// The page model: what every host (live DOM, cheerio, plain text) reads a page into.
// Plain, JSON-serialisable data; no DOM nodes or cheerio objects past this point.

/** One cell of a table as it stands on the page. `anchor` finds it again (see src/page/anchor.ts). */
export interface PageCell {
  text: string;
  anchor: string;
  /** false for the copies that rowspan/colspan expansion puts in further grid positions */
  origin: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** block anchor: "t<N>" for an HTML <table>, "L<line>" for text tables, "p<page>.t<N>" for a PDF table */
  anchor: string;
  rows: PageCell[][];
  /**
   * In tab-separated or one-cell-per-line text, empty fields are layout, not cells.
   * In an HTML table or a markdown pipe table every field is a cell (an empty one is a placeholder).
   */
  emptyIsLayout: boolean;
  /** where the grid came from, for messages and debugging */
  shape: 'html' | 'tsv' | 'markdown' | 'lines' | 'aligned' | 'pdf';
}

export interface TextBlock {
  kind: 'text';
  anchor: string;
  text: string;
  /** h1–h6, markdown "#" heading, or a <title>-like element */
  heading?: boolean;
}

export type Block = TableBlock | TextBlock;

export interface PageDoc {
  /** <title>, or the first lines of a text file */
  title: string;
  /** <meta name|property → content>, lower-cased names */
  meta: Record<string, string>;
  blocks: Block[];
  /** set when a cap (grid size, text length) cut the page short */
  truncated?: string;
  /** set when the file holds nothing to read (a scanned PDF: images, no text layer); the reason, for the user */
  unreadable?: string;
}
