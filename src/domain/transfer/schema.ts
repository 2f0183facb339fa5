// The Tropa file, version 1, as a zod schema: every field of every record is required and
// checked for type, range and length. Unknown fields are dropped (z.object strips them), so a
// file with extra data - including `__proto__`, `constructor` or `prototype` keys - imports
// what Tropa knows and nothing else; see docs/format.md.
import { z } from 'zod';
import {
  CARD_COLORS,
  CHANNEL_ICONS,
  HYPOTHESIS_STATUSES,
  LANE_KINDS,
  RELATIONSHIP_TYPES,
  SEVERITIES,
} from '../types';
import { EMOTION_MAX, EMOTION_MIN } from '../defaults';
import { cleanText } from '../cleanText';
import { isShowableTime } from '../showableTime';
import { MAX_HISTORY, MAX_ID, MAX_NAME, MAX_PHOTO_CHARS, MAX_READINGS, MAX_RECORDS, MAX_TEXT } from './limits';

import { CURRENT_VERSION, FILE_KINDS, FORMAT } from './version';

export { CURRENT_VERSION, FILE_KINDS, FORMAT, type FileKind } from './version';

const id = z.string().min(1).max(MAX_ID);
const ref = id.nullable();
// Texts are cleaned, not refused: a pasted manual line break (U+000B) or a broken character
// would otherwise break the picture export (see cleanText); nothing visible changes.
const name = z.string().max(MAX_NAME).overwrite(cleanText);
const text = z.string().max(MAX_TEXT).overwrite(cleanText);
// Epoch ms that a Date can hold: beyond them every page that shows the date would fail.
const time = z.number().refine(isShowableTime, { params: { problem: 'badTime' } });
const order = z.number();
/** yyyy-mm-dd, as the hypothesis forms store dates. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A day that exists on the calendar: 2026-02-30 passes the pattern but not this. */
function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}
const date = z.string().max(10).regex(ISO_DATE).refine(isCalendarDate, { params: { problem: 'badDate' } });
const optionalDate = z.union([z.literal(''), date]);
const count = z.number().int().min(0);
/** A small picture inline in the file: `data:image/jpeg;base64,...`. */
export const PHOTO_DATA_URL = /^data:image\/(jpeg|png|webp|gif);base64,[A-Za-z0-9+/]*={0,2}$/;
const photo = z
  .string()
  .max(MAX_PHOTO_CHARS)
  .regex(PHOTO_DATA_URL)
  // base64 never leaves a single character in its last group of four.
  .refine((url) => (url.length - url.indexOf(',') - 1) % 4 !== 1)
  .nullable();

export const segmentSchema = z.object({
  id,
  name,
  description: text,
  rank: z.number(),
  revenueShare: z.number().min(0).max(100).nullable(),
  relationship: z.enum(RELATIONSHIP_TYPES).nullable(),
  createdAt: time,
  updatedAt: time,
});

export const personaSchema = z.object({
  id,
  segmentId: id,
  name,
  age: z.number().int().min(0).max(120).nullable(),
  gender: name,
  city: name,
  monthlyIncome: z.number().min(0).nullable(),
  currency: name,
  interests: text,
  onlineBehaviour: text,
  habits: text,
  goals: text,
  pains: text,
  quote: text,
  notes: text,
  photo,
  createdAt: time,
  updatedAt: time,
});

export const mapSchema = z.object({
  id,
  title: name,
  segmentId: ref,
  personaId: ref,
  createdAt: time,
  updatedAt: time,
});

export const stageSchema = z.object({
  id,
  mapId: id,
  name,
  order,
  width: z.number().min(1).max(10_000),
  goalAlignment: z.enum(['unknown', 'aligned', 'conflict']),
});

export const scoreSchema = z.object({ stageId: id, score: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX) });

