// Field rules for segments and personas. Messages are i18n keys, so the UI says them in the
// user's language; a field with no problem is absent from the result. Numbers are read the way
// the UI language writes them (numberInput.ts).
import type { Language } from '../i18n/language';
import { isAmbiguous, parseNumber, type AmbiguousNumber } from './numberInput';

export type FieldErrors<K extends string> = Partial<Record<K, FieldProblem>>;

/** A message key, a number refused as ambiguous with the readings to show, or a text too long. */
export type FieldProblem = ValidationMessage | AmbiguousNumber | TooLong;

/** A text longer than its field holds (limits.ts), measured as it would be saved: trimmed. */
export interface TooLong {
  key: 'limit.tooLong';
  params: { length: number; limit: number };
}

/** The fields whose trimmed text is longer than `limits` allows: refused, never cut. */
export function validateLengths<K extends string>(values: Record<K, string>, limits: Partial<Record<K, number>>): FieldErrors<K> {
  const errors: FieldErrors<K> = {};
  for (const key of Object.keys(values) as K[]) {
    const limit = limits[key];
    const length = values[key].trim().length;
    if (limit !== undefined && length > limit) errors[key] = { key: 'limit.tooLong', params: { length, limit } };
  }
  return errors;
}

export type ValidationMessage =
  | 'validation.nameRequired'
  | 'validation.notNumber'
  | 'validation.negative'
  | 'validation.age'
  | 'validation.share';

export interface SegmentInput {
  name: string;
  revenueShare: string;
}

export function validateSegment(input: SegmentInput, language: Language): FieldErrors<keyof SegmentInput> {
  const errors: FieldErrors<keyof SegmentInput> = {};
  if (!input.name.trim()) errors.name = 'validation.nameRequired';
  const share = parseNumber(input.revenueShare, language);
  if (share === 'invalid') errors.revenueShare = 'validation.notNumber';
  else if (isAmbiguous(share)) errors.revenueShare = share;
  else if (share !== null && share < 0) errors.revenueShare = 'validation.negative';
  else if (share !== null && share > 100) errors.revenueShare = 'validation.share';
  return errors;
}

export interface PersonaInput {
  name: string;
  age: string;
  monthlyIncome: string;
}

export function validatePersona(input: PersonaInput, language: Language): FieldErrors<keyof PersonaInput> {
  const errors: FieldErrors<keyof PersonaInput> = {};
  if (!input.name.trim()) errors.name = 'validation.nameRequired';
  const age = parseNumber(input.age, language);
  if (age === 'invalid') errors.age = 'validation.notNumber';
  else if (isAmbiguous(age)) errors.age = age;
  else if (age !== null && (age < 0 || age > 120 || !Number.isInteger(age))) errors.age = 'validation.age';
  const income = parseNumber(input.monthlyIncome, language);
  if (income === 'invalid') errors.monthlyIncome = 'validation.notNumber';
  else if (isAmbiguous(income)) errors.monthlyIncome = income;
  else if (income !== null && income < 0) errors.monthlyIncome = 'validation.negative';
  return errors;
}

/** Key segments beyond this many spread marketing too thin (domain.md section 1). */
export const MAX_KEY_SEGMENTS = 6;
