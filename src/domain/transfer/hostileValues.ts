// Test support, like testData.ts (only tests import it): files carrying the hostile values that
// once passed the import and then broke a page or an export (issue 13) - texts with control
// characters and broken UTF-16, times beyond what a Date holds, days no calendar has.
// hostile.test.ts imports them; features/export/hostileRender.test.ts shows and exports
// whatever was accepted.
import fc from 'fast-check';
import { cleanText } from '../cleanText';
import { MAX_TIME_MS } from '../showableTime';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Fields whose text a page or the picture shows. */
const TEXT_KEYS = new Set([
  'name', 'title', 'description', 'text', 'gender', 'city', 'currency', 'interests', 'onlineBehaviour', 'habits',
  'goals', 'pains', 'quote', 'notes', 'statement', 'metric', 'treatment', 'control', 'owner', 'conclusion',
]);
const TIME_KEYS = new Set(['createdAt', 'updatedAt', 'at']);
const DAY_KEYS = new Set(['plannedStart', 'plannedEnd', 'date']);

/** The characters that broke the picture, and their neighbours that must not. */
export const HOSTILE_CHARACTERS = [
  '\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\t', '\r', '\n', '\u007F', '\u0085',
  '\u2028', '\uD83D', '\uDE00', '\uD83D\uDE00', '\uFFFE', '\uFFFF', '\uFEFF', '<', '&', ']]>', '%',
];

/** Hostile characters mixed with any UTF-16 code units (lone surrogates included) and plain text. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE_CHARACTERS),
      fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

/** Times a Date holds, up to its very edges, and times it cannot. */
export const SHOWABLE_TIMES = [0, -1, 0.5, MAX_TIME_MS, -MAX_TIME_MS, -62_135_596_800_000, 253_402_300_799_999];
export const UNSHOWABLE_TIMES = [1e300, -1e300, 9e15, -9e15, MAX_TIME_MS + 1, Number.MAX_VALUE];
/** Days the calendar has (at the edges of four-digit years), and ones it has not. */
export const GOOD_DAYS = ['0100-01-01', '9999-12-31', '2024-02-29'];
export const BAD_DAYS = ['0000-01-01', '2026-02-30', '2026-13-01', '275760-09-13', '+275760-09-13'];

export interface HostileFile {
  text: string;
  /** Whether the file holds a value the import must refuse (a time or day no calendar has). */
  refused: boolean;
}

function pathsOf(doc: Json): { texts: Path[]; times: Path[]; days: Path[] } {
  const found = { texts: [] as Path[], times: [] as Path[], days: [] as Path[] };
  const walk = (value: Json, path: Path): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, [...path, i]));
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const at = [...path, key];
      if (typeof child === 'string' && TEXT_KEYS.has(key)) found.texts.push(at);
      if (typeof child === 'number' && TIME_KEYS.has(key)) found.times.push(at);
      if (typeof child === 'string' && DAY_KEYS.has(key)) found.days.push(at);
      walk(child, at);
    }
  };
  walk(doc, []);
  return found;
}

function setAt(doc: Json, path: Path, value: Json): void {
  let node = doc as Record<string | number, Json>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, Json>;
  node[path.at(-1)!] = value;
}

/**
 * The valid file `validText` with one to four of its texts, times and days replaced by hostile
 * values. Texts are never a reason to refuse (they are cleaned), except a channel name that
 * cleaning leaves empty; times and days are refused exactly when no calendar holds them.
 */
export function hostileFiles(validText: string): fc.Arbitrary<HostileFile> {
  const paths = pathsOf(JSON.parse(validText) as Json);
  const pick = (list: Path[]) => fc.nat().map((n) => list[n % list.length]!);
  const edit = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(pick(paths.texts), hostileText) },
    { weight: 2, arbitrary: fc.tuple(pick(paths.times), fc.constantFrom(...SHOWABLE_TIMES, ...UNSHOWABLE_TIMES)) },
    { weight: 1, arbitrary: fc.tuple(pick(paths.days), fc.constantFrom(...GOOD_DAYS, ...BAD_DAYS)) },
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
    const doc = JSON.parse(validText) as Json;
    for (const [path, value] of edits) setAt(doc, path, value);
    // Judged on the final values: a later edit may replace an earlier one at the same place.
    const refused = edits.some(([path]) => {
      let value = doc as Json;
      for (const segment of path) value = (value as Record<string | number, Json>)[segment]!;
      if (typeof value === 'number') return (UNSHOWABLE_TIMES as number[]).includes(value);
      if (BAD_DAYS.includes(value as string) && DAY_KEYS.has(path.at(-1) as string)) return true;
      return path[0] === 'channels' && path.at(-1) === 'name' && cleanText(value as string) === '';
    });
    return { text: JSON.stringify(doc), refused };
  });
}
