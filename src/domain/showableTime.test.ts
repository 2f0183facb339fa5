import { describe, expect, it } from 'vitest';
import { formatWhen, isShowableTime, MAX_TIME_MS, NO_DATE, showableDate } from './showableTime';

const day = { day: 'numeric', month: 'short', year: 'numeric' } as const;

describe('showable times', () => {
  it('holds exactly what a Date holds', () => {
    for (const ms of [0, -1, 0.5, MAX_TIME_MS, -MAX_TIME_MS]) expect(isShowableTime(ms), String(ms)).toBe(true);
    for (const ms of [MAX_TIME_MS + 1, -MAX_TIME_MS - 1, 9e15, 1e300, Infinity, -Infinity, NaN]) expect(isShowableTime(ms), String(ms)).toBe(false);
  });

  it('formats the edges of the calendar, and a dash for what is beyond them instead of throwing', () => {
    expect(formatWhen(MAX_TIME_MS, 'en-GB', { ...day, timeZone: 'UTC' })).toBe('13 Sept 275760');
    expect(formatWhen(-MAX_TIME_MS, 'ru-RU', day)).not.toBe(NO_DATE);
    expect(formatWhen('2026-11-25', 'en-GB', day)).toBe('25 Nov 2026');
    for (const value of [9e15, 1e300, -1e300, NaN, '275760-09-13', '+275760-09-14', 'soon', new Date(NaN)]) {
      expect(formatWhen(value, 'en-GB', day), String(value)).toBe(NO_DATE);
    }
  });

  it('reads a yyyy-mm-dd day at local midnight, as date fields mean it', () => {
    expect(showableDate('2026-11-25')!.getHours()).toBe(0);
    expect(showableDate('2026-11-25')!.getDate()).toBe(25);
  });
});
