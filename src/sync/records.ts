// How a workspace record lives in a Yjs document: one Y.Map per record, one entry per field, so
// two people changing different fields of one record both win. A few fields get a richer shared
// type, because their parts are edited separately:
// - a card's text is a Y.Text: two people typing into one card merge as text;
// - an emotion lane's scores are a Y.Map keyed by stage: scores of different stages never clash;
// - a hypothesis' plan is a Y.Map of its fields; its readings and status history are Y.Arrays,
//   so readings added at once in two places are both kept.
// Everything else is a plain value, last writer wins.
import * as Y from 'yjs';
import { asBytes } from '../domain/bytes';
import { photoBlobFromBytes, photoBytesOf } from '../domain/photoBytes';
import type { EntityTable } from '../domain/types';
import { mergeText } from '../domain/textMerge';

type Plain = Record<string, unknown>;

const TEXT_FIELDS: Partial<Record<EntityTable, readonly string[]>> = { cards: ['text'] };
const MAP_FIELDS: Partial<Record<EntityTable, readonly string[]>> = { lanes: ['scores'], hypotheses: ['plan'] };
const ARRAY_FIELDS: Partial<Record<EntityTable, readonly string[]>> = { hypotheses: ['readings', 'history'] };

/** A persona photo as Yjs can hold it (a Blob cannot be encoded). */
interface StoredPhoto {
  type: string;
  bytes: Uint8Array;
}

const blobs = new WeakMap<object, Blob>();

function kindOf(table: EntityTable, field: string): 'text' | 'map' | 'array' | 'photo' | 'plain' {
  if (TEXT_FIELDS[table]?.includes(field)) return 'text';
  if (MAP_FIELDS[table]?.includes(field)) return 'map';
  if (ARRAY_FIELDS[table]?.includes(field)) return 'array';
  if (table === 'personas' && field === 'photo') return 'photo';
  return 'plain';
}

/** The record as a plain object, as the store and the domain know it. */
export function readRecord(table: EntityTable, ymap: Y.Map<unknown>): Plain {
  const out: Plain = {};
  for (const [field, value] of ymap.entries()) {
    if (value instanceof Y.Text) out[field] = value.toString();
    else if (value instanceof Y.Map) out[field] = value.toJSON();
    else if (value instanceof Y.Array) out[field] = value.toArray();
    else if (table === 'personas' && field === 'photo') out[field] = photoBlob(value);
    else out[field] = value;
  }
  return out;
}

function photoBlob(value: unknown): Blob | null {
  if (!value || typeof value !== 'object') return null;
  const stored = value as StoredPhoto;
  const bytes = asBytes(stored.bytes);
  if (!bytes || typeof stored.type !== 'string') return null;
  // The same stored value gives the same Blob: the store sees no change where there is none.
  let blob = blobs.get(stored);
  if (!blob) {
    blob = photoBlobFromBytes(bytes, stored.type);
    blobs.set(stored, blob);
  }
  return blob;
}

/** A new record's Y.Map, filled from its plain value. */
export function createRecord(table: EntityTable, value: Plain): Y.Map<unknown> {
  const ymap = new Y.Map<unknown>();
  for (const [field, v] of Object.entries(value)) {
    if (v === undefined) continue;
    ymap.set(field, initialValue(table, field, v));
  }
  return ymap;
}

function initialValue(table: EntityTable, field: string, value: unknown): unknown {
  switch (kindOf(table, field)) {
    case 'text':
      return new Y.Text(typeof value === 'string' ? value : '');
    case 'map': {
      if (value === null || typeof value !== 'object') return value;
      const inner = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(value)) if (v !== undefined) inner.set(k, v);
      return inner;
    }
    case 'array':
      return Array.isArray(value) ? Y.Array.from(value) : value;
    case 'photo':
      return storedPhoto(value);
    default:
      return value;
  }
}

