import { analyseHypothesis } from '../../domain/hypotheses/analysis';
import type { Hypothesis, Id } from '../../domain/types';
import type { Language } from '../../i18n/language';
import type { T } from '../../i18n/useT';
import { badgeSummary } from './format';

/** A hypothesis as its recommendation card shows it: its status, or its result once decided. */
export interface HypothesisBadge {
  id: Id;
  title: string;
  summary: string;
}

/**
 * The badges of the given recommendation cards, oldest hypothesis first. The one place that
 * decides what a card says about its hypotheses: the board and the exported picture both ask
 * here, so the picture shows what the board shows.
 */
export function hypothesisBadges(
  hypotheses: Record<Id, Hypothesis>,
  cardIds: ReadonlySet<Id>,
  t: T,
  language: Language,
): Map<Id, HypothesisBadge[]> {
  const badges = new Map<Id, HypothesisBadge[]>();
  for (const h of Object.values(hypotheses).sort((a, b) => a.createdAt - b.createdAt)) {
    if (!h.recommendationCardId || !cardIds.has(h.recommendationCardId)) continue;
    const list = badges.get(h.recommendationCardId) ?? [];
    list.push({ id: h.id, title: h.title, summary: badgeSummary(h.status, analyseHypothesis(h), t, language) });
    badges.set(h.recommendationCardId, list);
  }
  return badges;
}
