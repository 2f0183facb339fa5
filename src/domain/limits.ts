// One limits policy for everything Tropa holds. The same figures bound what an import
// accepts (transfer/schema.ts, transfer/importFile.ts) and what an edit may create
// (checkEdit, run by the store on every step): so whatever the app lets a person make, its
// export - the "Download backup" file included - imports again. docs/format.md lists them.
//
// Per map, the limits keep the editor usable: 200 stages x 100 lanes x 5,000 cards is the
// largest map the board opens promptly (a larger one is refused rather than frozen on).
// Per workspace, they are what one workspace (and so one workspace file) holds; an import
// counts what the workspace would hold after it. Texts and lists are bounded per record.
import { photoDataUrlLength, workspaceFileBytes, workspaceFileBytesAfter } from './fileSize';
import type { EntityTable, Id, RecordKey, Workspace } from './types';

export { photoDataUrlLength } from './fileSize';

/**
 * The largest file an import reads (photos included); larger ones are refused before reading.
 * The workspace as a file - the backup - may not grow past it either.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const MAX_ID = 200;
/** Titles and names of maps, stages, lanes, segments, personas and channels; a hypothesis's title and owner. */
export const MAX_NAME = 500;
/** Card texts, descriptions, notes, hypothesis statements. */
export const MAX_TEXT = 20_000;
/** A persona photo as a data: URL (the app stores ~320 px JPEGs of 20-60 KB). */
export const MAX_PHOTO_CHARS = 4_000_000;
export const MAX_READINGS = 5_000;
export const MAX_HISTORY = 1_000;

/** Columns of one map. */
export const MAX_STAGES_PER_MAP = 200;
/** Rows of one map. */
export const MAX_LANES_PER_MAP = 100;
/**
 * Cards of one map. `npm run bench` measures maps of 5,000 cards (open in ~1 s, usable);
 * larger ones would make the editor crawl.
 */
export const MAX_CARDS_PER_MAP = 5_000;

/**
 * The most records of each kind a workspace holds, and so a workspace file. Maps, stages,
 * lanes, cards and links are sized for a thousand maps (a map starts with nine lanes); the
 * others are far beyond any real use.
 */
export const MAX_RECORDS = {
  segments: 200,
  personas: 1_000,
  maps: 1_000,
  stages: 20_000,
  lanes: 20_000,
  cards: 50_000,
  links: 50_000,
  hypotheses: 2_000,
  channels: 500,
} as const satisfies Record<EntityTable, number>;

/** The per-map limits by table. */
export const MAX_PER_MAP = { stages: MAX_STAGES_PER_MAP, lanes: MAX_LANES_PER_MAP, cards: MAX_CARDS_PER_MAP } as const;
type MapTable = keyof typeof MAX_PER_MAP;

/** The longest each text field may be, by table: the same lengths the file schema checks. */
export const FIELD_LIMITS = {
  segments: { name: MAX_NAME, description: MAX_TEXT },
  personas: {
    name: MAX_NAME,
    gender: MAX_NAME,
    city: MAX_NAME,
    currency: MAX_NAME,
    interests: MAX_TEXT,
    onlineBehaviour: MAX_TEXT,
    habits: MAX_TEXT,
    goals: MAX_TEXT,
    pains: MAX_TEXT,
    quote: MAX_TEXT,
    notes: MAX_TEXT,
  },
  maps: { title: MAX_NAME },
  stages: { name: MAX_NAME },
  lanes: { name: MAX_NAME },
  cards: { text: MAX_TEXT },
  links: {},
  hypotheses: { title: MAX_NAME, owner: MAX_NAME, statement: MAX_TEXT, metric: MAX_TEXT, treatment: MAX_TEXT, control: MAX_TEXT, conclusion: MAX_TEXT },
  channels: { name: MAX_NAME },
} as const satisfies Record<EntityTable, Record<string, number>>;

/** Lists inside a record, by table. */
const LIST_LIMITS: Partial<Record<EntityTable, Record<string, number>>> = {
  hypotheses: { readings: MAX_READINGS, history: MAX_HISTORY },
};

/** What an edit would take past a limit. */
export type LimitProblem =
  | { code: 'tooMany'; table: EntityTable; count: number; limit: number }
  | { code: 'tooManyInMap'; table: MapTable; mapId: Id; count: number; limit: number }
  | { code: 'tooLong'; table: EntityTable; field: string; length: number; limit: number }
  | { code: 'listTooLong'; table: EntityTable; field: string; count: number; limit: number }
  | { code: 'photoTooLarge'; length: number; limit: number }
  | { code: 'backupTooLarge'; bytes: number; limit: number };

/** Thrown (by the store) for an edit that would go past a limit: the edit is not made. */
export class LimitExceeded extends Error {
  constructor(readonly problem: LimitProblem) {
    super(`Tropa's limit: ${JSON.stringify(problem)}`);
    this.name = 'LimitExceeded';
  }
}

type Row = Record<string, unknown>;
const rowOf = (ws: Workspace, key: RecordKey): Row | undefined => (ws[key.table] as unknown as Record<Id, Row>)[key.id];

