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

/** A photo that cannot be read (a damaged Blob) is left out rather than failing the export: backups must always work. */
async function personaToFile(persona: Persona): Promise<FilePersona> {
  const { photo, ...rest } = persona;
  let data: string | null = null;
  try {
    data = photo ? await blobToDataUrl(photo) : null;
  } catch {
    data = null;
  }
  return { ...rest, photo: data };
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
  return consistent({
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
  });
}

/** Everything: the backup a user keeps, or moves to another browser. */
export async function exportWorkspace(ws: Workspace, now = Date.now()): Promise<TropaFile> {
  return consistent({
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
  });
}

/**
 * An export must always import again. The workspace may hold pointers to records that are
 * gone (a hypothesis whose recommendation card was deleted, a card whose library channel was
 * removed): they are written as null, or left out, exactly as the app already treats them.
 */
function consistent(file: TropaFile): TropaFile {
  const ids = <T extends { id: string }>(records: T[]) => new Set(records.map((r) => r.id));
  const personas = new Map(file.personas.map((p) => [p.id, p]));
  const segments = ids(file.segments);
  const maps = ids(file.maps);
  const stages = new Map(file.stages.map((s) => [s.id, s]));
  const lanes = new Map(file.lanes.map((l) => [l.id, l]));
  const channels = ids(file.channels);
  const inMap = (record: { mapId: string } | undefined, mapId: string | null) => record !== undefined && record.mapId === mapId;
  const cards = file.cards.filter(
    (c) => maps.has(c.mapId) && inMap(stages.get(c.stageId), c.mapId) && inMap(lanes.get(c.laneId), c.mapId) && lanes.get(c.laneId)!.kind !== 'emotions',
  );
  const cardsById = new Map(cards.map((c) => [c.id, c]));
  return {
    ...file,
    personas: file.personas.filter((p) => segments.has(p.segmentId)),
    maps: file.maps.map((m) => {
      const segmentId = m.segmentId !== null && segments.has(m.segmentId) ? m.segmentId : null;
      const persona = m.personaId === null ? undefined : personas.get(m.personaId);
      return { ...m, segmentId, personaId: persona && persona.segmentId === segmentId ? persona.id : null };
    }),
    stages: file.stages.filter((s) => maps.has(s.mapId)),
    lanes: file.lanes
      .filter((l) => maps.has(l.mapId))
      .map((l) => ({ ...l, scores: l.scores.filter((s) => inMap(stages.get(s.stageId), l.mapId)) })),
    cards: cards.map((c) => ({ ...c, channel: c.channel === null || isBuiltInChannel(c.channel) || channels.has(c.channel) ? c.channel : null })),
    links: file.links.filter((l) => maps.has(l.mapId) && inMap(cardsById.get(l.fromCardId), l.mapId) && inMap(cardsById.get(l.toCardId), l.mapId)),
    hypotheses: file.hypotheses.map((h) => {
      const mapId = h.mapId !== null && maps.has(h.mapId) ? h.mapId : null;
      return {
        ...h,
        mapId,
        stageId: h.stageId !== null && inMap(stages.get(h.stageId), mapId ?? '') ? h.stageId : null,
        recommendationCardId: h.recommendationCardId !== null && inMap(cardsById.get(h.recommendationCardId), mapId ?? '') ? h.recommendationCardId : null,
      };
    }),
  };
}

/** The file's text: indented, so a person can read or diff it. */
export function fileToJson(file: TropaFile): string {
  return JSON.stringify(file, null, 1);
}
