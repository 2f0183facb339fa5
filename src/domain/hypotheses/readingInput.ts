// Rules for a reading typed by a person. Messages are i18n keys; a valid input has none.
import { parseNumber } from '../validation';

export interface ReadingFormInput {
  date: string;
  users: string;
  conversions: string;
}

export type ReadingProblem =
  | 'hyp.reading.dateRequired'
  | 'hyp.reading.usersInvalid'
  | 'hyp.reading.conversionsInvalid'
  | 'hyp.reading.conversionsTooMany';

export type ReadingCheck =
  | { ok: true; date: string; users: number; conversions: number }
  | { ok: false; errors: Partial<Record<keyof ReadingFormInput, ReadingProblem>> };

const wholeNumber = (raw: string) => {
  const n = parseNumber(raw);
  return typeof n === 'number' && Number.isInteger(n) && Number.isSafeInteger(n) ? n : null;
};

export function checkReading(input: ReadingFormInput): ReadingCheck {
  const errors: Partial<Record<keyof ReadingFormInput, ReadingProblem>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || Number.isNaN(Date.parse(input.date))) errors.date = 'hyp.reading.dateRequired';
  const users = wholeNumber(input.users);
  if (users === null || users <= 0) errors.users = 'hyp.reading.usersInvalid';
  const conversions = wholeNumber(input.conversions);
  if (conversions === null || conversions < 0) errors.conversions = 'hyp.reading.conversionsInvalid';
  else if (users !== null && users > 0 && conversions > users) errors.conversions = 'hyp.reading.conversionsTooMany';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, date: input.date, users: users!, conversions: conversions! };
}
