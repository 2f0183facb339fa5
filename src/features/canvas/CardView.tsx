import { memo } from 'react';
import type { Card, LaneKind } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { CardEditor } from './CardEditor';
import { useEditorStore } from './editorStore';

interface CardViewProps {
  card: Card;
  kind: LaneKind;
  editing: boolean;
}

export const CardView = memo(function CardView({ card, kind, editing }: CardViewProps) {
  const t = useT();
  const editCard = useEditorStore((s) => s.editCard);
  if (editing) {
    return (
      <CardEditor
        initial={card.text}
        onCommit={(text) => {
          editCard(null);
          if (text.trim() === '') actions.deleteCards([card.id]);
          else actions.updateCard(card.id, { text });
        }}
        onCancel={() => editCard(null)}
      />
    );
  }
  const name = card.text.trim() || t('card.empty');
  return (
    <div
      className={`card card-${card.color}`}
      role="listitem"
      tabIndex={0}
      aria-label={name}
      data-card-id={card.id}
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
          actions.deleteCards([card.id]);
        }
      }}
    >
      {kind === 'touchpoints' && card.channel && <span className="chip channel">{t(`channel.${card.channel}`)}</span>}
      {kind === 'barriers' && card.severity && (
        <span className={`chip severity severity-${card.severity}`}>{t(`severity.${card.severity}`)}</span>
      )}
      <span className="card-text">{card.text || t('card.empty')}</span>
      <button
        type="button"
        className="card-delete icon-button nodrag"
        aria-label={t('card.delete')}
        onClick={(e) => {
          e.stopPropagation();
          actions.deleteCards([card.id]);
        }}
      >
        ×
      </button>
    </div>
  );
});
