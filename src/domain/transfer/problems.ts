// What can be wrong with an imported file or table. Each problem names where it is (a path
// into the file such as `stages[3].name`, or a spreadsheet cell such as `B3`) and a code that
// the UI turns into plain words in the user's language (i18n key `transfer.problem.<code>`).

export const PROBLEM_CODES = [
  // the file as a whole
  'fileTooLarge',
  'empty',
  'notJson',
  'notTropa',
  'versionInvalid',
  'versionNewer',
  'kindInvalid',
  'mapCount',
  'nothing',
  'tooMany',
  'tooManyStagesInMap',
  'tooManyLanesInMap',
  'tooManyCardsInMap',
  // one value
  'missing',
  'expectedText',
  'expectedNumber',
  'expectedWholeNumber',
  'expectedBoolean',
  'expectedList',
  'expectedObject',
  'oneOf',
  'tooLong',
  'emptyText',
  'tooSmall',
  'tooLarge',
  'notAbove',
  'notBelow',
  'notZero',
  'conversionsOverUsers',
  'badDate',
  'badTime',
  'badPhoto',
  'invalid',
  // references between records
  'duplicateId',
  'danglingSegment',
  'danglingPersona',
  'danglingMap',
  'danglingStage',
  'danglingLane',
  'danglingCard',
  'danglingChannel',
  'otherMap',
  'personaOtherSegment',
  'cardInEmotions',
  // spreadsheets
  'tableTooLarge',
  'unclosedQuote',
  'noStages',
  'noLanes',
  'tooManyStages',
  'tooManyLanes',
  'tooManyCards',
  'cellTooLong',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  /** Where: `cards[12].stageId`, `B3`, or '' for the file as a whole. */
  path: string;
  code: ProblemCode;
  params?: Record<string, string | number>;
}

export type PathSegment = string | number | symbol;

/** `['stages', 3, 'name']` -> `stages[3].name`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnName(index: number): string {
  let name = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A cell address as spreadsheets write it: column 1, row 2 (0-based) -> `B3`. */
export function cellName(column: number, row: number): string {
  return `${columnName(column)}${row + 1}`;
}

/** Problems past this many are counted, not listed: a broken file can have thousands. */
export const MAX_LISTED_PROBLEMS = 50;

export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const fail = (problems: Problem[]): { ok: false; problems: Problem[] } => ({ ok: false, problems });
