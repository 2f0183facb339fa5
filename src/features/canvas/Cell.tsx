import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { compileQuery, matchesText, type TextQuery } from '../../domain/textSearch';
import type { Card, Lane, Stage } from '../../domain/types';
import type { T } from '../../i18n/useT';
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
  /** Passed down by the board: a map at the caps has 20,000 cells, which need not each subscribe to the language. */
  t: T;
}

/** One stage x lane cell: its cards, a draft card while one is being added, and a "+" button. */
export const Cell = memo(function Cell({ stage, lane, laneName, cards, answered, t }: CellProps) {
  // One subscription per cell, not one per value: on a map of 200 stages x 100 lanes every
  // subscription is paid 20,000 times when the map opens. Each value is still compared on
  // its own, so only the cells whose view changed re-render.
  const view = useEditorStore(
    useShallow((s) => ({
      drafting: s.draftCell?.stageId === stage.id && s.draftCell.laneId === lane.id,
      // Only the cell that holds the edited card re-renders when editing starts or stops.
      editingId: cards.some((c) => c.id === s.editingCardId) ? s.editingCardId : null,
      query: normaliseQuery(s.query),
      channel: s.channelFilter,
      // Only the ids of this cell's selected cards, so other cells skip re-rendering.
      selectedHere: s.selection.length ? cards.filter((c) => s.selection.includes(c.id)).map((c) => c.id).join(' ') : '',
    })),
  );
  const cellName = `${stage.name}, ${laneName}`;
  return (
    <div
      className={`cell lane-${lane.kind}${cards.length === 0 && !view.drafting ? ' cell-empty' : ''}`}
      role="list"
      aria-label={cellName}
      tabIndex={-1}
      data-stage-id={stage.id}
      data-lane-id={lane.id}
      onDoubleClick={(e) => {
        if (e.target === e.currentTarget) useEditorStore.getState().startDraft(stage.id, lane.id);
      }}
    >
      {cards.length > 0 && (
        <CellCards
          lane={lane}
          cards={cards}
          answered={answered}
          t={t}
          editingId={view.editingId}
          query={view.query}
          channel={view.channel}
          selectedHere={view.selectedHere}
        />
      )}
      {view.drafting && (
        <CardEditor
          initial=""
          onCommit={(text) => {
            useEditorStore.getState().stopDraft();
            if (text.trim()) actions.addCard(stage.id, lane.id, text);
          }}
          onCancel={() => useEditorStore.getState().stopDraft()}
        />
      )}
      <button
        type="button"
        className="cell-add nodrag"
        aria-label={t('card.add', { stage: stage.name, lane: laneName })}
        onClick={() => useEditorStore.getState().startDraft(stage.id, lane.id)}
      >
        +
      </button>
    </div>
  );
});

interface CellCardsProps {
  lane: Lane;
  cards: Card[];
  answered: Set<string> | null;
  t: T;
  editingId: string | null;
  query: string;
  channel: string | null;
  selectedHere: string;
}

/** The cards of a cell that has some: empty cells (most of a big map) skip the badge lookup. */
function CellCards({ lane, cards, answered, t, editingId, query, channel, selectedHere }: CellCardsProps) {
  const badges = useHypothesisBadges(cards, lane.kind, t);
  const find: TextQuery | null = compileQuery(query);
  const emphasis = (card: Card): Emphasis => {
    if (find) return matchesText(find, card.text) ? 'hit' : 'dim';
    if (channel && lane.kind === 'touchpoints') return card.channel === channel ? 'hit' : 'dim';
    return null;
  };
  return cards.map((card) => (
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
  ));
}
