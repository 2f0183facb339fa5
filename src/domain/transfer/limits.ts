// How much one import may bring. The limits keep the tab responsive: everything under them
// parses, checks and lands in a few hundred milliseconds; anything over them is refused with
// a message before the expensive work starts. docs/format.md lists them.

/** The largest file read at all; larger ones are refused before reading (photos included). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The most records of each kind one file may hold. */
export const MAX_RECORDS = {
  segments: 200,
  personas: 1_000,
  maps: 200,
  stages: 5_000,
  lanes: 5_000,
  cards: 20_000,
  links: 20_000,
  hypotheses: 2_000,
  channels: 500,
} as const;

/**
 * The most cards of one map. `npm run bench` measures maps of 5,000 cards (open in ~1.6 s,
 * usable); larger ones would make the editor crawl, so a file or table cannot bring one.
 */
export const MAX_CARDS_PER_MAP = 5_000;

export const MAX_ID = 200;
/** Titles and names of maps, stages, lanes, segments, personas and channels. */
export const MAX_NAME = 500;
/** Card texts, descriptions, notes, hypothesis statements. */
export const MAX_TEXT = 20_000;
/** A persona photo as a data: URL (the app stores ~320 px JPEGs of 20-60 KB). */
export const MAX_PHOTO_CHARS = 4_000_000;
export const MAX_READINGS = 5_000;
export const MAX_HISTORY = 1_000;

/** Spreadsheets: stages (columns), lanes (rows) and cards (lines of cells). */
export const MAX_TABLE_STAGES = 200;
export const MAX_TABLE_LANES = 100;
export const MAX_TABLE_CARDS = MAX_CARDS_PER_MAP;
/** A pasted table larger than this is refused before parsing. */
export const MAX_TABLE_CHARS = 5 * 1024 * 1024;
