import { useMemo } from 'react';
import { byOrder } from '../../domain/order';
import type { Card } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { useWorkspace } from '../../store/workspace';

/** Checkboxes linking a recommendation to the barriers of its map that it removes. */
export function BarrierLinks({ card }: { card: Card }) {
  const t = useT();
  const cards = useWorkspace((ws) => ws.cards);
  const lanes = useWorkspace((ws) => ws.lanes);
  const stages = useWorkspace((ws) => ws.stages);
  const links = useWorkspace((ws) => ws.links);
  const barriers = useMemo(
    () =>
      Object.values(cards)
        .filter((c) => c.mapId === card.mapId && lanes[c.laneId]?.kind === 'barriers')
        .sort((a, b) => (stages[a.stageId]?.order ?? 0) - (stages[b.stageId]?.order ?? 0) || byOrder(a, b)),
    [cards, lanes, stages, card.mapId],
  );
  const linkTo = useMemo(() => {
    const byTarget = new Map<string, string>();
    for (const link of Object.values(links)) if (link.fromCardId === card.id) byTarget.set(link.toCardId, link.id);
    return byTarget;
  }, [links, card.id]);

  return (
    <fieldset className="barrier-links">
      <legend>{t('link.removes')}</legend>
      {barriers.length === 0 && <p className="hint">{t('link.noBarriers')}</p>}
      {barriers.map((barrier) => {
        const linkId = linkTo.get(barrier.id);
        return (
          <label key={barrier.id}>
            <input
              type="checkbox"
              checked={linkId !== undefined}
              onChange={() => (linkId ? actions.deleteLink(linkId) : actions.addLink(card.id, barrier.id))}
            />
            <span>
              <span className="barrier-stage">{stages[barrier.stageId]?.name}: </span>
              {barrier.text}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
