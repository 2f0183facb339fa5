// References inside a file: every id unique in its table, every pointer pointing at a record
// of the file, and of the same map. A file that fails here is refused whole: importing half a
// map (cards without their stage, links without their cards) would lose data silently.
import { isBuiltInChannel } from '../operations/channels';
import type { TropaFile } from './schema';
import type { Problem, ProblemCode } from './problems';

interface Indexed {
  id: string;
}

/** id -> record, and a problem for each id seen twice. Map, not object: ids are user data. */
function index<T extends Indexed>(table: string, records: readonly T[], problems: Problem[]): Map<string, T> {
  const byId = new Map<string, T>();
  records.forEach((record, i) => {
    if (byId.has(record.id)) problems.push({ path: `${table}[${i}].id`, code: 'duplicateId', params: { id: record.id } });
    else byId.set(record.id, record);
  });
  return byId;
}

export function checkReferences(file: TropaFile): Problem[] {
  const problems: Problem[] = [];
  const segments = index('segments', file.segments, problems);
  const personas = index('personas', file.personas, problems);
  const maps = index('maps', file.maps, problems);
  const stages = index('stages', file.stages, problems);
  const lanes = index('lanes', file.lanes, problems);
  const cards = index('cards', file.cards, problems);
  index('links', file.links, problems);
  index('hypotheses', file.hypotheses, problems);
  const channels = index('channels', file.channels, problems);
  // Readings are keyed by id inside their hypothesis.
  file.hypotheses.forEach((h, i) => index(`hypotheses[${i}].readings`, h.readings, problems));

  const dangling = (path: string, code: ProblemCode, id: string) => problems.push({ path, code, params: { id } });
  /** A pointer to a record of `table` that must also belong to map `mapId`. */
  const inMap = <T extends { mapId: string }>(path: string, code: ProblemCode, table: Map<string, T>, refId: string, mapId: string): T | null => {
    const target = table.get(refId);
    if (!target) {
      dangling(path, code, refId);
      return null;
    }
    if (target.mapId !== mapId) {
      problems.push({ path, code: 'otherMap', params: { id: refId } });
      return null;
    }
    return target;
  };

  file.personas.forEach((p, i) => {
    if (!segments.has(p.segmentId)) dangling(`personas[${i}].segmentId`, 'danglingSegment', p.segmentId);
  });
  file.maps.forEach((m, i) => {
    if (m.segmentId !== null && !segments.has(m.segmentId)) dangling(`maps[${i}].segmentId`, 'danglingSegment', m.segmentId);
    if (m.personaId !== null) {
      const persona = personas.get(m.personaId);
      if (!persona) dangling(`maps[${i}].personaId`, 'danglingPersona', m.personaId);
      else if (persona.segmentId !== m.segmentId) problems.push({ path: `maps[${i}].personaId`, code: 'personaOtherSegment' });
    }
  });
  file.stages.forEach((s, i) => {
    if (!maps.has(s.mapId)) dangling(`stages[${i}].mapId`, 'danglingMap', s.mapId);
  });
  file.lanes.forEach((l, i) => {
    if (!maps.has(l.mapId)) dangling(`lanes[${i}].mapId`, 'danglingMap', l.mapId);
    const scored = new Set<string>();
    l.scores.forEach((s, j) => {
      const path = `lanes[${i}].scores[${j}].stageId`;
      if (scored.has(s.stageId)) problems.push({ path, code: 'duplicateId', params: { id: s.stageId } });
      scored.add(s.stageId);
      inMap(path, 'danglingStage', stages, s.stageId, l.mapId);
    });
  });
  file.cards.forEach((c, i) => {
    if (!maps.has(c.mapId)) dangling(`cards[${i}].mapId`, 'danglingMap', c.mapId);
    inMap(`cards[${i}].stageId`, 'danglingStage', stages, c.stageId, c.mapId);
    const lane = inMap(`cards[${i}].laneId`, 'danglingLane', lanes, c.laneId, c.mapId);
    if (lane?.kind === 'emotions') problems.push({ path: `cards[${i}].laneId`, code: 'cardInEmotions' });
    if (c.channel !== null && !isBuiltInChannel(c.channel) && !channels.has(c.channel)) {
      dangling(`cards[${i}].channel`, 'danglingChannel', c.channel);
    }
  });
  file.links.forEach((l, i) => {
    if (!maps.has(l.mapId)) dangling(`links[${i}].mapId`, 'danglingMap', l.mapId);
    inMap(`links[${i}].fromCardId`, 'danglingCard', cards, l.fromCardId, l.mapId);
    inMap(`links[${i}].toCardId`, 'danglingCard', cards, l.toCardId, l.mapId);
  });
  file.hypotheses.forEach((h, i) => {
    if (h.mapId === null) {
      if (h.stageId !== null) dangling(`hypotheses[${i}].stageId`, 'danglingStage', h.stageId);
      if (h.recommendationCardId !== null) dangling(`hypotheses[${i}].recommendationCardId`, 'danglingCard', h.recommendationCardId);
      return;
    }
    if (!maps.has(h.mapId)) dangling(`hypotheses[${i}].mapId`, 'danglingMap', h.mapId);
    if (h.stageId !== null) inMap(`hypotheses[${i}].stageId`, 'danglingStage', stages, h.stageId, h.mapId);
    if (h.recommendationCardId !== null) inMap(`hypotheses[${i}].recommendationCardId`, 'danglingCard', cards, h.recommendationCardId, h.mapId);
  });
  return problems;
}
