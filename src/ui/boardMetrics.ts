/** Fixed sizes of the board grid, shared by the board and its sticky header copies. */
export const LANE_HEADER_WIDTH = 200;
export const ADD_COLUMN_WIDTH = 56;
/** The board's border and the grid gap between cells, in px. */
export const GRID_GAP = 1;