export const laneSchema = z.object({
  id,
  mapId: id,
  kind: z.enum(LANE_KINDS),
  name,
  order,
  hidden: z.boolean(),
  /** Emotion lanes: one score per stage. A list, not an object keyed by stage id. */
  scores: z.array(scoreSchema).max(MAX_RECORDS.stages),
});

export const cardSchema = z.object({
  id,
  mapId: id,
  stageId: id,
  laneId: id,
  text,
  order,
  color: z.enum(CARD_COLORS),
  channel: ref,
  severity: z.enum(SEVERITIES).nullable(),
});

export const linkSchema = z.object({ id, mapId: id, fromCardId: id, toCardId: id });

export const channelSchema = z.object({ id, name: name.min(1), icon: z.enum(CHANNEL_ICONS), createdAt: time });

const status = z.enum(HYPOTHESIS_STATUSES);

/** Rates are fractions, strictly inside (0, 1) as the statistics require; an effect is never 0. */
const openRate = z.number().gt(0).lt(1);
export const planSchema = z.object({
  baselineRate: openRate.nullable(),
  minDetectableEffect: z.number().gt(-1).lt(1).refine((v) => v !== 0, { params: { problem: 'notZero' } }).nullable(),
  effectMode: z.enum(['absolute', 'relative']),
  alpha: openRate,
  power: openRate,
  customersPerWeek: z.number().gt(0).nullable(),
  /** Value metric only (optional): expected standard deviation and smallest change worth detecting. */
  valueSd: z.number().gt(0).nullable().optional(),
  valueEffect: z.number().refine((v) => v !== 0, { params: { problem: 'notZero' } }).nullable().optional(),
});

/** One count of a group: at least one customer, and never more conversions than customers. */
const readingSchema = z
  .object({
    id,
    arm: z.enum(['control', 'treatment']),
    date,
    users: count.min(1),
    conversions: count,
    /** Value metric only: sum and sum of squares of the customers' values. */
    sum: z.number().finite().optional(),
    sumSquares: z.number().finite().min(0).optional(),
  })
  .refine((r) => r.conversions <= r.users, { path: ['conversions'], params: { problem: 'conversionsOverUsers' } });

export const hypothesisSchema = z.object({
  id,
  mapId: ref,
  stageId: ref,
  recommendationCardId: ref,
  title: name,
  statement: text,
  metric: text,
  treatment: text,
  control: text,
  plannedStart: optionalDate,
  plannedEnd: optionalDate,
  targetSample: count.nullable(),
  owner: name,
  status,
  history: z.array(z.object({ status, at: time, early: z.boolean().optional() })).max(MAX_HISTORY),
  readings: z.array(readingSchema).max(MAX_READINGS),
  /** Absent on files written before value metrics existed: conversion. */
  metricKind: z.enum(['conversion', 'value']).optional(),
  conclusion: text,
  /** The sample-size planner's inputs; absent on hypotheses saved before the planner existed. */
  plan: planSchema.optional(),
  createdAt: time,
  updatedAt: time,
});

export const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  kind: z.enum(FILE_KINDS),
  exportedAt: z.string().max(100),
  segments: z.array(segmentSchema).max(MAX_RECORDS.segments),
  personas: z.array(personaSchema).max(MAX_RECORDS.personas),
  maps: z.array(mapSchema).max(MAX_RECORDS.maps),
  stages: z.array(stageSchema).max(MAX_RECORDS.stages),
  lanes: z.array(laneSchema).max(MAX_RECORDS.lanes),
  cards: z.array(cardSchema).max(MAX_RECORDS.cards),
  links: z.array(linkSchema).max(MAX_RECORDS.links),
  hypotheses: z.array(hypothesisSchema).max(MAX_RECORDS.hypotheses),
  channels: z.array(channelSchema).max(MAX_RECORDS.channels),
});

/** A valid version-1 file, after parsing and checking. */
export type TropaFile = z.infer<typeof fileSchema>;
export type FileTable = keyof typeof MAX_RECORDS;
export const FILE_TABLES = Object.keys(MAX_RECORDS) as FileTable[];
