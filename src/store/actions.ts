// Every user edit goes through here: one call = one gesture = one undo step.
import { buildDemoWorkspace, DEMO_ID_PREFIX, DEMO_MAP_ID } from '../domain/demo/demoWorkspace';
import { cleanFields, cleanText } from '../domain/cleanText';
import { newId } from '../domain/ids';
import * as ops from '../domain/operations';
import type { CardPatch } from '../domain/operations';
import type { Workspace, ChannelIcon, GoalAlignment, HypothesisPlan, HypothesisStatus, Id, LaneKind } from '../domain/types';
import type { Language } from '../i18n/language';
import { workspaceStore } from './workspace';
import { LimitExceeded } from '../domain/limits';
import { reportRefused } from './refusals';

/**
 * An edit that would go past a limit (domain/limits.ts) is not made: the store refuses the
 * whole step, the refusal is reported (the app shows it as a toast) and the action gives null.
 */
function guarded<R>(edit: () => R): R | null {
  try {
    return edit();
  } catch (error) {
    if (!(error instanceof LimitExceeded)) throw error;
    reportRefused(error.problem);
    return null;
  }
}
const apply = <R,>(recipe: (ws: Workspace) => R): R | null => guarded(() => workspaceStore.apply(recipe));
// Typed and pasted text is cleaned on its way in (cleanText): a manual line break pasted from
// Word (U+000B) becomes a line break, invisible controls go, so every text can be exported.
const clean = cleanText;

