// Older files are brought up to the current version one step at a time before they are
// checked: migration N turns a version-N document into a version-N+1 one. A step only
// reshapes what it recognises and leaves anything odd in place for the schema to report, so
// it never throws on hostile input.
import { CURRENT_VERSION, FORMAT } from './version';

type Doc = Record<string, unknown>;
type Migration = (doc: Doc) => Doc;

const isObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

const V0_TABLES = ['segments', 'personas', 'maps', 'stages', 'lanes', 'cards', 'links', 'hypotheses', 'channels'] as const;

/**
 * Version 0 is the raw workspace as the app holds it in memory (`JSON.stringify` of the store:
 * every table an object keyed by id, lane scores keyed by stage id, no envelope). Tropa has
 * no "export" of that shape, but such dumps exist (a console copy, early bug reports); they
 * import as a workspace.
 */
export function looksLikeVersion0(doc: Doc): boolean {
  return !('format' in doc) && isObject(doc.maps) && isObject(doc.stages) && isObject(doc.lanes) && isObject(doc.cards);
}

/**
 * The first crash-safety release downloaded backups as `{ "format": "tropa-backup",
 * "version": 1, "savedAt", "workspace": <a version-0 dump, photos null> }` before this format
 * existed. Such a file is read as the version-0 dump it wraps.
 */
export function unwrapLegacyBackup(doc: Doc): Doc {
  return doc.format === 'tropa-backup' && isObject(doc.workspace) ? doc.workspace : doc;
}

/** Version 0 -> 1: the envelope, tables as lists, lane scores as a list, photos dropped (a Blob dumps as `{}`). */
function fromVersion0(doc: Doc): Doc {
  const next: Doc = { format: FORMAT, version: 1, kind: 'workspace', exportedAt: '' };
  for (const table of V0_TABLES) {
    const records = doc[table];
    // A dump from before the channel library has no channels table.
    next[table] = records === undefined ? [] : isObject(records) ? Object.values(records) : records;
  }
  next.lanes = Array.isArray(next.lanes)
    ? next.lanes.map((lane) =>
        isObject(lane) && isObject(lane.scores)
          ? { ...lane, scores: Object.entries(lane.scores).map(([stageId, score]) => ({ stageId, score })) }
          : lane,
      )
    : next.lanes;
  next.personas = Array.isArray(next.personas)
    ? next.personas.map((persona) =>
        isObject(persona) && (persona.photo === undefined || persona.photo === null || isObject(persona.photo))
          ? { ...persona, photo: null }
          : persona,
      )
    : next.personas;
  return next;
}

/** migrations[N] turns version N into version N+1. */
export const MIGRATIONS: Record<number, Migration> = { 0: fromVersion0 };

export type VersionCheck =
  | { ok: true; version: number }
  | { ok: false; code: 'notTropa' | 'versionInvalid' | 'versionNewer'; version?: unknown };

/** Which version a parsed document claims to be, before anything else is trusted. */
export function detectVersion(doc: Doc): VersionCheck {
  if (looksLikeVersion0(doc)) return { ok: true, version: 0 };
  if (doc.format !== FORMAT) return { ok: false, code: 'notTropa' };
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, code: 'versionInvalid', version };
  if (version > CURRENT_VERSION) return { ok: false, code: 'versionNewer', version };
  return { ok: true, version };
}

/** Run the chain from `version` up to the current one. */
export function migrate(doc: Doc, version: number, migrations: Record<number, Migration> = MIGRATIONS): Doc {
  let current = doc;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from format version ${v}`);
    current = step(current);
  }
  return current;
}
