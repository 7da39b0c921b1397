// Caps that bound the work per page, whatever the page holds. Chromium clamps spans the same way,
// so the browser and the CLI still build the same grid.
export const MAX_COLSPAN = 1000;
export const MAX_ROWSPAN = 65534;
/** grid cells per table after span expansion; a larger table is cut and the page marked truncated */
export const MAX_GRID_CELLS = 200_000;
export const MAX_TABLE_ROWS = 5_000;
export const MAX_TABLE_COLS = 1_000;
/** text kept per block and per page */
export const MAX_BLOCK_TEXT = 20_000;
export const MAX_BLOCKS = 50_000;
export const MAX_TABLES = 2_000;
/**
 * Beyond these the content script does not audit by itself (the user can still ask): counted, never walked,
 * so that declining a huge page costs the page next to nothing.
 */
export const AUTO_AUDIT_MAX_ELEMENTS = 200_000;
export const AUTO_AUDIT_MAX_TEXT = 3_000_000;
/** elements nested deeper than this are not read (Chromium's own parser stops nesting at 512) */
export const MAX_DEPTH = 300;
/** PDF: pages read, text items kept over the whole file, lines taken from one page's drawing */
export const MAX_PDF_PAGES = 300;
export const MAX_PDF_ITEMS = 300_000;
export const MAX_PDF_RULES = 20_000;
