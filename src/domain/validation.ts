// Field rules for segments and personas. Messages are i18n keys, so the UI says them in the
// user's language; a field with no problem is absent from the result.

export type FieldErrors<K extends string> = Partial<Record<K, ValidationMessage>>;

export type ValidationMessage =
  | 'validation.nameRequired'
  | 'validation.notNumber'
  | 'validation.negative'
  | 'validation.age'
  | 'validation.share';

/** Parse a number typed by a person: spaces and a decimal comma allowed; '' is "not given". */
export function parseNumber(raw: string): number | null | 'invalid' {
  const text = raw.replace(/\s/g, '').replace(',', '.');
  if (text === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(text)) return 'invalid';
  return Number(text);
}

export interface SegmentInput {
  name: string;
  revenueShare: string;
}

export function validateSegment(input: SegmentInput): FieldErrors<keyof SegmentInput> {
  const errors: FieldErrors<keyof SegmentInput> = {};
  if (!input.name.trim()) errors.name = 'validation.nameRequired';
  const share = parseNumber(input.revenueShare);
  if (share === 'invalid') errors.revenueShare = 'validation.notNumber';
  else if (share !== null && share < 0) errors.revenueShare = 'validation.negative';
  else if (share !== null && share > 100) errors.revenueShare = 'validation.share';
  return errors;
}

export interface PersonaInput {
  name: string;
  age: string;
  monthlyIncome: string;
}

export function validatePersona(input: PersonaInput): FieldErrors<keyof PersonaInput> {
  const errors: FieldErrors<keyof PersonaInput> = {};
  if (!input.name.trim()) errors.name = 'validation.nameRequired';
  const age = parseNumber(input.age);
  if (age === 'invalid') errors.age = 'validation.notNumber';
  else if (age !== null && (age < 0 || age > 120 || !Number.isInteger(age))) errors.age = 'validation.age';
  const income = parseNumber(input.monthlyIncome);
  if (income === 'invalid') errors.monthlyIncome = 'validation.notNumber';
  else if (income !== null && income < 0) errors.monthlyIncome = 'validation.negative';
  return errors;
}

/** Key segments beyond this many spread marketing too thin (domain.md section 1). */
export const MAX_KEY_SEGMENTS = 6;
