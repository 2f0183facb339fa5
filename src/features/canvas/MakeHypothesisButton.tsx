import { clipText, MAX_TEXT } from '../../domain/limits';
import { barriersAnswered } from '../../domain/operations';
import type { Card } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { workspaceStore } from '../../store/workspace';
import { hypothesisHref, navigate } from '../../ui/route';
import { newHypothesisDraft } from '../hypotheses/newHypothesisDraft';

/** "If we <do the recommendation>": lower-case its first letter unless it starts an acronym. */
function asClause(text: string): string {
  const trimmed = text.trim().replace(/[.!]+$/, '');
  const [first = '', second = ''] = trimmed;
  return second && second === second.toLocaleLowerCase() ? first.toLocaleLowerCase() + trimmed.slice(1) : trimmed;
}

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Turns a recommendation into a hypothesis prefilled from the map, and opens it. */
export function MakeHypothesisButton({ card }: { card: Card }) {
  const t = useT();
  const make = () => {
    const ws = workspaceStore.store.getState().workspace;
    const barriers = barriersAnswered(ws, card.id).map((id) => t('hyp.quote', { text: ws.cards[id]!.text.trim() }));
    const text = asClause(card.text);
    const statement = barriers.length
      ? t('hyp.statementTemplate', { text, barriers: barriers.join('; '), count: barriers.length })
      : t('hyp.statementTemplateNoBarrier', { text });
    const title = t('hyp.newTitle', { text: shorten(card.text.trim()) });
    const id = actions.addHypothesisFromRecommendation(card.id, newHypothesisDraft(title, clipText(statement, MAX_TEXT), t));
    // Null: refused for a limit, and the user was told why.
    if (id) navigate(hypothesisHref(id));
  };
  return (
    <button type="button" onClick={make}>
      {t('hyp.make')}
    </button>
  );
}
