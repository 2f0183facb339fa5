// A limit an edit would have gone past (domain/limits.ts), in the user's words.
import { MAX_TEXT, type LimitProblem } from '../domain/limits';
import type { T } from '../i18n/useT';

const MB = 1024 * 1024;

export function limitText(problem: LimitProblem, t: T): string {
  switch (problem.code) {
    case 'tooMany':
      return t(`limit.tooMany.${problem.table}`, { count: problem.count, limit: problem.limit });
    case 'tooManyInMap':
      return t(`limit.perMap.${problem.table}`, { count: problem.count, limit: problem.limit });
    case 'tooLong':
      return problem.table === 'cards' && problem.limit === MAX_TEXT
        ? t('limit.cardTooLong', { length: problem.length, limit: problem.limit })
        : t('limit.tooLong', { length: problem.length, limit: problem.limit });
    case 'listTooLong':
      return t(problem.field === 'history' ? 'limit.history' : 'limit.readings', { limit: problem.limit });
    case 'photoTooLarge':
      return t('limit.photo', { length: problem.length, limit: problem.limit });
    case 'backupTooLarge':
      // One decimal, rounded up: "20.1 MB" must not read as the limit itself.
      return t('limit.backupTooLarge', { size: Math.ceil((problem.bytes / MB) * 10) / 10, limit: problem.limit / MB });
  }
}
