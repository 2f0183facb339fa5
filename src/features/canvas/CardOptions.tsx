import { useEffect, useRef } from 'react';
import { CARD_COLORS, SEVERITIES, type Card, type LaneKind, type Severity } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { BarrierLinks } from './BarrierLinks';
import { ChannelPicker } from './ChannelPicker';
import { MakeHypothesisButton } from './MakeHypothesisButton';

interface CardOptionsProps {
  card: Card;
  kind: LaneKind;
  onClose: () => void;
}

/** The card's options: colour, channel (touchpoints), severity (barriers), duplicate, delete. */
export function CardOptions({ card, kind, onClose }: CardOptionsProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('select, button')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);
  return (
    <div
      ref={ref}
      className="card-options nodrag nopan nowheel"
      role="dialog"
      aria-label={t('card.options', { text: card.text })}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      {kind === 'touchpoints' && <ChannelPicker card={card} />}
      {kind === 'barriers' && (
        <label>
          {t('card.severity')}
          <select
            value={card.severity ?? ''}
            onChange={(e) => actions.updateCard(card.id, { severity: (e.target.value || null) as Severity | null })}
          >
            <option value="">{t('card.noSeverity')}</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {t(`severity.${severity}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'recommendations' && <BarrierLinks card={card} />}
      {kind === 'recommendations' && <MakeHypothesisButton card={card} />}
      <fieldset className="swatches">
        <legend>{t('card.colour')}</legend>
        {CARD_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`swatch swatch-${color}`}
            aria-label={t(`colour.${color}`)}
            aria-pressed={card.color === color}
            onClick={() => actions.updateCard(card.id, { color })}
          />
        ))}
      </fieldset>
      <div className="card-options-actions">
        <button
          type="button"
          onClick={() => {
            actions.duplicateCard(card.id);
            onClose();
          }}
        >
          {t('card.duplicate')}
        </button>
        <button type="button" className="danger" onClick={() => actions.deleteCards([card.id])}>
          {t('common.delete')}
        </button>
      </div>
    </div>
  );
}
