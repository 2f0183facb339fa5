// What of a file the workspace already has. A file exported from this workspace (or imported
// into it before) brings records it holds: under the same ids, or the same content under other
// ids. Segments and personas identical to existing ones are reused instead of duplicated;
// maps that exist are named to the user, who chooses to replace them or to import copies.
import { photoBytesOf } from '../photoBytes';
import { rankedSegments } from '../operations/segments';
import type { Hypothesis, Id, JourneyMap, Persona, Segment, Workspace } from '../types';
import { dataUrlToBytes } from './photoData';
import type { TropaFile } from './schema';

type FileSegment = TropaFile['segments'][number];
type FilePersona = TropaFile['personas'][number];
type FileHypothesis = TropaFile['hypotheses'][number];

/** The bytes of a workspace photo, when known (read them first: loadPhotoBytes). */
export type PhotoBytes = (photo: Blob) => Uint8Array | undefined;

/** A record of a table by id: own keys only, so an id like "constructor" finds nothing. */
export function own<T>(table: Record<Id, T>, id: Id): T | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

/** Plain values equal field by field; a missing field counts as null (an older record lacks it). */
function samePlain(a: unknown, b: unknown): boolean {
  a ??= null;
  b ??= null;
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!samePlain(left[key], right[key])) return false;
  return true;
}

/** The fields that say what a record is, leaving out its id, its times and whatever `skip` names. */
function content(record: object, skip: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (!['id', 'createdAt', 'updatedAt', ...skip].includes(key)) out[key] = value;
  return out;
}

/** The rank is the segment's place in the workspace's list, not what it says: it is left out. */
export function sameSegment(file: FileSegment, existing: Segment): boolean {
  return samePlain(content(file, ['rank']), content(existing, ['rank']));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Same fields, and the same photo byte for byte (or neither has one). The segment is the caller's. */
export function samePersona(file: FilePersona, existing: Persona, photoBytes: PhotoBytes = photoBytesOf): boolean {
  if (!samePlain(content(file, ['segmentId', 'photo']), content(existing, ['segmentId', 'photo']))) return false;
  const photo = existing.photo ?? null;
  if (file.photo === null || photo === null) return file.photo === null && photo === null;
  const bytes = photoBytes(photo);
  // Bytes not read yet: not known to be the same, so the persona is not reused.
  return bytes !== undefined && sameBytes(dataUrlToBytes(file.photo), bytes);
}

/** What a hypothesis says and found; where it points (map, stage, card) and reading ids aside. */
export function sameHypothesis(file: FileHypothesis, existing: Hypothesis): boolean {
  const skip = ['mapId', 'stageId', 'recommendationCardId', 'readings'] as const;
  const readings = (h: FileHypothesis | Hypothesis) => h.readings.map(({ id: _id, ...reading }) => reading);
  return samePlain(content(file, skip), content(existing, skip)) && samePlain(readings(file), readings(existing));
}

/** The workspace segment each file segment is identical to: the one of its id first, else the first by rank. */
export function matchSegments(file: TropaFile, ws: Workspace): Map<Id, Id> {
  const ranked = rankedSegments(ws);
  const matches = new Map<Id, Id>();
  for (const segment of file.segments) {
    const found = [own(ws.segments, segment.id), ...ranked].find((s) => s !== undefined && sameSegment(segment, s));
    if (found) matches.set(segment.id, found.id);
  }
  return matches;
}

/**
 * The workspace persona each file persona is identical to. Only within the workspace segment
 * its own segment matched: a map's persona has to belong to the map's segment.
 */
export function matchPersonas(file: TropaFile, ws: Workspace, segments: Map<Id, Id>, photoBytes: PhotoBytes = photoBytesOf): Map<Id, Id> {
  const matches = new Map<Id, Id>();
  const all = Object.values(ws.personas);
  for (const persona of file.personas) {
    const segmentId = segments.get(persona.segmentId);
    if (segmentId === undefined) continue;
    const found = [own(ws.personas, persona.id), ...all].find((p) => p?.segmentId === segmentId && samePersona(persona, p, photoBytes));
    if (found) matches.set(persona.id, found.id);
  }
  return matches;
}

export interface ExistingMap {
  /** The map's id in the file. */
  fileMapId: Id;
  /** The workspace map it is. */
  mapId: Id;
  /** The title in the file, and the workspace map's title (they differ when matched by id). */
  title: string;
  existingTitle: string;
}

const titleKey = (title: string) => title.trim().toLocaleLowerCase();

/**
 * The file's maps the workspace already has, in the file's order: the map of the same id, or
 * else one of the same title (ignoring case). Each workspace map answers one file map at most.
 */
export function existingMaps(file: TropaFile, ws: Workspace): ExistingMap[] {
  const found = new Map<Id, JourneyMap>();
  const claimed = new Set<Id>();
  // Ids first for every map, so a title never claims a map another file map has by id.
  for (const map of file.maps) {
    const byId = own(ws.maps, map.id);
    if (byId) {
      found.set(map.id, byId);
      claimed.add(byId.id);
    }
  }
  const newestFirst = Object.values(ws.maps).sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
  for (const map of file.maps) {
    if (found.has(map.id)) continue;
    const byTitle = newestFirst.find((m) => !claimed.has(m.id) && titleKey(m.title) === titleKey(map.title));
    if (byTitle) {
      found.set(map.id, byTitle);
      claimed.add(byTitle.id);
    }
  }
  return file.maps.flatMap((map) => {
    const existing = found.get(map.id);
    return existing ? [{ fileMapId: map.id, mapId: existing.id, title: map.title, existingTitle: existing.title }] : [];
  });
}
