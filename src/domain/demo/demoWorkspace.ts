import { DEFAULT_LANE_KINDS, makeCard, makeLane, makeStage } from '../defaults';
import { emptyWorkspace, type Hypothesis, type LaneKind, type Workspace } from '../types';
import { DEMO_STAGES, type DemoStage, type Text2 } from './stages';
import { DEMO_HYPOTHESES, DEMO_MAP_TITLE, DEMO_PERSONA, DEMO_SEGMENT } from './profile';

export const DEMO_ID_PREFIX = 'demo-';
export const DEMO_MAP_ID = 'demo-map';
export const DEMO_SEGMENT_ID = 'demo-segment';
export const DEMO_PERSONA_ID = 'demo-persona';

const DAY = 24 * 60 * 60 * 1000;

export const demoStageId = (index: number) => `demo-stage-${String(index + 1).padStart(2, '0')}`;
export const demoLaneId = (kind: LaneKind) => `demo-lane-${kind}`;
export const demoCardId = (stageIndex: number, kind: LaneKind, n: number) =>
  `demo-card-${String(stageIndex + 1).padStart(2, '0')}-${kind}-${n + 1}`;

type CardLane = Exclude<LaneKind, 'emotions' | 'text'>;

/** The texts of each card lane at a stage. */
function laneTexts(stage: DemoStage, kind: CardLane): Text2[] {
  switch (kind) {
    case 'customerGoals':
      return stage.goals;
    case 'thoughts':
      return stage.thoughts;
    case 'actions':
      return stage.actions;
    case 'brandGoals':
      return stage.brandGoals;
    case 'touchpoints':
      return stage.touchpoints.map(([, text]) => text);
    case 'experience':
      return stage.experience;
    case 'barriers':
      return stage.barriers.map(([, text]) => text);
    case 'recommendations':
      return stage.recommendations;
  }
}

/**
 * The demo workspace in one language: the family-crossover journey of brand X with its
 * segment, persona, map and two hypotheses. Ids are fixed, so "Reset demo" can find it again.
 */
export function buildDemoWorkspace(lang: 'ru' | 'en', now: number): Workspace {
  const pick = (text: Text2) => (lang === 'ru' ? text[0] : text[1]);
  const ws = emptyWorkspace();

  ws.segments[DEMO_SEGMENT_ID] = {
    id: DEMO_SEGMENT_ID,
    name: pick(DEMO_SEGMENT.name),
    description: pick(DEMO_SEGMENT.description),
    rank: 1,
    revenueShare: 35,
    relationship: 'personal',
    createdAt: now,
    updatedAt: now,
  };
  ws.personas[DEMO_PERSONA_ID] = {
    id: DEMO_PERSONA_ID,
    segmentId: DEMO_SEGMENT_ID,
    name: pick(DEMO_PERSONA.name),
    age: 36,
    gender: pick(DEMO_PERSONA.gender),
    city: pick(DEMO_PERSONA.city),
    monthlyIncome: 160_000,
    currency: 'RUB',
    interests: pick(DEMO_PERSONA.interests),
    onlineBehaviour: pick(DEMO_PERSONA.onlineBehaviour),
    habits: pick(DEMO_PERSONA.habits),
    goals: pick(DEMO_PERSONA.goals),
    pains: pick(DEMO_PERSONA.pains),
    quote: pick(DEMO_PERSONA.quote),
    notes: pick(DEMO_PERSONA.notes),
    createdAt: now,
    updatedAt: now,
  };
  ws.maps[DEMO_MAP_ID] = {
    id: DEMO_MAP_ID,
    title: pick(DEMO_MAP_TITLE),
    segmentId: DEMO_SEGMENT_ID,
    personaId: DEMO_PERSONA_ID,
    createdAt: now,
    updatedAt: now,
  };

  DEFAULT_LANE_KINDS.forEach((kind, order) => {
    ws.lanes[demoLaneId(kind)] = makeLane(DEMO_MAP_ID, demoLaneId(kind), kind, order);
  });
  const emotions = ws.lanes[demoLaneId('emotions')]!;

  DEMO_STAGES.forEach((stage, s) => {
    const stageId = demoStageId(s);
    ws.stages[stageId] = { ...makeStage(DEMO_MAP_ID, stageId, pick(stage.name), s), goalAlignment: stage.alignment ?? 'unknown' };
    emotions.scores[stageId] = stage.emotion;
    for (const kind of DEFAULT_LANE_KINDS) {
      if (kind === 'emotions' || kind === 'text') continue;
      laneTexts(stage, kind).forEach((text, n) => {
        const id = demoCardId(s, kind, n);
        ws.cards[id] = makeCard({
          id,
          mapId: DEMO_MAP_ID,
          stageId,
          laneId: demoLaneId(kind),
          text: pick(text),
          order: n,
          channel: kind === 'touchpoints' ? stage.touchpoints[n]![0] : null,
          severity: kind === 'barriers' ? stage.barriers[n]![0] : null,
        });
      });
    }
    for (const [rec, barrier] of stage.answers ?? []) {
      const id = `demo-link-${String(s + 1).padStart(2, '0')}-${rec + 1}-${barrier + 1}`;
      ws.links[id] = {
        id,
        mapId: DEMO_MAP_ID,
        fromCardId: demoCardId(s, 'recommendations', rec),
        toCardId: demoCardId(s, 'barriers', barrier),
      };
    }
  });

  DEMO_HYPOTHESES.forEach((h, i) => {
    const id = `demo-hyp-${i + 1}`;
    const hypothesis: Hypothesis = {
      id,
      mapId: DEMO_MAP_ID,
      stageId: demoStageId(h.stageIndex),
      recommendationCardId: demoCardId(h.stageIndex, 'recommendations', h.recommendationIndex),
      title: pick(h.title),
      statement: pick(h.statement),
      metric: pick(h.metric),
      treatment: pick(h.treatment),
      control: pick(h.control),
      plannedStart: isoDate(now - h.startDaysAgo * DAY),
      plannedEnd: isoDate(now - h.startDaysAgo * DAY + h.lengthDays * DAY),
      targetSample: h.targetSample,
      owner: pick(h.owner),
      status: h.history.at(-1)![0],
      history: h.history.map(([status, daysAgo]) => ({ status, at: now - daysAgo * DAY })),
      readings: h.readings.map(([arm, daysAgo, users, conversions], r) => ({
        id: `demo-reading-${i + 1}-${r + 1}`,
        arm,
        date: isoDate(now - daysAgo * DAY),
        users,
        conversions,
      })),
      conclusion: pick(h.conclusion),
      plan: { ...h.plan, effectMode: 'absolute', alpha: 0.05, power: 0.8 },
      createdAt: now - h.history[0]![1] * DAY,
      updatedAt: now,
    };
    ws.hypotheses[id] = hypothesis;
  });
  return ws;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
