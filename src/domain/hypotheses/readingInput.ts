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
