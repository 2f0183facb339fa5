import { useMemo } from 'react';
import { analyseHypothesis } from '../../domain/hypotheses/analysis';
import type { Card, Id, LaneKind } from '../../domain/types';
import { useLanguage, type T } from '../../i18n/useT';
import { useWorkspace } from '../../store/workspace';
import { workspaceStore } from '../../store/workspace';
import { badgeSummary } from '../hypotheses/format';

export interface HypothesisBadge {
  id: Id;
  title: string;
  summary: string;
}

const NONE = new Map<Id, HypothesisBadge[]>();

/**
 * The hypotheses born from the recommendation cards of one cell, as badges. The cell subscribes
 * to a short text signature of them, so an unrelated edit does not re-render it.
 */
export function useHypothesisBadges(cards: Card[], kind: LaneKind, t: T): Map<Id, HypothesisBadge[]> {
  const language = useLanguage();
  const signature = useWorkspace((ws) => {
    if (kind !== 'recommendations') return '';
    const ids = new Set(cards.map((c) => c.id));
    let key = '';
    for (const h of Object.values(ws.hypotheses)) {
      if (h.recommendationCardId && ids.has(h.recommendationCardId)) key += `${h.id}:${h.updatedAt};`;
    }
    return key;
  });
  return useMemo(() => {
    if (!signature) return NONE;
    const badges = new Map<Id, HypothesisBadge[]>();
    const hypotheses = Object.values(workspaceStore.store.getState().workspace.hypotheses).sort((a, b) => a.createdAt - b.createdAt);
    for (const h of hypotheses) {
      if (!h.recommendationCardId || !signature.includes(`${h.id}:`)) continue;
      const list = badges.get(h.recommendationCardId) ?? [];
      list.push({ id: h.id, title: h.title, summary: badgeSummary(h.status, analyseHypothesis(h), t, language) });
      badges.set(h.recommendationCardId, list);
    }
    return badges;
  }, [signature, t, language]);
}
