import { useState } from 'react';
import { CHANNEL_ICONS, type Card, type ChannelIcon } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { ChannelIconView } from '../../ui/ChannelIconView';
import { useChannels } from '../../ui/useChannels';

const ADD = '__add__';

/** Pick a touchpoint's channel from the library, or add a new channel to it. */
export function ChannelPicker({ card }: { card: Card }) {
  const t = useT();
  const channels = useChannels();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [icon, setIcon] = useState<ChannelIcon>('megaphone');
  const [error, setError] = useState<string | null>(null);

  const create = () => {
    if (!name.trim()) {
      setError(t('channel.nameRequired'));
      return;
    }
    const id = actions.addChannel(name, icon);
    // Null: refused for a limit (the user was told why); the card keeps its channel.
    if (id) actions.updateCard(card.id, { channel: id });
    setAdding(false);
    setName('');
  };

  return (
    <div className="channel-picker">
      <label>
        {t('card.channel')}
        <select
          value={card.channel ?? ''}
          onChange={(e) => {
            if (e.target.value === ADD) setAdding(true);
            else actions.updateCard(card.id, { channel: e.target.value || null });
          }}
        >
          <option value="">{t('card.noChannel')}</option>
          {channels.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value={ADD}>{t('channel.add')}</option>
        </select>
      </label>
      {adding && (
        <div className="channel-new">
          <input
            aria-label={t('channel.newName')}
            placeholder={t('channel.newName')}
            value={name}
            autoFocus
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') create();
            }}
          />
          <fieldset className="icon-choice">
            <legend>{t('channel.newIcon')}</legend>
            {CHANNEL_ICONS.map((key) => (
              <button
                key={key}
                type="button"
                aria-label={t(`icon.${key}`)}
                aria-pressed={icon === key}
                onClick={() => setIcon(key)}
              >
                <ChannelIconView icon={key} size={14} />
              </button>
            ))}
          </fieldset>
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
          <button type="button" className="primary" onClick={create}>
            {t('channel.create')}
          </button>
        </div>
      )}
    </div>
  );
}
