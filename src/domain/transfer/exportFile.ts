// A map, or the whole workspace, as a version-1 Tropa file.
import { isBuiltInChannel } from '../operations/channels';
import { sortByOrder } from '../order';
import type { Id, Lane, Persona, Workspace } from '../types';
import { blobToDataUrl } from './photoData';
import type { TropaFile } from './schema';
import { CURRENT_VERSION, FORMAT, type FileKind } from './version';

type FileLane = TropaFile['lanes'][number];
type FilePersona = TropaFile['personas'][number];

function laneToFile(lane: Lane): FileLane {
  return { ...lane, scores: Object.entries(lane.scores).map(([stageId, score]) => ({ stageId, score })) };
}

async function personaToFile(persona: Persona): Promise<FilePersona> {
  const { photo, ...rest } = persona;
  return { ...rest, photo: photo ? await blobToDataUrl(photo) : null };
}

function envelope(kind: FileKind, now: number): Pick<TropaFile, 'format' | 'version' | 'kind' | 'exportedAt'> {
  return { format: FORMAT, version: CURRENT_VERSION, kind, exportedAt: new Date(now).toISOString() };
}

/**
 * One map with everything it needs to stand alone: its segment with the segment's personas,
 * its stages, lanes, cards and links, its hypotheses, and the library channels its cards use.
 */
export async function exportMap(ws: Workspace, mapId: Id, now = Date.now()): Promise<TropaFile> {
  const map = ws.maps[mapId];
  if (!map) throw new Error(`Map ${mapId} does not exist`);
  const ofMap = <T extends { mapId: Id | null }>(records: Record<Id, T>) => Object.values(records).filter((r) => r.mapId === mapId);
  const segment = map.segmentId ? ws.segments[map.segmentId] : undefined;
  const personas = segment ? Object.values(ws.personas).filter((p) => p.segmentId === segment.id) : [];
  const cards = sortByOrder(ofMap(ws.cards));
  const usedChannels = new Set(cards.map((c) => c.channel).filter((c): c is string => c !== null && !isBuiltInChannel(c)));
  return {
    ...envelope('map', now),
    segments: segment ? [segment] : [],
    personas: await Promise.all(personas.map(personaToFile)),
    maps: [map],
    stages: sortByOrder(ofMap(ws.stages)),
    lanes: sortByOrder(ofMap(ws.lanes)).map(laneToFile),
    cards,
    links: ofMap(ws.links),
    hypotheses: ofMap(ws.hypotheses),
    channels: Object.values(ws.channels).filter((c) => usedChannels.has(c.id)),
  };
}

/** Everything: the backup a user keeps, or moves to another browser. */
export async function exportWorkspace(ws: Workspace, now = Date.now()): Promise<TropaFile> {
  return {
    ...envelope('workspace', now),
    segments: Object.values(ws.segments),
    personas: await Promise.all(Object.values(ws.personas).map(personaToFile)),
    maps: Object.values(ws.maps),
    stages: Object.values(ws.stages),
    lanes: Object.values(ws.lanes).map(laneToFile),
    cards: Object.values(ws.cards),
    links: Object.values(ws.links),
    hypotheses: Object.values(ws.hypotheses),
    channels: Object.values(ws.channels),
  };
}

/** The file's text: indented, so a person can read or diff it. */
export function fileToJson(file: TropaFile): string {
  return JSON.stringify(file, null, 1);
}
