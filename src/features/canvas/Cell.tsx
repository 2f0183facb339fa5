import { memo } from 'react';
import { compileQuery, matchesText } from '../../domain/textSearch';
import type { Card, Lane, Stage } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { CardEditor } from './CardEditor';
import { CardView } from './CardView';
import { normaliseQuery, useEditorStore, type Emphasis } from './editorStore';
import { useHypothesisBadges } from './useHypothesisBadges';

interface CellProps {
  stage: Stage;
  lane: Lane;
  laneName: string;
  cards: Card[];
  /** Barrier lanes only: the barriers some recommendation answers. */
  answered: Set<string> | null;
}

/** One stage x lane cell: its cards, a draft card while one is being added, and a "+" button. */
export const Cell = memo(function Cell({ stage, lane, laneName, cards, answered }: CellProps) {
  const t = useT();
  const drafting = useEditorStore((s) => s.draftCell?.stageId === stage.id && s.draftCell.laneId === lane.id);
  // Only the cell that holds the edited card re-renders when editing starts or stops.
  const editingId = useEditorStore((s) => (cards.some((c) => c.id === s.editingCardId) ? s.editingCardId : null));
  const startDraft = useEditorStore((s) => s.startDraft);
  const query = useEditorStore((s) => normaliseQuery(s.query));
  const channel = useEditorStore((s) => s.channelFilter);
  // Only the ids of this cell's selected cards, so other cells skip re-rendering.
  const selectedHere = useEditorStore((s) =>
    s.selection.length ? cards.filter((c) => s.selection.includes(c.id)).map((c) => c.id).join(' ') : '',
  );
  const find = compileQuery(query);
  const emphasis = (card: Card): Emphasis => {
    if (find) return matchesText(find, card.text) ? 'hit' : 'dim';
    if (channel && lane.kind === 'touchpoints') return card.channel === channel ? 'hit' : 'dim';
    return null;
  };
  const stopDraft = useEditorStore((s) => s.stopDraft);
  const badges = useHypothesisBadges(cards, lane.kind, t);
  const cellName = `${stage.name}, ${laneName}`;
  return (
    <div
      className={`cell lane-${lane.kind}`}
      role="list"
      aria-label={cellName}
      tabIndex={-1}
      data-stage-id={stage.id}
      data-lane-id={lane.id}
      onDoubleClick={(e) => {
        if (e.target === e.currentTarget) startDraft(stage.id, lane.id);
      }}
    >
      {cards.map((card) => (
        <CardView
          key={card.id}
          card={card}
          kind={lane.kind}
          editing={card.id === editingId}
          unanswered={answered ? !answered.has(card.id) : false}
          emphasis={emphasis(card)}
          highlight={find && matchesText(find, card.text) ? find : null}
          selected={selectedHere !== '' && selectedHere.split(' ').includes(card.id)}
          badges={badges.get(card.id)}
          t={t}
        />
      ))}
      {drafting && (
        <CardEditor
          initial=""
          onCommit={(text) => {
            stopDraft();
            if (text.trim()) actions.addCard(stage.id, lane.id, text);
          }}
          onCancel={stopDraft}
        />
      )}
      <button
        type="button"
        className="cell-add nodrag"
        aria-label={t('card.add', { stage: stage.name, lane: laneName })}
        onClick={() => startDraft(stage.id, lane.id)}
      >
        +
      </button>
    </div>
  );
});