function storedPhoto(value: unknown): StoredPhoto | null {
  if (!(value instanceof Blob)) return null;
  const bytes = photoBytesOf(value);
  // A photo whose bytes are not known yet is written when they are (see pendingPhotos).
  return bytes ? { type: value.type, bytes } : null;
}

/** Photos a write could not store yet because their bytes had to be read first. */
export function pendingPhoto(table: EntityTable, value: Plain | undefined): Blob | null {
  if (table !== 'personas' || !value) return null;
  const photo = value.photo;
  return photo instanceof Blob && !photoBytesOf(photo) ? photo : null;
}

/**
 * Bring an existing record's Y.Map to `next`, writing only the fields that differ. `textBase`
 * is the card text the person started editing from: their change is merged into the current
 * text (which may hold another person's typing since), not written over it.
 */
export function writeRecord(table: EntityTable, ymap: Y.Map<unknown>, next: Plain, textBase?: string): void {
  for (const field of [...ymap.keys()]) if (next[field] === undefined) ymap.delete(field);
  for (const [field, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const current = ymap.get(field);
    switch (kindOf(table, field)) {
      case 'text':
        if (current instanceof Y.Text && typeof value === 'string') writeText(current, value, textBase);
        else ymap.set(field, initialValue(table, field, value));
        break;
      case 'map':
        if (current instanceof Y.Map && value !== null && typeof value === 'object') writeMap(current, value as Plain);
        else if (!samePlain(current, value)) ymap.set(field, initialValue(table, field, value));
        break;
      case 'array':
        if (current instanceof Y.Array && Array.isArray(value)) writeArray(current, value);
        else ymap.set(field, initialValue(table, field, value));
        break;
      case 'photo':
        if (value instanceof Blob && current && photoBlob(current) === value) break;
        if (value === null && current === null) break;
        if (value instanceof Blob && !photoBytesOf(value)) break; // written once its bytes are read
        ymap.set(field, storedPhoto(value));
        break;
      default:
        if (!samePlain(current, value)) ymap.set(field, value);
    }
  }
}

function writeText(ytext: Y.Text, next: string, base?: string): void {
  const current = ytext.toString();
  if (current === next) return;
  // Without a base, the person's edit was made against what this tab showed: the current text.
  const edit = mergeText(base ?? current, next, current);
  if (edit.deleteCount) ytext.delete(edit.index, edit.deleteCount);
  if (edit.insert) ytext.insert(edit.index, edit.insert);
}

function writeMap(ymap: Y.Map<unknown>, next: Plain): void {
  for (const key of [...ymap.keys()]) if (next[key] === undefined) ymap.delete(key);
  for (const [key, value] of Object.entries(next)) {
    if (value !== undefined && !samePlain(ymap.get(key), value)) ymap.set(key, value);
  }
}

/**
 * Items are matched by their `id` when they have one (readings), else by value (status
 * history): items gone are deleted, new ones inserted at their place, and a concurrent
 * insertion elsewhere survives.
 */
function writeArray(yarray: Y.Array<unknown>, next: unknown[]): void {
  const keyOf = (item: unknown) =>
    item && typeof item === 'object' && typeof (item as Plain).id === 'string' ? `id:${(item as Plain).id}` : JSON.stringify(item);
  const wanted = new Map<string, number>();
  next.forEach((item, i) => wanted.set(keyOf(item), i));
  const current = yarray.toArray();
  for (let i = current.length - 1; i >= 0; i--) {
    const key = keyOf(current[i]);
    const at = wanted.get(key);
    // An item whose content changed (same id, other value) is replaced.
    if (at === undefined || !samePlain(current[i], next[at])) yarray.delete(i, 1);
  }
  const kept = new Set(yarray.toArray().map(keyOf));
  let position = 0;
  for (const item of next) {
    const key = keyOf(item);
    if (kept.has(key)) {
      const found = yarray.toArray().findIndex((x) => keyOf(x) === key);
      position = found + 1;
    } else {
      yarray.insert(position, [item]);
      position += 1;
    }
  }
}

function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
