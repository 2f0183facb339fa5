// zod's issues in plain words: a path into the file and one of our problem codes.
import type { z } from 'zod';
import { formatPath, type PathSegment, type Problem } from './problems';

/** The value at a path, looking only at own properties (never up a prototype chain). */
export function valueAt(root: unknown, path: readonly PathSegment[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || typeof segment === 'symbol') return { found: false, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return { found: false, value: undefined };
    current = (current as Record<string | number, unknown>)[segment];
  }
  return { found: true, value: current };
}

const EXPECTED: Record<string, Problem['code']> = {
  string: 'expectedText',
  number: 'expectedNumber',
  int: 'expectedWholeNumber',
  boolean: 'expectedBoolean',
  array: 'expectedList',
  object: 'expectedObject',
};

function lengthOf(value: unknown): number {
  return typeof value === 'string' || Array.isArray(value) ? value.length : 0;
}

export function issueToProblem(issue: z.core.$ZodIssue, input: unknown): Problem {
  const path = formatPath(issue.path);
  const last = issue.path.at(-1);
  // An absent field fails whatever rule it has (type, enum, literal): say it is missing.
  if (!valueAt(input, issue.path).found) return { path, code: 'missing' };
  switch (issue.code) {
    case 'invalid_type':
      return { path, code: EXPECTED[issue.expected] ?? 'invalid' };
    case 'too_big': {
      const value = valueAt(input, issue.path).value;
      if (issue.origin === 'string') return { path, code: 'tooLong', params: { length: lengthOf(value), max: Number(issue.maximum) } };
      if (issue.origin === 'array') return { path, code: 'tooMany', params: { count: lengthOf(value), limit: Number(issue.maximum) } };
      if (issue.inclusive === false) return { path, code: 'notBelow', params: { max: Number(issue.maximum) } };
      return { path, code: 'tooLarge', params: { max: Number(issue.maximum) } };
    }
    case 'too_small': {
      if (issue.origin === 'string') return { path, code: 'emptyText' };
      if (issue.inclusive === false) return { path, code: 'notAbove', params: { min: Number(issue.minimum) } };
      return { path, code: 'tooSmall', params: { min: Number(issue.minimum) } };
    }
    case 'invalid_value':
      return { path, code: 'oneOf', params: { values: issue.values.map((v) => String(v)).join(', ') } };
    case 'invalid_format':
      return { path, code: last === 'photo' ? 'badPhoto' : 'badDate' };
    case 'invalid_union':
      return { path, code: last === 'plannedStart' || last === 'plannedEnd' ? 'badDate' : 'invalid' };
    case 'custom': {
      // Rules of our own name their problem in params (see schema.ts).
      const code = (issue.params as { problem?: Problem['code'] } | undefined)?.problem;
      return { path, code: code ?? (last === 'photo' ? 'badPhoto' : 'invalid') };
    }
    default:
      return { path, code: last === 'photo' ? 'badPhoto' : 'invalid' };
  }
}
