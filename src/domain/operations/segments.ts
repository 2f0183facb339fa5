import type { Id, Persona, Segment, Workspace } from '../types';
import { requireEntity } from './touch';

export type SegmentFields = Pick<Segment, 'name' | 'description' | 'revenueShare' | 'relationship'>;
export type PersonaFields = Omit<Persona, 'id' | 'segmentId' | 'createdAt' | 'updatedAt'>;

/** Segments by rank, most profitable first. */
export function rankedSegments(ws: Pick<Workspace, 'segments'>): Segment[] {
  return Object.values(ws.segments).sort((a, b) => a.rank - b.rank || a.createdAt - b.createdAt);
}

/** Ranks 1..n in the given order, writing only the segments whose rank changed. */
function rerank(ws: Workspace, ordered: Segment[]): void {
  ordered.forEach((segment, i) => {
    const live = ws.segments[segment.id]!;
    if (live.rank !== i + 1) live.rank = i + 1;
  });
}

export function addSegment(ws: Workspace, id: Id, fields: SegmentFields, now = Date.now()): Segment {
  const rank = Object.keys(ws.segments).length + 1;
  ws.segments[id] = { id, ...fields, rank, createdAt: now, updatedAt: now };
  return ws.segments[id]!;
}

export function updateSegment(ws: Workspace, id: Id, fields: Partial<SegmentFields>, now = Date.now()): void {
  const segment = requireEntity(ws.segments, id, 'Segment');
  Object.assign(segment, fields, { updatedAt: now });
}

/** Move a segment to a 0-based position in the ranking. */
export function moveSegment(ws: Workspace, id: Id, index: number): void {
  const segment = requireEntity(ws.segments, id, 'Segment');
  const ordered = rankedSegments(ws).filter((s) => s.id !== id);
  ordered.splice(Math.max(0, Math.min(index, ordered.length)), 0, segment);
  rerank(ws, ordered);
}

/** A copy of the segment and its personas, ranked right after it. */
export function duplicateSegment(ws: Workspace, id: Id, copyId: Id, name: string, newId: () => Id, now = Date.now()): Segment {
  const source = requireEntity(ws.segments, id, 'Segment');
  const copy = addSegment(ws, copyId, { name, description: source.description, revenueShare: source.revenueShare, relationship: source.relationship }, now);
  for (const persona of Object.values(ws.personas)) {
    if (persona.segmentId !== id) continue;
    const personaId = newId();
    ws.personas[personaId] = { ...persona, id: personaId, segmentId: copyId, createdAt: now, updatedAt: now };
  }
  moveSegment(ws, copy.id, source.rank);
  return ws.segments[copyId]!;
}

/**
 * Delete a segment with its personas. Its maps are either kept without a segment ('keep')
 * or deleted with it ('delete'); the caller asks the user which.
 */
export function deleteSegment(ws: Workspace, id: Id, maps: 'keep' | 'delete', deleteMap: (ws: Workspace, mapId: Id) => void): void {
  requireEntity(ws.segments, id, 'Segment');
  for (const map of Object.values(ws.maps)) {
    if (map.segmentId !== id) continue;
    if (maps === 'delete') deleteMap(ws, map.id);
    else {
      map.segmentId = null;
      map.personaId = null;
    }
  }
  for (const persona of Object.values(ws.personas)) if (persona.segmentId === id) delete ws.personas[persona.id];
  delete ws.segments[id];
  rerank(ws, rankedSegments(ws));
}

export function addPersona(ws: Workspace, id: Id, segmentId: Id, fields: PersonaFields, now = Date.now()): Persona {
  requireEntity(ws.segments, segmentId, 'Segment');
  ws.personas[id] = { id, segmentId, ...fields, createdAt: now, updatedAt: now };
  return ws.personas[id]!;
}

export function updatePersona(ws: Workspace, id: Id, fields: Partial<PersonaFields>, now = Date.now()): void {
  const persona = requireEntity(ws.personas, id, 'Persona');
  Object.assign(persona, fields, { updatedAt: now });
}

/** Delete a persona; maps drawn for it keep their segment. */
export function deletePersona(ws: Workspace, id: Id): void {
  requireEntity(ws.personas, id, 'Persona');
  delete ws.personas[id];
  for (const map of Object.values(ws.maps)) if (map.personaId === id) map.personaId = null;
}

/** Bind a map to a segment and optionally one of its personas. */
export function bindMap(ws: Workspace, mapId: Id, segmentId: Id | null, personaId: Id | null): void {
  const map = requireEntity(ws.maps, mapId, 'Map');
  if (segmentId) requireEntity(ws.segments, segmentId, 'Segment');
  if (personaId) {
    const persona = requireEntity(ws.personas, personaId, 'Persona');
    if (persona.segmentId !== segmentId) throw new Error('The persona belongs to another segment');
  }
  map.segmentId = segmentId;
  map.personaId = personaId;
}

