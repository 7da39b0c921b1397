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
