/**
 * Find in card text, with stemming for Russian and English: "цена" finds "цену", "цене",
 * "ценой" and "цен"; "price" finds "prices" and "pricing".
 *
 * The query and the text are split into words (runs of Unicode letters, marks and digits),
 * folded (lower case, ё as е) and stemmed with Snowball's Russian stemmer for words with
 * Cyrillic letters and the Porter stemmer for words with Latin ones. A text matches when every
 * query word's stem begins some word's stem of the text (so a half-typed word keeps its
 * matches), or the query word is a plain substring of a word; a plain substring of the whole
 * text matches too, as it always has.
 *
 * Words are stemmed once: the words of each card text are kept in a bounded cache, so a query
 * over thousands of cards only compares strings.
 */
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';

/** A run of a text, in UTF-16 code units: start inclusive, end exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

interface Word {
  readonly start: number;
  readonly end: number;
  /** Lower case, ё as е. */
  readonly folded: string;
  readonly stem: string;
}

interface AnalysedText {
  readonly folded: string;
  readonly words: readonly Word[];
}

/** A query made ready for matching; build it with compileQuery. */
export interface TextQuery {
  /** The whole query, trimmed and folded. */
  readonly folded: string;
  readonly words: readonly { readonly folded: string; readonly stem: string }[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;

/**
 * Lower case with ё as е, keeping every character at its index (so ranges found in the folded
 * text are ranges of the original). The rare character whose lower case has another length
 * (such as "İ") is left as it is.
 */
export function foldText(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    lower = '';
    for (const ch of text) {
      const l = ch.toLowerCase();
      lower += l.length === ch.length ? l : ch;
    }
  }
  return lower.replace(/ё/g, 'е');
}

const STEM_CACHE_LIMIT = 100_000;
const stems = new Map<string, string>();

/** The stem of a folded word: Russian for Cyrillic words, English for Latin ones. */
export function stemWord(folded: string): string {
  let stem = stems.get(folded);
  if (stem === undefined) {
    stem = CYRILLIC.test(folded) ? stemRussian(folded) : LATIN.test(folded) ? stemEnglish(folded) : folded;
    // Snowball stems are never empty, but an empty one would begin every word.
    if (!stem) stem = folded;
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(folded, stem);
  }
  return stem;
}

/** The words of a folded text; foldText keeps indices, so they are indices of the original too. */
function words(folded: string): Word[] {
  const found: Word[] = [];
  for (const m of folded.matchAll(WORD)) {
    found.push({ start: m.index, end: m.index + m[0].length, folded: m[0], stem: stemWord(m[0]) });
  }
  return found;
}

// Enough for several 5,000-card maps; past it the cache starts again rather than growing.
const TEXT_CACHE_LIMIT = 20_000;
const analysed = new Map<string, AnalysedText>();

function analyse(text: string): AnalysedText {
  let result = analysed.get(text);
  if (result === undefined) {
    const folded = foldText(text);
    result = { folded, words: words(folded) };
    if (analysed.size >= TEXT_CACHE_LIMIT) analysed.clear();
    analysed.set(text, result);
  }
  return result;
}

let lastQuery: TextQuery | null = null;

/**
 * The query ready for matching, or null when it is blank. The same query gives the same object
 * (the last one is kept), so components that take it as a prop do not re-render for nothing.
 */
export function compileQuery(query: string): TextQuery | null {
  const folded = foldText(query.trim());
  if (!folded) return null;
  if (lastQuery?.folded === folded) return lastQuery;
  const seen = new Set<string>();
  const queryWords: { folded: string; stem: string }[] = [];
  for (const [word] of folded.matchAll(WORD)) {
    if (seen.has(word)) continue;
    seen.add(word);
    queryWords.push({ folded: word, stem: stemWord(word) });
  }
  lastQuery = { folded, words: queryWords };
  return lastQuery;
}

function wordMatches(query: { folded: string; stem: string }, word: Word): boolean {
  return word.stem.startsWith(query.stem) || word.folded.includes(query.folded);
}

function everyWordMatches(query: TextQuery, text: AnalysedText): boolean {
  return query.words.length > 0 && query.words.every((q) => text.words.some((w) => wordMatches(q, w)));
}

/** Whether the text matches the query. */
export function matchesText(query: TextQuery, text: string): boolean {
  const analysedText = analyse(text);
  return analysedText.folded.includes(query.folded) || everyWordMatches(query, analysedText);
}

/**
 * What to highlight in a matching text: each word form that a query word matches, and each
 * plain occurrence of the whole query widened to whole words; sorted, merged, never
 * overlapping. Empty when the text does not match.
 */
export function matchRanges(query: TextQuery, text: string): TextRange[] {
  const analysedText = analyse(text);
  const ranges: { start: number; end: number }[] = [];
  const byWords = everyWordMatches(query, analysedText);
  if (byWords) {
    for (const word of analysedText.words) {
      if (query.words.some((q) => wordMatches(q, word))) ranges.push({ start: word.start, end: word.end });
    }
  }
  const length = query.folded.length;
  for (let at = analysedText.folded.indexOf(query.folded); at >= 0; at = analysedText.folded.indexOf(query.folded, at + length)) {
    let start = at;
    let end = at + length;
    for (const word of analysedText.words) {
      if (word.end > start && word.start < end) {
        start = Math.min(start, word.start);
        end = Math.max(end, word.end);
      }
    }
    ranges.push({ start, end });
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
