// Anchors: short strings that find a piece of the page again, the same in the browser and in the CLI.
//   HTML:  "t<table>.r<row>.c<cell>" a table cell (index of the <table> among all tables the walker met,
//          of the <tr> among that table's own rows, of the cell in that row); "b<n>" the n-th text block.
//   text:  "L<line>" a line, "L<line>.f<field>" a field of a tab/pipe separated line.

export const cellAnchor = (table: number, row: number, cell: number) => `t${table}.r${row}.c${cell}`;
export const blockAnchor = (n: number) => `b${n}`;
export const lineAnchor = (line: number) => `L${line}`;
export const fieldAnchor = (line: number, field: number) => `L${line}.f${field}`;
