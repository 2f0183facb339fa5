import type { Problem } from '../../domain/transfer';
import type { MessageKey } from '../../i18n/translate';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Large numbers read better grouped: 100,000 cards. */
function groupDigits(params: Problem['params'], language: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    out[key] = typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value;
  }
  return out;
}

/** One problem in plain words: "stages[3].name: expected text". */
export function problemText(problem: Problem, t: Translate, language = 'en'): string {
  const message = t(`transfer.problem.${problem.code}`, groupDigits(problem.params, language));
  return problem.path ? `${problem.path}: ${message}` : message.charAt(0).toLocaleUpperCase() + message.slice(1);
}
