// The shape a record must have before the store takes it from a document another tab (or,
// later, a room participant) wrote: a record with a wrong type where the screens expect a
// string or a number would break them. Checked field by field, cheaply enough to run on every
// record of a 5,000-card map at start.
import { EMOTION_MAX, EMOTION_MIN } from './defaults';
import type { EntityTable } from './types';

type Check = 'string' | 'number' | 'boolean' | 'ref' | 'numberOrNull' | 'stringOrNull' | 'array' | 'object';

const FIELDS: Record<EntityTable, Record<string, Check>> = {
  segments: { name: 'string', description: 'string', rank: 'number', revenueShare: 'numberOrNull', createdAt: 'number' },
  personas: { segmentId: 'string', name: 'string', age: 'numberOrNull', monthlyIncome: 'numberOrNull', createdAt: 'number' },
  maps: { title: 'string', segmentId: 'ref', personaId: 'ref', createdAt: 'number', updatedAt: 'number' },
  stages: { mapId: 'string', name: 'string', order: 'number', width: 'number', goalAlignment: 'string' },
  lanes: { mapId: 'string', kind: 'string', name: 'string', order: 'number', hidden: 'boolean', scores: 'object' },
  cards: { mapId: 'string', stageId: 'string', laneId: 'string', text: 'string', order: 'number', color: 'string', channel: 'stringOrNull', severity: 'stringOrNull' },
  links: { mapId: 'string', fromCardId: 'string', toCardId: 'string' },
  hypotheses: { mapId: 'ref', stageId: 'ref', recommendationCardId: 'ref', title: 'string', status: 'string', history: 'array', readings: 'array', createdAt: 'number' },
  channels: { name: 'string', icon: 'string', createdAt: 'number' },
};

function passes(check: Check, value: unknown): boolean {
  switch (check) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'ref':
    case 'stringOrNull':
      return value === null || typeof value === 'string';
    case 'numberOrNull':
      return value === null || (typeof value === 'number' && Number.isFinite(value));
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
  }
}

/** Whether a plain value is a usable record of the table with this id. */
export function hasRecordShape(table: EntityTable, id: string, value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  if (record.id !== id) return false;
  for (const [field, check] of Object.entries(FIELDS[table])) if (!passes(check, record[field])) return false;
  if (table === 'lanes') {
    for (const score of Object.values(record.scores as object)) {
      if (typeof score !== 'number' || !Number.isInteger(score) || score < EMOTION_MIN || score > EMOTION_MAX) return false;
    }
  }
  if (table === 'hypotheses') {
    for (const reading of record.readings as unknown[]) {
      const r = reading as Record<string, unknown> | null;
      if (!r || typeof r.id !== 'string' || typeof r.users !== 'number' || typeof r.conversions !== 'number' || typeof r.date !== 'string') return false;
    }
  }
  return true;
}
