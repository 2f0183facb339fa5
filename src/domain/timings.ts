// User Timing measures (tropa:*) that `npm run bench` reads with performance.getEntriesByName.
// The browser keeps every measure until it is cleared, so one taken per save or per export
// would grow for the life of the tab. These keep the most recent ones only.

/** Measures of one name kept at least; the bench reads the newest. */
export const KEEP_MEASURES = 1000;
// Trimming copies the kept measures, so it runs once per this many new ones, not on each:
// between KEEP_MEASURES and KEEP_MEASURES + TRIM_EVERY measures of a name exist at a time.
const TRIM_EVERY = KEEP_MEASURES / 4;

const sinceTrim = new Map<string, number>();

/**
 * Call after each performance.measure(name, ...): once enough have piled up, drops all but the
 * newest KEEP_MEASURES of that name. The Performance API can only clear a name whole, so the
 * kept ones are cleared and measured again with their own start and duration.
 */
export function keepRecentMeasures(name: string): void {
  const count = (sinceTrim.get(name) ?? 0) + 1;
  sinceTrim.set(name, count);
  if (count < TRIM_EVERY) return;
  sinceTrim.set(name, 0);
  const entries = performance.getEntriesByName(name, 'measure');
  if (entries.length <= KEEP_MEASURES) return;
  performance.clearMeasures(name);
  for (const entry of entries.slice(-KEEP_MEASURES)) {
    performance.measure(name, { start: entry.startTime, duration: entry.duration, detail: (entry as PerformanceMeasure).detail });
  }
}

/** performance.measure from `start` to `end`, keeping only the recent measures of `name`. */
export function measure(name: string, start: number, end = performance.now()): void {
  performance.measure(name, { start, end });
  keepRecentMeasures(name);
}
