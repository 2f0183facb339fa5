// How many bytes the workspace takes as a Tropa file - the "Download backup" file, written by
// fileToJson(exportWorkspace(ws)) - counted without writing it, so an edit that would make the
// backup larger than an import reads can be refused (limits.ts). Each record's share is the
// exact length of its indented JSON, cached per record object: immer keeps unchanged records
// identical, so an edit measures only what it wrote.
import type { EntityTable, Lane, Workspace } from './types';

/** `data:image/jpeg;base64,` and the photo's bytes in base64: 4 characters per 3 bytes. */
export function photoDataUrlLength(photo: { size: number; type?: string }): number {
  return `data:${photo.type || 'image/jpeg'};base64,`.length + Math.ceil(photo.size / 3) * 4;
}

/** UTF-8 bytes of JSON text (JSON.stringify leaves no half surrogate pair unescaped). */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a pair: 2 UTF-16 units, 4 bytes
      i++;
    } else bytes += code < 0x800 ? 1 : 2;
  }
  return bytes;
}

/** A record as the file writes it: lane scores as a list, the photo apart (see below). */
function asFileRecord(table: EntityTable, record: object): object {
  if (table === 'lanes') {
    const lane = record as Lane;
    return { ...lane, scores: Object.entries(lane.scores).map(([stageId, score]) => ({ stageId, score })) };
  }
  if (table === 'personas') return { ...record, photo: null };
  return record;
}

const recordSizes = new WeakMap<object, number>();

/** The bytes one record adds to the file: its JSON indented two levels deep, and the ",\n" after it. */
export function recordFileBytes(table: EntityTable, record: object): number {
  const cached = recordSizes.get(record);
  if (cached !== undefined) return cached;
  const json = JSON.stringify(asFileRecord(table, record), null, 1);
  const lines = json.split('\n').length;
  let size = utf8Bytes(json) + 2 * lines + 2;
  const photo = table === 'personas' ? (record as { photo?: { size?: unknown; type?: string } | null }).photo : null;
  // The photo as a quoted data: URL instead of `null`.
  if (photo && typeof photo.size === 'number') size += photoDataUrlLength({ size: photo.size, type: photo.type }) + 2 - 'null'.length;
  recordSizes.set(record, size);
  return size;
}

/** The envelope (format, version, kind, time) and the nine table names, generously. */
const ENVELOPE_BYTES = 1024;
const workspaceSizes = new WeakMap<Workspace, number>();

/** The bytes of the workspace as a Tropa file, at most (records a file leaves out still count). */
export function workspaceFileBytes(ws: Workspace): number {
  const cached = workspaceSizes.get(ws);
  if (cached !== undefined) return cached;
  let size = ENVELOPE_BYTES;
  for (const table of Object.keys(ws) as EntityTable[]) {
    for (const record of Object.values(ws[table])) size += recordFileBytes(table, record);
  }
  workspaceSizes.set(ws, size);
  return size;
}

/** The file bytes of `after`, from those of `before` and the records the step wrote. */
export function workspaceFileBytesAfter(before: Workspace, after: Workspace, changed: readonly { table: EntityTable; id: string }[]): number {
  const cached = workspaceSizes.get(after);
  if (cached !== undefined) return cached;
  let size = workspaceFileBytes(before);
  for (const { table, id } of changed) {
    const prev = (before[table] as Record<string, object>)[id];
    const next = (after[table] as Record<string, object>)[id];
    if (prev) size -= recordFileBytes(table, prev);
    if (next) size += recordFileBytes(table, next);
  }
  workspaceSizes.set(after, size);
  return size;
}
