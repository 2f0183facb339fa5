// Values for fields a record read from a document may lack. Undo in a CRDT can bring back a
// record another person changed while it was deleted: Yjs then restores the fields it can and
// leaves out a field whose newer value came from someone else (it never overwrites another
// person's change). Such a record is still the record - its identity and the references that
// place it (map, stage, lane) are never edited after creation and always come back - so the
// missing fields take these defaults, the same in every tab, instead of the record being lost.
import { DEFAULT_STAGE_WIDTH } from './defaults';
import type { EntityTable } from './types';

const TEXT = '';

const DEFAULTS: Record<EntityTable, Record<string, unknown>> = {
  segments: { name: TEXT, description: TEXT, rank: Number.MAX_SAFE_INTEGER, revenueShare: null, relationship: null, createdAt: 0, updatedAt: 0 },
  personas: {
    name: TEXT, age: null, gender: TEXT, city: TEXT, monthlyIncome: null, currency: TEXT, interests: TEXT, onlineBehaviour: TEXT,
    habits: TEXT, goals: TEXT, pains: TEXT, quote: TEXT, notes: TEXT, createdAt: 0, updatedAt: 0,
  },
  maps: { title: TEXT, segmentId: null, personaId: null, createdAt: 0, updatedAt: 0 },
  stages: { name: TEXT, order: 0, width: DEFAULT_STAGE_WIDTH, goalAlignment: 'unknown' },
  lanes: { name: TEXT, order: 0, hidden: false, scores: {} },
  cards: { text: TEXT, order: 0, color: 'none', channel: null, severity: null },
  links: {},
  hypotheses: {
    mapId: null, stageId: null, recommendationCardId: null, title: TEXT, statement: TEXT, metric: TEXT, treatment: TEXT, control: TEXT,
    plannedStart: TEXT, plannedEnd: TEXT, targetSample: null, owner: TEXT, status: 'idea', history: [], readings: [], conclusion: TEXT,
    createdAt: 0, updatedAt: 0,
  },
  channels: { icon: 'circleDot', createdAt: 0 },
};

/** The record with every missing field given its default; the same object when none is missing. */
export function withDefaults(table: EntityTable, value: Record<string, unknown>): Record<string, unknown> {
  let filled: Record<string, unknown> | null = null;
  for (const [field, fallback] of Object.entries(DEFAULTS[table])) {
    if (value[field] !== undefined) continue;
    filled ??= { ...value };
    filled[field] = Array.isArray(fallback) ? [] : fallback !== null && typeof fallback === 'object' ? {} : fallback;
  }
  return filled ?? value;
}
