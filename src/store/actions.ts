// Every user edit goes through here: one call = one gesture = one undo step.
import { buildDemoWorkspace, DEMO_ID_PREFIX, DEMO_MAP_ID } from '../domain/demo/demoWorkspace';
import { newId } from '../domain/ids';
import * as ops from '../domain/operations';
import type { CardPatch } from '../domain/operations';
import type { Workspace, ChannelIcon, GoalAlignment, HypothesisPlan, HypothesisStatus, Id, LaneKind } from '../domain/types';
import type { Language } from '../i18n/language';
import { workspaceStore } from './workspace';

const apply = <R,>(recipe: (ws: Workspace) => R): R => workspaceStore.apply(recipe);

export const actions = {
  undo: () => workspaceStore.undo(),
  redo: () => workspaceStore.redo(),

  createMap(title: string, stageNames: string[], segmentId: Id | null = null, personaId: Id | null = null): Id {
    return apply((ws) => ops.createMap(ws, { id: newId(), title, stageNames, segmentId, personaId })).id;
  },
  renameMap: (mapId: Id, title: string) => apply((ws) => ops.renameMap(ws, mapId, title)),
  duplicateMap: (mapId: Id, title: string): Id => apply((ws) => ops.duplicateMap(ws, mapId, newId(), title)).id,
  deleteMap: (mapId: Id) => apply((ws) => ops.deleteMap(ws, mapId)),
  resetDemo: (language: Language) =>
    apply((ws) => ops.resetDemo(ws, buildDemoWorkspace(language, Date.now()), DEMO_ID_PREFIX, DEMO_MAP_ID)),

  addSegment: (fields: ops.SegmentFields): Id => apply((ws) => ops.addSegment(ws, newId(), fields)).id,
  updateSegment: (id: Id, fields: Partial<ops.SegmentFields>) => apply((ws) => ops.updateSegment(ws, id, fields)),
  moveSegment: (id: Id, index: number) => apply((ws) => ops.moveSegment(ws, id, index)),
  duplicateSegment: (id: Id, name: string): Id => apply((ws) => ops.duplicateSegment(ws, id, newId(), name, newId)).id,
  deleteSegment: (id: Id, maps: 'keep' | 'delete') => apply((ws) => ops.deleteSegment(ws, id, maps, ops.deleteMap)),
  addPersona: (segmentId: Id, fields: ops.PersonaFields): Id => apply((ws) => ops.addPersona(ws, newId(), segmentId, fields)).id,
  updatePersona: (id: Id, fields: Partial<ops.PersonaFields>) => apply((ws) => ops.updatePersona(ws, id, fields)),
  deletePersona: (id: Id) => apply((ws) => ops.deletePersona(ws, id)),
  bindMap: (mapId: Id, segmentId: Id | null, personaId: Id | null) => apply((ws) => ops.bindMap(ws, mapId, segmentId, personaId)),

  addStage: (mapId: Id, name: string, index?: number): Id => apply((ws) => ops.addStage(ws, mapId, newId(), name, index)).id,
  renameStage: (stageId: Id, name: string) => apply((ws) => ops.renameStage(ws, stageId, name)),
  moveStage: (stageId: Id, index: number) => apply((ws) => ops.moveStage(ws, stageId, index)),
  deleteStage: (stageId: Id) => apply((ws) => ops.deleteStage(ws, stageId)),
  setStageWidth: (stageId: Id, width: number) => apply((ws) => ops.setStageWidth(ws, stageId, width)),
  setGoalAlignment: (stageId: Id, alignment: GoalAlignment) => apply((ws) => ops.setGoalAlignment(ws, stageId, alignment)),

  addLane: (mapId: Id, kind: LaneKind, name: string, index?: number): Id =>
    apply((ws) => ops.addLane(ws, mapId, newId(), kind, name, index)).id,
  renameLane: (laneId: Id, name: string) => apply((ws) => ops.renameLane(ws, laneId, name)),
  moveLane: (laneId: Id, index: number) => apply((ws) => ops.moveLane(ws, laneId, index)),
  setLaneHidden: (laneId: Id, hidden: boolean) => apply((ws) => ops.setLaneHidden(ws, laneId, hidden)),
  deleteLane: (laneId: Id) => apply((ws) => ops.deleteLane(ws, laneId)),
  setEmotion: (laneId: Id, stageId: Id, score: number | null) => apply((ws) => ops.setEmotion(ws, laneId, stageId, score)),

  addCard: (stageId: Id, laneId: Id, text: string, index?: number): Id =>
    apply((ws) => ops.addCard(ws, { id: newId(), stageId, laneId, text, index })).id,
  /** `textBase`: the text the person started editing from, so their edit merges with others' typing. */
  updateCard: (cardId: Id, patch: CardPatch, textBase?: string) =>
    workspaceStore.apply((ws) => ops.updateCard(ws, cardId, patch), textBase === undefined ? undefined : { textBases: new Map([[cardId, textBase]]) }),
  moveCard: (cardId: Id, stageId: Id, laneId: Id, index: number) =>
    apply((ws) => ops.moveCard(ws, cardId, stageId, laneId, index)),
  moveCards: (cardIds: Id[], stageId: Id, laneId: Id, index: number) =>
    apply((ws) => ops.moveCards(ws, cardIds, stageId, laneId, index)),
  pasteCards: (contents: ops.CardContent[], stageId: Id, laneId: Id, index: number): Id[] =>
    apply((ws) => ops.pasteCards(ws, contents, stageId, laneId, index, newId)),
  deleteCards: (cardIds: Id[]) => apply((ws) => ops.deleteCards(ws, cardIds)),
  duplicateCard: (cardId: Id): Id => apply((ws) => ops.duplicateCard(ws, cardId, newId())).id,

  addGoalConflictBarrier: (stageId: Id, describe: (customerGoal: string, brandGoal: string) => string): Id | null =>
    apply((ws) => ops.addGoalConflictBarrier(ws, stageId, newId(), describe))?.id ?? null,

  addChannel: (name: string, icon: ChannelIcon): Id => apply((ws) => ops.addChannel(ws, newId(), name, icon)).id,
  renameChannel: (id: Id, name: string) => apply((ws) => ops.renameChannel(ws, id, name)),
  deleteChannel: (id: Id) => apply((ws) => ops.deleteChannel(ws, id)),

  addHypothesis: (draft: ops.HypothesisDraft): Id => apply((ws) => ops.addHypothesis(ws, newId(), draft)).id,
  addHypothesisFromRecommendation: (cardId: Id, draft: ops.HypothesisDraft): Id =>
    apply((ws) => ops.addHypothesisFromRecommendation(ws, newId(), cardId, draft)).id,
  updateHypothesis: (id: Id, fields: Partial<ops.HypothesisFields>) => apply((ws) => ops.updateHypothesis(ws, id, fields)),
  updateHypothesisPlan: (id: Id, fields: Partial<HypothesisPlan>) => apply((ws) => ops.updateHypothesisPlan(ws, id, fields)),
  setHypothesisStatus: (id: Id, status: HypothesisStatus) => apply((ws) => ops.setHypothesisStatus(ws, id, status)),
  addReading: (id: Id, input: ops.ReadingInput): Id => apply((ws) => ops.addReading(ws, id, newId(), input)).id,
  deleteReading: (id: Id, readingId: Id) => apply((ws) => ops.deleteReading(ws, id, readingId)),
  deleteHypothesis: (id: Id) => apply((ws) => ops.deleteHypothesis(ws, id)),

  addLink: (fromCardId: Id, toCardId: Id) => apply((ws) => ops.addLink(ws, newId(), fromCardId, toCardId)),
  deleteLink: (linkId: Id) => apply((ws) => ops.deleteLink(ws, linkId)),
};
