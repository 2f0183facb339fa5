// Times and days as Tropa shows them. A JavaScript Date holds at most 8.64e15 ms either side
// of 1970 (271,821 BC to AD 275,760), and Intl throws "Invalid time value" for anything
// beyond. A file refuses such times (transfer/schema.ts), but a value can still come from an
// old database or a date field typed with a six-digit year, so no formatter is handed one
// unchecked: a page shows a dash rather than failing.

/** The largest distance from 1970 a Date can hold, in milliseconds. */
export const MAX_TIME_MS = 8.64e15;

/** Shown where a date cannot be. */
export const NO_DATE = '—';

/** Whether `ms` (epoch milliseconds) is a moment a Date, and so a calendar, can hold. */
export function isShowableTime(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS;
}

/** A time in ms, a Date, or a `yyyy-mm-dd` day (local midnight, as date fields mean it); null when no calendar holds it. */
export function showableDate(value: number | string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(`${value}T00:00:00`) : new Date(value);
  return isShowableTime(date.getTime()) ? date : null;
}

/** `value` formatted with Intl, or NO_DATE when it is not a date a calendar holds. Never throws on the value. */
export function formatWhen(value: number | string | Date, locales: string | undefined, options: Intl.DateTimeFormatOptions): string {
  const date = showableDate(value);
  return date ? new Intl.DateTimeFormat(locales, options).format(date) : NO_DATE;
}
