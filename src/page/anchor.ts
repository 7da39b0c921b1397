// Anchors: short strings that find a piece of the page again, the same in the browser and in the CLI.
//   HTML:  "t<table>.r<row>.c<cell>" a table cell (index of the <table> among all tables the walker met,
//          of the <tr> among that table's own rows, of the cell in that row); "b<n>" the n-th text block.
//   text:  "L<line>" a line, "L<line>.f<field>" a field of a tab/pipe separated line.
//   PDF:   "p<page>.t<table>.r<row>.c<col>" a table cell (page from 1; table among that page's tables; row and
//          column of the cell's top-left corner in the grid the ruling lines or the aligned columns make);
//          "p<page>.t<table>" the table; "p<page>.b<n>" the n-th text block of the document (on that page).
//          pageOfAnchor reads the page back (findings carry it in Location.page).

export const cellAnchor = (table: number, row: number, cell: number) => `t${table}.r${row}.c${cell}`;
export const blockAnchor = (n: number) => `b${n}`;
export const lineAnchor = (line: number) => `L${line}`;
export const fieldAnchor = (line: number, field: number) => `L${line}.f${field}`;
export const pdfCellAnchor = (page: number, table: number, row: number, col: number) => `p${page}.t${table}.r${row}.c${col}`;
export const pdfTableAnchor = (page: number, table: number) => `p${page}.t${table}`;
export const pdfBlockAnchor = (page: number, n: number) => `p${page}.b${n}`;
/** the PDF page an anchor points into, or null for anchors of other sources */
export const pageOfAnchor = (anchor: string | null | undefined): number | null => {
  const m = anchor ? /^p(\d+)\.[tb]\d/.exec(anchor) : null;
  return m ? Number(m[1]) : null;
};
