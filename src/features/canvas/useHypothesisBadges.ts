import { useMemo } from 'react';
import type { Card, Hypothesis, Id, LaneKind } from '../../domain/types';
import { useLanguage, type T } from '../../i18n/useT';
import { useWorkspace } from '../../store/workspace';
import { hypothesisBadges, type HypothesisBadge } from '../hypotheses/badges';

export type { HypothesisBadge };

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
    const badges = hypothesisBadges(hypotheses, new Set(cards.map((c) => c.id)), t, language);
    return badges.size ? badges : NONE;
  }, [hypotheses, cards, t, language]);
}
