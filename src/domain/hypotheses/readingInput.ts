// Rules for a reading typed by a person. Messages are i18n keys; a valid input has none.
// Counts are read the way the UI language writes them: "10,000" in English is ten thousand.
import type { Language } from '../../i18n/language';
import { isAmbiguous, parseNumber, type AmbiguousNumber } from '../numberInput';

export interface ReadingFormInput {
  date: string;
  users: string;
  conversions: string;
}

export type ReadingProblem =
  | 'hyp.reading.dateRequired'
  | 'hyp.reading.usersInvalid'
  | 'hyp.reading.conversionsInvalid'
  | 'hyp.reading.conversionsTooMany'
  /** A count refused as ambiguous ("1,5" in English), with the readings to show. */
  | AmbiguousNumber;

export type ReadingCheck =
  | { ok: true; date: string; users: number; conversions: number }
  | { ok: false; errors: Partial<Record<keyof ReadingFormInput, ReadingProblem>> };

const wholeNumber = (raw: string, language: Language) => {
  const n = parseNumber(raw, language);
  if (isAmbiguous(n)) return n;
  return typeof n === 'number' && Number.isInteger(n) && Number.isSafeInteger(n) ? n : null;
};

export function checkReading(input: ReadingFormInput, language: Language): ReadingCheck {
  const errors: Partial<Record<keyof ReadingFormInput, ReadingProblem>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || Number.isNaN(Date.parse(input.date))) errors.date = 'hyp.reading.dateRequired';
  const users = wholeNumber(input.users, language);
  if (isAmbiguous(users)) errors.users = users;
  else if (users === null || users <= 0) errors.users = 'hyp.reading.usersInvalid';
  const conversions = wholeNumber(input.conversions, language);
  if (isAmbiguous(conversions)) errors.conversions = conversions;
  else if (conversions === null || conversions < 0) errors.conversions = 'hyp.reading.conversionsInvalid';
  else if (typeof users === 'number' && users > 0 && conversions > users) errors.conversions = 'hyp.reading.conversionsTooMany';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, date: input.date, users: users as number, conversions: conversions as number };
}

export interface ValueReadingFormInput {
  date: string;
  users: string;
  sum: string;
  sumSquares: string;
}

export type ValueReadingProblem =
  | 'hyp.reading.dateRequired'
  | 'hyp.reading.usersInvalid'
  | 'hyp.reading.sumInvalid'
  | 'hyp.reading.sumSquaresInvalid'
  /** Sum of squares below sum²/n: no set of values has these sums. */
  | 'hyp.reading.sumSquaresTooSmall'
  | AmbiguousNumber;

export type ValueReadingCheck =
  | { ok: true; date: string; users: number; sum: number; sumSquares: number }
  | { ok: false; errors: Partial<Record<keyof ValueReadingFormInput, ValueReadingProblem>> };

const validDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date));

/** A value reading: customers, the sum of their values and the sum of the squared values. */
export function checkValueReading(input: ValueReadingFormInput, language: Language): ValueReadingCheck {
  const errors: Partial<Record<keyof ValueReadingFormInput, ValueReadingProblem>> = {};
  if (!validDate(input.date)) errors.date = 'hyp.reading.dateRequired';
  const users = wholeNumber(input.users, language);
  if (isAmbiguous(users)) errors.users = users;
  else if (users === null || users <= 0) errors.users = 'hyp.reading.usersInvalid';
  const sum = parseNumber(input.sum, language);
  if (isAmbiguous(sum)) errors.sum = sum;
  else if (typeof sum !== 'number') errors.sum = 'hyp.reading.sumInvalid';
  const sumSquares = parseNumber(input.sumSquares, language);
  if (isAmbiguous(sumSquares)) errors.sumSquares = sumSquares;
  else if (typeof sumSquares !== 'number' || sumSquares < 0) errors.sumSquares = 'hyp.reading.sumSquaresInvalid';
  else if (typeof sum === 'number' && typeof users === 'number' && users > 0 && sumSquares < (sum * sum) / users - 1e-9 * Math.abs(sumSquares))
    errors.sumSquares = 'hyp.reading.sumSquaresTooSmall';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, date: input.date, users: users as number, sum: sum as number, sumSquares: sumSquares as number };
}

export type ValuesFileCheck =
  | { ok: true; values: number[] }
  /** The first line that is not a number (1-based), or no values at all (line 0). */
  | { ok: false; line: number; text: string };

/**
 * A per-customer CSV: one value per line, read the way the UI language writes numbers. A first
 * line that is not a number is a header and skipped; empty lines are skipped; a value in quotes
 * is read without them.
 */
export function parseValuesFile(text: string, language: Language): ValuesFileCheck {
  const values: number[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim().replace(/^"(.*)"$/, '$1').replace(/[;\t]$/, '');
    if (raw === '') continue;
    const n = parseNumber(raw, language);
    if (typeof n === 'number') values.push(n);
    else if (values.length === 0 && i === lines.findIndex((l) => l.trim() !== '')) continue; // a header
    else return { ok: false, line: i + 1, text: raw };
  }
  return values.length ? { ok: true, values } : { ok: false, line: 0, text: '' };
}
