import { usePeerMarks } from '../../store/workshop';
import { memo, useCallback, useState, type ReactNode } from 'react';
import { matchRanges, type TextQuery } from '../../domain/textSearch';
import type { Card, LaneKind } from '../../domain/types';
import type { T } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { CardEditor } from './CardEditor';
import { CardOptions } from './CardOptions';
import { cardsActedOn, clearSelection, useEditorStore, type Emphasis } from './editorStore';
import { useCardDrag } from './useCardDrag';
import { ChannelChip } from './ChannelChip';
import type { HypothesisBadge } from './useHypothesisBadges';
import { hypothesisHref } from '../../ui/route';

interface CardViewProps {
  card: Card;
  kind: LaneKind;
  editing: boolean;
  /** A barrier no recommendation answers yet. */
  unanswered: boolean;
  emphasis: Emphasis;
  /** The find query when it matches this card: the matched word forms are marked in the text. */
  highlight: TextQuery | null;
  selected: boolean;
  /** Recommendation cards: the hypotheses made from them, with their status or result. */
  badges?: HypothesisBadge[] | undefined;
  /** Passed down by the cell: a thousand cards need not each subscribe to the language. */
  t: T;
}

export const CardView = memo(function CardView({ card, kind, editing, unanswered, emphasis, highlight, selected, badges, t }: CardViewProps) {
  const { editCard } = useEditorStore.getState();
  const startDrag = useCardDrag(card.id);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const closeOptions = useCallback(() => setOptionsOpen(false), []);
  // Someone in the workshop room is editing this card: outlined in their colour, with their name.
  const [peerState, peerColor, ...nameParts] = (usePeerMarks((s) => s.marks[card.id]) ?? '').split('|');
  const peerName = nameParts.join('|');
  const editor = peerState === 'editing' ? { color: peerColor!, name: peerName! } : null;
  const peerSelection = peerState === 'selected' ? peerColor : undefined;
  if (editing) {
    return (
      <CardEditor
        initial={card.text}
        onCommit={(text, base) => {
          editCard(null);
          if (text.trim() === '') actions.deleteCards([card.id]);
          else actions.updateCard(card.id, { text }, base);
        }}
        onCancel={() => editCard(null)}
      />
    );
  }
  const name = card.text.trim() || t('card.empty');
  return (
    <div
      className={`card card-${card.color} nodrag nopan ${emphasis ?? ''} ${selected ? 'selected' : ''} ${editor ? 'peer-editing' : peerSelection ? 'peer-selected' : ''}`}
      role="listitem"
      tabIndex={0}
      aria-label={name}
      aria-description={editor ? t('workshop.editing', { name: editor.name || t('workshop.anonymous') }) : undefined}
      style={editor || peerSelection ? { outlineColor: editor?.color ?? peerSelection } : undefined}
      data-card-id={card.id}
      onPointerDown={startDrag}
      onDoubleClick={(e) => {
        e.stopPropagation();
        editCard(card.id);
      }}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        if (e.key === 'Enter' || e.key === 'F2') {
          e.preventDefault();
          editCard(card.id);
        } else if (e.key === 'Delete' || e.key === 'Backspace') {
          e.preventDefault();
          actions.deleteCards(cardsActedOn(card.id));
          clearSelection();
        } else if (e.key === 'Escape') {
          clearSelection();
        }
      }}
    >
      {kind === 'touchpoints' && card.channel && <ChannelChip channel={card.channel} />}
      {kind === 'barriers' && card.severity && (
        <span className={`chip severity severity-${card.severity}`}>{t(`severity.${card.severity}`)}</span>
      )}
      {unanswered && (
        <span className="chip unanswered" role="img" aria-label={t('link.unlinked')} title={t('link.unlinked')}>
          !
        </span>
      )}
      {editor && (
        <span className="peer-label" style={{ background: editor.color }} aria-hidden="true">
          {editor.name || t('workshop.anonymous')}
        </span>
      )}
      <span className="card-text">{card.text ? <MarkedText text={card.text} query={highlight} /> : t('card.empty')}</span>
      {badges?.map((badge) => (
        <a
          key={badge.id}
          className="chip hypothesis-badge nodrag"
          href={hypothesisHref(badge.id)}
          aria-label={t('hyp.badge', { title: badge.title, summary: badge.summary })}
          title={badge.title}
          onPointerDown={(e) => e.stopPropagation()}
        >
          {badge.summary}
        </a>
      ))}
      <button
        type="button"
        className="card-more icon-button nodrag"
        aria-label={t('card.options', { text: name })}
        aria-expanded={optionsOpen}
        onClick={(e) => {
          e.stopPropagation();
          setOptionsOpen((open) => !open);
        }}
      >
        ⋯
      </button>
      {optionsOpen && <CardOptions card={card} kind={kind} onClose={closeOptions} />}
    </div>
  );
});

/** The text, with what the find query matched in <mark>. */
function MarkedText({ text, query }: { text: string; query: TextQuery | null }) {
  const ranges = query ? matchRanges(query, text) : [];
  if (ranges.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
