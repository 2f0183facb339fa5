import { mapLanes, mapStages } from './selectors';
import { byOrder } from './order';
import type { Channel, Id, Stage, Workspace } from './types';

export interface SideStage {
  stage: Stage;
  channels: Channel[];
  barriers: string[];
  emotion: number | null;
  cards: number;
}

export interface StagePair {
  /** Either side may be missing when a stage exists in one map only. */
  a: SideStage | null;
  b: SideStage | null;
  channelsOnlyA: Channel[];
  channelsOnlyB: Channel[];
  barriersOnlyA: string[];
  barriersOnlyB: string[];
  /** b - a, when both rated the stage. */
  emotionDelta: number | null;
}

const normalise = (text: string) => text.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

function side(ws: Workspace, mapId: Id, stage: Stage): SideStage {
  const lanes = mapLanes(ws, mapId);
  const kindOf = new Map(lanes.map((l) => [l.id, l.kind]));
  const cards = Object.values(ws.cards).filter((c) => c.stageId === stage.id);
  const emotions = lanes.find((l) => l.kind === 'emotions');
  return {
    stage,
    channels: [...new Set(cards.filter((c) => kindOf.get(c.laneId) === 'touchpoints' && c.channel).map((c) => c.channel!))],
    barriers: cards.filter((c) => kindOf.get(c.laneId) === 'barriers').sort(byOrder).map((c) => c.text),
    emotion: emotions?.scores[stage.id] ?? null,
    cards: cards.length,
  };
}

/**
 * Line up two maps' stages - same name first, then the remaining ones by position - and say
 * what differs at each: channels used, barriers met, emotion. Pure, for the compare view.
 */
export function compareMaps(ws: Workspace, aId: Id, bId: Id): StagePair[] {
  const aStages = mapStages(ws, aId);
  const bStages = mapStages(ws, bId);
  const partner = new Map<Id, Stage>();
  const used = new Set<Id>();
  for (const a of aStages) {
    const match = bStages.find((b) => !used.has(b.id) && normalise(b.name) === normalise(a.name));
    if (match) {
      partner.set(a.id, match);
      used.add(match.id);
    }
  }
  const leftoverB = bStages.filter((b) => !used.has(b.id));
  for (const a of aStages) {
    if (partner.has(a.id)) continue;
    const next = leftoverB.shift();
    if (next) partner.set(a.id, next);
  }
  const pairs: StagePair[] = aStages.map((a) => {
    const b = partner.get(a.id);
    return pair(side(ws, aId, a), b ? side(ws, bId, b) : null);
  });
  for (const b of leftoverB) pairs.push(pair(null, side(ws, bId, b)));
  return pairs;
}

function pair(a: SideStage | null, b: SideStage | null): StagePair {
  const onlyIn = <T,>(xs: T[], ys: T[], key: (x: T) => string) => {
    const other = new Set(ys.map(key));
    return xs.filter((x) => !other.has(key(x)));
  };
  const id = (c: string) => c;
  return {
    a,
    b,
    channelsOnlyA: onlyIn(a?.channels ?? [], b?.channels ?? [], id),
    channelsOnlyB: onlyIn(b?.channels ?? [], a?.channels ?? [], id),
    barriersOnlyA: onlyIn(a?.barriers ?? [], b?.barriers ?? [], normalise),
    barriersOnlyB: onlyIn(b?.barriers ?? [], a?.barriers ?? [], normalise),
    emotionDelta: a?.emotion != null && b?.emotion != null ? b.emotion - a.emotion : null,
  };
}
