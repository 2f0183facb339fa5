import type { HypothesisDraft } from '../../domain/operations';
import type { T } from '../../i18n/useT';
import { isoDate } from '../../domain/fileName';


/** A new hypothesis starts today and runs five months, the middle of the method's 4-6. */
export function newHypothesisDraft(title: string, statement: string, t: T, today = new Date()): HypothesisDraft {
  const end = new Date(today);
  end.setMonth(end.getMonth() + 5);
  return { title, statement, control: t('hyp.defaultControl'), plannedStart: isoDate(today), plannedEnd: isoDate(end) };
}