export const actions = {
  undo: () => workspaceStore.undo(),
  redo: () => workspaceStore.redo(),

  createMap(title: string, stageNames: string[], segmentId: Id | null = null, personaId: Id | null = null): Id | null {
    return apply((ws) => ops.createMap(ws, { id: newId(), title: clean(title), stageNames: stageNames.map(clean), segmentId, personaId }))?.id ?? null;
  },
  renameMap: (mapId: Id, title: string) => apply((ws) => ops.renameMap(ws, mapId, clean(title))),
  duplicateMap: (mapId: Id, title: string): Id | null => apply((ws) => ops.duplicateMap(ws, mapId, newId(), clean(title)))?.id ?? null,
  deleteMap: (mapId: Id) => apply((ws) => ops.deleteMap(ws, mapId)),
  resetDemo: (language: Language) =>
    apply((ws) => ops.resetDemo(ws, buildDemoWorkspace(language, Date.now()), DEMO_ID_PREFIX, DEMO_MAP_ID)),

  addSegment: (fields: ops.SegmentFields): Id | null => apply((ws) => ops.addSegment(ws, newId(), cleanFields(fields)))?.id ?? null,
  updateSegment: (id: Id, fields: Partial<ops.SegmentFields>) => apply((ws) => ops.updateSegment(ws, id, cleanFields(fields))),
  moveSegment: (id: Id, index: number) => apply((ws) => ops.moveSegment(ws, id, index)),
  duplicateSegment: (id: Id, name: string): Id | null => apply((ws) => ops.duplicateSegment(ws, id, newId(), clean(name), newId))?.id ?? null,
  deleteSegment: (id: Id, maps: 'keep' | 'delete') => apply((ws) => ops.deleteSegment(ws, id, maps, ops.deleteMap)),
  addPersona: (segmentId: Id, fields: ops.PersonaFields): Id | null => apply((ws) => ops.addPersona(ws, newId(), segmentId, cleanFields(fields)))?.id ?? null,
  updatePersona: (id: Id, fields: Partial<ops.PersonaFields>) => apply((ws) => ops.updatePersona(ws, id, cleanFields(fields))),
  deletePersona: (id: Id) => apply((ws) => ops.deletePersona(ws, id)),
  bindMap: (mapId: Id, segmentId: Id | null, personaId: Id | null) => apply((ws) => ops.bindMap(ws, mapId, segmentId, personaId)),

  addStage: (mapId: Id, name: string, index?: number): Id | null => apply((ws) => ops.addStage(ws, mapId, newId(), clean(name), index))?.id ?? null,
  renameStage: (stageId: Id, name: string) => apply((ws) => ops.renameStage(ws, stageId, clean(name))),
  moveStage: (stageId: Id, index: number) => apply((ws) => ops.moveStage(ws, stageId, index)),
  deleteStage: (stageId: Id) => apply((ws) => ops.deleteStage(ws, stageId)),
  setStageWidth: (stageId: Id, width: number) => apply((ws) => ops.setStageWidth(ws, stageId, width)),
  setGoalAlignment: (stageId: Id, alignment: GoalAlignment) => apply((ws) => ops.setGoalAlignment(ws, stageId, alignment)),

  addLane: (mapId: Id, kind: LaneKind, name: string, index?: number): Id | null =>
    apply((ws) => ops.addLane(ws, mapId, newId(), kind, clean(name), index))?.id ?? null,
  renameLane: (laneId: Id, name: string) => apply((ws) => ops.renameLane(ws, laneId, clean(name))),
  moveLane: (laneId: Id, index: number) => apply((ws) => ops.moveLane(ws, laneId, index)),
  setLaneHidden: (laneId: Id, hidden: boolean) => apply((ws) => ops.setLaneHidden(ws, laneId, hidden)),
  deleteLane: (laneId: Id) => apply((ws) => ops.deleteLane(ws, laneId)),
  setEmotion: (laneId: Id, stageId: Id, score: number | null) => apply((ws) => ops.setEmotion(ws, laneId, stageId, score)),

  addCard: (stageId: Id, laneId: Id, text: string, index?: number): Id | null =>
    apply((ws) => ops.addCard(ws, { id: newId(), stageId, laneId, text: clean(text), index }))?.id ?? null,
  /** `textBase`: the text the person started editing from, so their edit merges with others' typing. */
  updateCard: (cardId: Id, patch: CardPatch, textBase?: string) =>
    guarded(() =>
      workspaceStore.apply((ws) => ops.updateCard(ws, cardId, cleanFields(patch)), textBase === undefined ? undefined : { textBases: new Map([[cardId, textBase]]) }),
    ),
  moveCard: (cardId: Id, stageId: Id, laneId: Id, index: number) =>
    apply((ws) => ops.moveCard(ws, cardId, stageId, laneId, index)),
  moveCards: (cardIds: Id[], stageId: Id, laneId: Id, index: number) =>
    apply((ws) => ops.moveCards(ws, cardIds, stageId, laneId, index)),
  pasteCards: (contents: ops.CardContent[], stageId: Id, laneId: Id, index: number): Id[] =>
    apply((ws) => ops.pasteCards(ws, contents.map(cleanFields), stageId, laneId, index, newId)) ?? [],
  deleteCards: (cardIds: Id[]) => apply((ws) => ops.deleteCards(ws, cardIds)),
  duplicateCard: (cardId: Id): Id | null => apply((ws) => ops.duplicateCard(ws, cardId, newId()))?.id ?? null,

  addGoalConflictBarrier: (stageId: Id, describe: (customerGoal: string, brandGoal: string) => string): Id | null =>
    apply((ws) => ops.addGoalConflictBarrier(ws, stageId, newId(), describe))?.id ?? null,

  addChannel: (name: string, icon: ChannelIcon): Id | null => apply((ws) => ops.addChannel(ws, newId(), clean(name), icon))?.id ?? null,
  renameChannel: (id: Id, name: string) => apply((ws) => ops.renameChannel(ws, id, clean(name))),
  deleteChannel: (id: Id) => apply((ws) => ops.deleteChannel(ws, id)),

  addHypothesis: (draft: ops.HypothesisDraft): Id | null => apply((ws) => ops.addHypothesis(ws, newId(), cleanFields(draft)))?.id ?? null,
  addHypothesisFromRecommendation: (cardId: Id, draft: ops.HypothesisDraft): Id | null =>
    apply((ws) => ops.addHypothesisFromRecommendation(ws, newId(), cardId, cleanFields(draft)))?.id ?? null,
  updateHypothesis: (id: Id, fields: Partial<ops.HypothesisFields>) => apply((ws) => ops.updateHypothesis(ws, id, cleanFields(fields))),
  updateHypothesisPlan: (id: Id, fields: Partial<HypothesisPlan>) => apply((ws) => ops.updateHypothesisPlan(ws, id, fields)),
  setHypothesisStatus: (id: Id, status: HypothesisStatus, early = false) => apply((ws) => ops.setHypothesisStatus(ws, id, status, Date.now(), early)),
  addReading: (id: Id, input: ops.ReadingInput): Id | null => apply((ws) => ops.addReading(ws, id, newId(), input))?.id ?? null,
  deleteReading: (id: Id, readingId: Id) => apply((ws) => ops.deleteReading(ws, id, readingId)),
  deleteHypothesis: (id: Id) => apply((ws) => ops.deleteHypothesis(ws, id)),

  addLink: (fromCardId: Id, toCardId: Id) => apply((ws) => ops.addLink(ws, newId(), fromCardId, toCardId)),
  deleteLink: (linkId: Id) => apply((ws) => ops.deleteLink(ws, linkId)),
};
