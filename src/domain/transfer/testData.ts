// Shared by the transfer unit tests: a rich workspace, and a description of a map that
// leaves out ids, so a map and its imported copy can be compared with toEqual.
import { buildDemoWorkspace, DEMO_MAP_ID, DEMO_PERSONA_ID } from '../demo/demoWorkspace';
import * as ops from '../operations';
import { mapLanes, mapStages, cardsByCell, cellKey } from '../selectors';
import type { Id, Workspace } from '../types';
import { LANE_KINDS, type LaneKind } from '../types';
import { produce } from 'immer';
import { en } from '../../i18n/en';
import { ru } from '../../i18n/ru';

/** A tiny valid JPEG header is enough: the file only carries bytes. */
export const PHOTO_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

/** The demo workspace plus a persona photo, a library channel used by a card, and a second map. */
export function richWorkspace(): Workspace {
  return produce(buildDemoWorkspace('en', 1_700_000_000_000), (ws) => {
    ws.personas[DEMO_PERSONA_ID]!.photo = new Blob([PHOTO_BYTES], { type: 'image/jpeg' });
    const channel = ops.addChannel(ws, 'chan-1', 'Car fair', 'car', 5);
    const touch = Object.values(ws.cards).find((c) => c.mapId === DEMO_MAP_ID && c.channel !== null)!;
    touch.channel = channel.id;
    ops.addChannel(ws, 'chan-unused', 'Billboard', 'signpost', 6);
    const second = ops.createMap(ws, { id: 'm2', title: 'Second map', stageNames: ['One', 'Two'], now: 7 });
    const [stage] = mapStages(ws, second.id);
    const [lane] = mapLanes(ws, second.id);
    ops.addCard(ws, { id: 'm2-card', stageId: stage!.id, laneId: lane!.id, text: '<img src=x onerror=alert(1)> "quoted", text' });
  });
}

/** Everything a person sees of a map, without ids. */
export function describeMap(ws: Workspace, mapId: Id) {
  const map = ws.maps[mapId]!;
  const stages = mapStages(ws, mapId);
  const lanes = mapLanes(ws, mapId);
  const cells = cardsByCell(Object.values(ws.cards), mapId);
  const position = new Map<Id, string>();
  const grid = lanes.map((lane, l) =>
    stages.map((stage, s) =>
      (cells.get(cellKey(stage.id, lane.id)) ?? []).map((card, n) => {
        position.set(card.id, `${s}/${l}/${n}`);
        const channel = card.channel && ws.channels[card.channel] ? `library:${ws.channels[card.channel]!.name}` : card.channel;
        return { text: card.text, color: card.color, channel, severity: card.severity };
      }),
    ),
  );
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const segment = map.segmentId ? ws.segments[map.segmentId] : null;
  const persona = map.personaId ? ws.personas[map.personaId] : null;
  const strip = <T extends { id: Id; createdAt?: number; updatedAt?: number; rank?: number }>(record: T) => {
    const { id: _id, createdAt: _c, updatedAt: _u, rank: _r, ...rest } = record;
    return rest;
  };
  return {
    segment: segment ? strip(segment) : null,
    persona: persona ? { ...strip(persona), segmentId: undefined, photo: persona.photo ? persona.photo.size : null } : null,
    stages: stages.map((s) => ({ name: s.name, width: s.width, goalAlignment: s.goalAlignment })),
    lanes: lanes.map((l) => ({
      kind: l.kind,
      name: l.name,
      hidden: l.hidden,
      scores: Object.entries(l.scores).map(([stageId, score]) => [stageIndex.get(stageId), score]).sort(),
    })),
    grid,
    links: Object.values(ws.links)
      .filter((l) => l.mapId === mapId)
      .map((l) => `${position.get(l.fromCardId)} -> ${position.get(l.toCardId)}`)
      .sort(),
    hypotheses: Object.values(ws.hypotheses)
      .filter((h) => h.mapId === mapId)
      .map((h) => ({
        ...strip(h),
        mapId: undefined,
        stageId: h.stageId === null ? null : stageIndex.get(h.stageId),
        recommendationCardId: h.recommendationCardId === null ? null : position.get(h.recommendationCardId),
        readings: h.readings.map(({ id: _id, ...r }) => r),
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}

/** The default lane titles in both languages, as the app passes them to readTable. */
export const LANE_TITLES: ReadonlyArray<readonly [LaneKind, string]> = LANE_KINDS.flatMap((kind) =>
  [en, ru].map((dictionary) => [kind, dictionary[`lane.kind.${kind}`]] as const),
);
