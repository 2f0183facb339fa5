import { useMemo } from 'react';
import { BUILT_IN_CHANNEL_ICONS } from '../domain/defaults';
import { isBuiltInChannel } from '../domain/operations';
import { CHANNELS, type Channel, type ChannelIcon } from '../domain/types';
import { useT, type T } from '../i18n/useT';
import { useWorkspace } from '../store/workspace';

export interface ChannelInfo {
  id: Channel;
  name: string;
  icon: ChannelIcon;
}

/** The channel library: built-in channels in the UI language, then the user's own. */
export function useChannels(): ChannelInfo[] {
  const t = useT();
  const custom = useWorkspace((ws) => ws.channels);
  return useMemo(
    () => [
      ...CHANNELS.map((id) => ({ id, name: t(`channel.${id}`), icon: BUILT_IN_CHANNEL_ICONS[id] })),
      ...Object.values(custom)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((c) => ({ id: c.id, name: c.name, icon: c.icon })),
    ],
    [t, custom],
  );
}

/** One channel by id; a deleted custom channel reads as "other". */
export function channelInfo(id: Channel, custom: Record<string, { name: string; icon: ChannelIcon }>, t: T): ChannelInfo {
  if (isBuiltInChannel(id)) return { id, name: t(`channel.${id}`), icon: BUILT_IN_CHANNEL_ICONS[id] };
  const own = custom[id];
  return own ? { id, name: own.name, icon: own.icon } : { id, name: t('channel.other'), icon: 'circleDot' };
}
