import type { Arm, Hypothesis, HypothesisPlan, HypothesisStatus, Id, Reading, Workspace } from '../types';
import { requireEntity } from './touch';

export type HypothesisFields = Pick<
  Hypothesis,
  'title' | 'statement' | 'metric' | 'treatment' | 'control' | 'plannedStart' | 'plannedEnd' | 'targetSample' | 'owner' | 'conclusion' | 'metricKind'
>;

/** The texts a new hypothesis starts from; the caller words them in the user's language. */
export interface HypothesisDraft {
  title: string;
  statement: string;
  control: string;
  plannedStart: string;
  plannedEnd: string;
}

export const DEFAULT_PLAN: HypothesisPlan = {
  baselineRate: null,
  minDetectableEffect: null,
  effectMode: 'absolute',
  alpha: 0.05,
  power: 0.8,
  customersPerWeek: null,
};

/** The plan of a hypothesis, with the defaults for those saved before plans existed. */
export function hypothesisPlan(h: Pick<Hypothesis, 'plan'>): HypothesisPlan {
  return h.plan ?? DEFAULT_PLAN;
}

function blankHypothesis(id: Id, draft: HypothesisDraft, now: number): Hypothesis {
  return {
    id,
    mapId: null,
    stageId: null,
    recommendationCardId: null,
    title: draft.title,
    statement: draft.statement,
    metric: '',
    treatment: '',
    control: draft.control,
    plannedStart: draft.plannedStart,
    plannedEnd: draft.plannedEnd,
    targetSample: null,
    owner: '',
    status: 'idea',
    history: [{ status: 'idea', at: now }],
    readings: [],
    conclusion: '',
    plan: { ...DEFAULT_PLAN },
    createdAt: now,
    updatedAt: now,
  };
}

/** A hypothesis not (yet) tied to a map, e.g. started from the hypotheses page. */
export function addHypothesis(ws: Workspace, id: Id, draft: HypothesisDraft, now = Date.now()): Hypothesis {
  ws.hypotheses[id] = blankHypothesis(id, draft, now);
  return ws.hypotheses[id]!;
}

/**
 * A hypothesis born from a recommendation card: it remembers the card, its stage and map, and
 * what the recommendation says becomes the treatment.
 */
export function addHypothesisFromRecommendation(ws: Workspace, id: Id, cardId: Id, draft: HypothesisDraft, now = Date.now()): Hypothesis {
  const card = requireEntity(ws.cards, cardId, 'Card');
  const hypothesis = blankHypothesis(id, draft, now);
  hypothesis.mapId = card.mapId;
  hypothesis.stageId = card.stageId;
  hypothesis.recommendationCardId = card.id;
  hypothesis.treatment = card.text;
  ws.hypotheses[id] = hypothesis;
  return hypothesis;
}

export function updateHypothesis(ws: Workspace, id: Id, fields: Partial<HypothesisFields>, now = Date.now()): void {
  const h = requireEntity(ws.hypotheses, id, 'Hypothesis');
  Object.assign(h, fields, { updatedAt: now });
}

export function updateHypothesisPlan(ws: Workspace, id: Id, fields: Partial<HypothesisPlan>, now = Date.now()): void {
  const h = requireEntity(ws.hypotheses, id, 'Hypothesis');
  h.plan = { ...hypothesisPlan(h), ...fields };
  h.updatedAt = now;
}

/**
 * Change the status and date the change, so the hypothesis keeps its own small history. `early`
 * records that the test was stopped (adopted or rejected) before its verdict was decided.
 */
export function setHypothesisStatus(ws: Workspace, id: Id, status: HypothesisStatus, now = Date.now(), early = false): void {
  const h = requireEntity(ws.hypotheses, id, 'Hypothesis');
  if (h.status === status) return;
  h.status = status;
  h.history.push(early ? { status, at: now, early: true } : { status, at: now });
  h.updatedAt = now;
}

export interface ReadingInput {
  arm: Arm;
  date: string;
  users: number;
  conversions: number;
  /** Value metric only: sum and sum of squares of the customers' values. */
  sum?: number;
  sumSquares?: number;
}

export function addReading(ws: Workspace, hypothesisId: Id, readingId: Id, input: ReadingInput, now = Date.now()): Reading {
  const h = requireEntity(ws.hypotheses, hypothesisId, 'Hypothesis');
  const reading: Reading = { id: readingId, ...input };
  h.readings.push(reading);
  h.readings.sort((a, b) => a.date.localeCompare(b.date));
  h.updatedAt = now;
  return reading;
}

export function deleteReading(ws: Workspace, hypothesisId: Id, readingId: Id, now = Date.now()): void {
  const h = requireEntity(ws.hypotheses, hypothesisId, 'Hypothesis');
  h.readings = h.readings.filter((r) => r.id !== readingId);
  h.updatedAt = now;
}

export function deleteHypothesis(ws: Workspace, id: Id): void {
  requireEntity(ws.hypotheses, id, 'Hypothesis');
  delete ws.hypotheses[id];
}

/** The barrier cards a recommendation answers (through its links). */
export function barriersAnswered(ws: Pick<Workspace, 'links' | 'cards'>, recommendationCardId: Id): Id[] {
  return Object.values(ws.links)
    .filter((l) => l.fromCardId === recommendationCardId && ws.cards[l.toCardId])
    .map((l) => l.toCardId);
}
