import { afterEach, describe, expect, it } from 'vitest';
import { KEEP_MEASURES, keepRecentMeasures, measure } from './timings';

const NAME = 'tropa:test-timing';

describe('timing measures', () => {
  afterEach(() => performance.clearMeasures(NAME));

  it('keep the newest measures of a name, not every one ever taken', () => {
    const taken = KEEP_MEASURES * 3;
    // Measure i lasts i ms: the kept ones show which survived.
    for (let i = 1; i <= taken; i++) measure(NAME, 0, i);
    const kept = performance.getEntriesByName(NAME, 'measure');
    expect(kept.length).toBeGreaterThanOrEqual(KEEP_MEASURES);
    expect(kept.length).toBeLessThanOrEqual(KEEP_MEASURES * 1.25);
    // The newest, which the bench reads, is the last entry.
    expect(kept.at(-1)!.duration).toBe(taken);
    expect(kept.map((e) => e.duration)).toEqual(Array.from({ length: kept.length }, (_, i) => taken - kept.length + 1 + i));
  });

  it('keeps measures taken directly, when told after each', () => {
    for (let i = 1; i <= KEEP_MEASURES * 2; i++) {
      performance.measure(NAME, { start: 0, end: i });
      keepRecentMeasures(NAME);
    }
    expect(performance.getEntriesByName(NAME, 'measure').length).toBeLessThanOrEqual(KEEP_MEASURES * 1.25);
  });
});