/** The problem with one record an edit wrote, compared with what it was; null when within the limits. */
function recordProblem(table: EntityTable, next: Row, prev: Row | undefined): LimitProblem | null {
  // A value already past its limit (from an older Tropa) is not held against an unrelated edit.
  const changed = (field: string) => prev === undefined || prev[field] !== next[field];
  for (const [field, limit] of Object.entries(FIELD_LIMITS[table] as Record<string, number>)) {
    const value = next[field];
    if (typeof value === 'string' && value.length > limit && changed(field)) return { code: 'tooLong', table, field, length: value.length, limit };
  }
  for (const [field, limit] of Object.entries(LIST_LIMITS[table] ?? {})) {
    const list = next[field];
    const before = prev?.[field];
    if (Array.isArray(list) && list.length > limit && list.length > (Array.isArray(before) ? before.length : 0)) {
      return { code: 'listTooLong', table, field, count: list.length, limit };
    }
  }
  if (table === 'personas' && changed('photo')) {
    const photo = next.photo as { size?: unknown; type?: string } | null | undefined;
    if (photo && typeof photo.size === 'number') {
      const length = photoDataUrlLength({ size: photo.size, type: photo.type });
      if (length > MAX_PHOTO_CHARS) return { code: 'photoTooLarge', length, limit: MAX_PHOTO_CHARS };
    }
  }
  return null;
}

/** How many records of `table` each of `mapIds` has. */
function countPerMap(ws: Workspace, table: MapTable, mapIds: ReadonlySet<Id>): Map<Id, number> {
  const counts = new Map<Id, number>();
  for (const record of Object.values(ws[table])) {
    if (mapIds.has(record.mapId)) counts.set(record.mapId, (counts.get(record.mapId) ?? 0) + 1);
  }
  return counts;
}

/**
 * The first limit an edit (the step from `before` to `after`, which wrote the records in
 * `changed`) goes past, or null. Only growth counts: a workspace that is already over a limit
 * (made by an older Tropa) can still be edited and shrunk, just not grown further.
 */
export function checkEdit(before: Workspace, after: Workspace, changed: readonly RecordKey[]): LimitProblem | null {
  const added = new Map<EntityTable, number>();
  const grownMaps: Record<MapTable, Set<Id>> = { stages: new Set(), lanes: new Set(), cards: new Set() };
  for (const key of changed) {
    const next = rowOf(after, key);
    if (!next) continue;
    const prev = rowOf(before, key);
    const problem = recordProblem(key.table, next, prev);
    if (problem) return problem;
    const table = key.table;
    if (table === 'stages' || table === 'lanes' || table === 'cards') {
      // A new record, or one that moved to another map (an import replacing a map).
      if (!prev || prev.mapId !== next.mapId) grownMaps[table].add(next.mapId as Id);
    }
    if (!prev) added.set(table, (added.get(table) ?? 0) + 1);
  }
  for (const table of added.keys()) {
    const total = Object.keys(after[table]).length;
    if (total > MAX_RECORDS[table] && total > Object.keys(before[table]).length) {
      return { code: 'tooMany', table, count: total, limit: MAX_RECORDS[table] };
    }
  }
  for (const table of Object.keys(grownMaps) as MapTable[]) {
    if (grownMaps[table].size === 0) continue;
    const limit = MAX_PER_MAP[table];
    const counts = countPerMap(after, table, grownMaps[table]);
    const over = [...counts].filter(([, n]) => n > limit);
    if (over.length === 0) continue;
    const was = countPerMap(before, table, new Set(over.map(([mapId]) => mapId)));
    for (const [mapId, count] of over) {
      if (count > (was.get(mapId) ?? 0)) return { code: 'tooManyInMap', table, mapId, count, limit };
    }
  }
  // Last, the whole backup: measured incrementally, from the sizes of the records written.
  const bytes = workspaceFileBytesAfter(before, after, changed);
  if (bytes > MAX_FILE_BYTES && bytes > workspaceFileBytes(before)) return { code: 'backupTooLarge', bytes, limit: MAX_FILE_BYTES };
  return null;
}

/** The first `length` UTF-16 units of `text`, without cutting a character in two. */
function cut(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/**
 * A text made from others (a statement worded from a card and its barriers) cut to fit its
 * field, ending in "…". Only for derived texts: what a person typed is refused, never cut.
 */
export function clipText(text: string, limit: number): string {
  return text.length > limit ? `${cut(text, limit - 1)}…` : text;
}

/**
 * A name made by wrapping another ("X (imported)", "Copy of X") within `limit` characters:
 * when the result is too long, `base` is shortened, ending in "…", and the wrapping kept.
 */
export function fitName(base: string, wrap: (base: string) => string, limit = MAX_NAME): string {
  const whole = wrap(base);
  if (whole.length <= limit) return whole;
  const keep = Math.max(0, base.length - (whole.length - limit) - 1);
  return clipText(wrap(`${cut(base, keep)}…`), limit);
}
