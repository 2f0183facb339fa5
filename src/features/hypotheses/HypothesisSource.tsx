import { barriersAnswered } from '../../domain/operations';
import type { Hypothesis } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { useWorkspace } from '../../store/workspace';
import { mapHref } from '../../ui/route';

/** Joins the barrier texts into one string, so the selector's result compares by value. */
const SEPARATOR = '\u0000';

/** The map, stage and recommendation the hypothesis came from, and the barriers it answers. */
export function HypothesisSource({ hypothesis: h }: { hypothesis: Hypothesis }) {
  const t = useT();
  const map = useWorkspace((ws) => (h.mapId ? ws.maps[h.mapId] : undefined));
  const stage = useWorkspace((ws) => (h.stageId ? ws.stages[h.stageId] : undefined));
  const card = useWorkspace((ws) => (h.recommendationCardId ? ws.cards[h.recommendationCardId] : undefined));
  const barrierTexts = useWorkspace((ws) =>
    h.recommendationCardId ? barriersAnswered(ws, h.recommendationCardId).map((id) => ws.cards[id]!.text).join(SEPARATOR) : '',
  );
  return (
    <section className="hypothesis-section" aria-labelledby="hyp-source">
      <h2 id="hyp-source">{t('hyp.source')}</h2>
      {!map ? (
        <p>{t('hyp.noSource')}</p>
      ) : (
        <dl className="source-list">
          <dt>{t('hyp.sourceMap')}</dt>
          <dd>
            <a href={mapHref(map.id)}>{map.title}</a>
          </dd>
          {stage && (
            <>
              <dt>{t('hyp.sourceStage')}</dt>
              <dd>{stage.name}</dd>
            </>
          )}
          <dt>{t('hyp.sourceRecommendation')}</dt>
          <dd>{card ? card.text : <em>{t('hyp.sourceGone')}</em>}</dd>
          {barrierTexts && (
            <>
              <dt>{t('hyp.sourceBarriers')}</dt>
              <dd>
                <ul>
                  {barrierTexts.split(SEPARATOR).map((text, i) => (
                    <li key={i}>{text}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
