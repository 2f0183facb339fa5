// How much one import may bring. The figures for records, maps and texts are the app's own
// (../limits.ts: the editor enforces the same ones, so every export imports again); this file
// adds what only reading a file needs. Anything over a limit is refused with a message before
// the expensive work starts. docs/format.md lists them.
import { MAX_CARDS_PER_MAP, MAX_LANES_PER_MAP, MAX_STAGES_PER_MAP } from '../limits';

export {
  MAX_CARDS_PER_MAP,
  MAX_FILE_BYTES,
  MAX_HISTORY,
  MAX_ID,
  MAX_LANES_PER_MAP,
  MAX_NAME,
  MAX_PER_MAP,
  MAX_PHOTO_CHARS,
  MAX_READINGS,
  MAX_RECORDS,
  MAX_STAGES_PER_MAP,
  MAX_TEXT,
} from '../limits';


/** Spreadsheets: stages (columns), lanes (rows) and cards (lines of cells) - one map's worth. */
export const MAX_TABLE_STAGES = MAX_STAGES_PER_MAP;
export const MAX_TABLE_LANES = MAX_LANES_PER_MAP;
export const MAX_TABLE_CARDS = MAX_CARDS_PER_MAP;
/** A pasted table larger than this is refused before parsing. */
export const MAX_TABLE_CHARS = 5 * 1024 * 1024;
