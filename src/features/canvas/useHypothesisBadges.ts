import { useMemo } from 'react';
import { analyseHypothesis } from '../../domain/hypotheses/analysis';
import type { Card, Hypothesis, Id, LaneKind } from '../../domain/types';
import { useLanguage, type T } from '../../i18n/useT';
import { useWorkspace } from '../../store/workspace';
import { badgeSummary } from '../hypotheses/format';

export interface HypothesisBadge {
  id: Id;
  title: string;
  summary: string;
}

const NO_HYPOTHESES: Record<Id, Hypothesis> = {};
const NONE = new Map<Id, HypothesisBadge[]>();

/**
 * The hypotheses born from the recommendation cards of one cell, as badges. Only recommendation
 * cells subscribe, and only to the hypotheses record: a card edit does not recompute them.
 */
export function useHypothesisBadges(cards: Card[], kind: LaneKind, t: T): Map<Id, HypothesisBadge[]> {
  const language = useLanguage();
  const hypotheses = useWorkspace((ws) => (kind === 'recommendations' ? ws.hypotheses : NO_HYPOTHESES));
  return useMemo(() => {
    if (hypotheses === NO_HYPOTHESES) return NONE;
    const here = new Set(cards.map((c) => c.id));
    const badges = new Map<Id, HypothesisBadge[]>();
    for (const h of Object.values(hypotheses).sort((a, b) => a.createdAt - b.createdAt)) {
      if (!h.recommendationCardId || !here.has(h.recommendationCardId)) continue;
      const list = badges.get(h.recommendationCardId) ?? [];
      list.push({ id: h.id, title: h.title, summary: badgeSummary(h.status, analyseHypothesis(h), t, language) });
      badges.set(h.recommendationCardId, list);
    }
    return badges.size ? badges : NONE;
  }, [hypotheses, cards, t, language]);
}
