// Numbers typed or pasted by a person, read the way the UI language writes them. English groups
// thousands with ',' and marks decimals with '.'; Russian groups with spaces and marks decimals
// with ',' (a '.' is taken as a decimal point too). A space group of three digits reads the same
// in both. Text that is a number in another convention but not in this one ("1,5" in English)
// is refused with the readings it could have meant, never silently guessed: "10,000" read as
// 10 once turned ten thousand customers into ten.
import type { Language } from '../i18n/language';

/** Refused because it reads differently elsewhere: the message shows what to type instead. */
export type AmbiguousNumber =
  | { key: 'number.ambiguous'; params: { text: string; first: string } }
  | { key: 'number.ambiguousTwo'; params: { text: string; first: string; second: string } };

/** A number; null when nothing was typed; 'invalid' for text that is no number anywhere. */
export type ParsedNumber = number | null | 'invalid' | AmbiguousNumber;

/** Every space a number may be grouped with: typed, no-break and (narrow) no-break as formatters write. */
const SPACE = /[ \u00a0\u202f\u2009]/;
/** Digit runs joined by single separators, after an optional minus; no exponent, no NaN. */
const SHAPE = /^(-?)(\d+(?:[., \u00a0\u202f\u2009]\d+)*)$/;

interface Convention {
  groups: readonly string[];
  decimals: readonly string[];
}

/** ' ' stands for every kind of space. */
const CONVENTIONS = {
  en: { groups: [',', ' '], decimals: ['.'] },
  ru: { groups: [' '], decimals: [',', '.'] },
  // Only to suggest what "1.000,5" meant: German, Spanish, Italian...
  dotGroups: { groups: ['.', ' '], decimals: [','] },
} satisfies Record<string, Convention>;

interface Digits {
  whole: string;
  fraction: string;
}

/**
 * The digits under a convention, or null. The last separator may be the decimal mark; all
 * others group thousands: one mark throughout, 1-3 digits first (not starting with 0) and
 * exactly 3 after each mark.
 */
function readAs(runs: string[], seps: string[], convention: Convention): Digits | null {
  const last = seps.at(-1);
  const decimal = last !== undefined && convention.decimals.includes(last);
  const groups = decimal ? seps.slice(0, -1) : seps;
  const wholeRuns = decimal ? runs.slice(0, -1) : runs;
  if (groups.length > 0) {
    if (!groups.every((sep) => sep === groups[0] && convention.groups.includes(sep))) return null;
    const [first, ...rest] = wholeRuns;
    if (first!.length > 3 || first!.startsWith('0') || rest.some((run) => run.length !== 3)) return null;
  }
  return { whole: wholeRuns.join(''), fraction: decimal ? runs.at(-1)! : '' };
}

const toNumber = (sign: string, d: Digits) => Number(`${sign}${d.whole}${d.fraction ? `.${d.fraction}` : ''}`);

/** How to type it in this language: no grouping, the language's own decimal mark. */
function written(sign: string, d: Digits, language: Language): string {
  const whole = d.whole.replace(/^0+(?=\d)/, '');
  return `${sign}${whole}${d.fraction ? (language === 'ru' ? ',' : '.') + d.fraction : ''}`;
}

/** What a number that fails this language's rules may have meant, most likely first, no repeats. */
function otherReadings(runs: string[], seps: string[]): Digits[] {
  const readings: Digits[] = [];
  const add = (d: Digits | null) => {
    if (d && !readings.some((r) => Number(`${r.whole}.${r.fraction || 0}`) === Number(`${d.whole}.${d.fraction || 0}`))) readings.push(d);
  };
  // The other language's marks: "1,5" is one and a half in Russian, "1,000.5" a thousand in English.
  add(readAs(runs, seps, CONVENTIONS.en));
  add(readAs(runs, seps, CONVENTIONS.dotGroups));
  // One mark used throughout may only have been meant to group, however unevenly ("1,00,000").
  if (seps.every((sep) => sep === seps[0])) add({ whole: runs.join(''), fraction: '' });
  return readings;
}

/** A number typed by a person in this UI language; leading and trailing spaces are ignored. */
export function parseNumber(raw: string, language: Language): ParsedNumber {
  const text = raw.trim();
  if (text === '') return null;
  const shape = SHAPE.exec(text);
  if (!shape) return 'invalid';
  const sign = shape[1]!;
  const body = shape[2]!;
  const runs = body.split(/[^\d]/);
  const seps = [...body.replace(/\d+/g, '')].map((sep) => (SPACE.test(sep) ? ' ' : sep));
  const own = readAs(runs, seps, CONVENTIONS[language]);
  if (own) {
    const value = toNumber(sign, own);
    if (!Number.isFinite(value)) return 'invalid';
    return value === 0 ? 0 : value; // never -0: it would show as "-0"
  }
  const [first, second] = otherReadings(runs, seps).map((d) => written(sign, d, language));
  if (first === undefined) return 'invalid';
  if (second === undefined) return { key: 'number.ambiguous', params: { text, first } };
  return { key: 'number.ambiguousTwo', params: { text, first, second } };
}

/** The number, or null for anything else (empty, invalid or ambiguous). */
export function numberOrNull(parsed: ParsedNumber): number | null {
  return typeof parsed === 'number' ? parsed : null;
}

export function isAmbiguous(parsed: ParsedNumber): parsed is AmbiguousNumber {
  return typeof parsed === 'object' && parsed !== null;
}
