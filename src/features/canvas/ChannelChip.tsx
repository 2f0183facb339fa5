import { memo } from 'react';
import type { Channel } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { useWorkspace } from '../../store/workspace';
import { ChannelIconView } from '../../ui/ChannelIconView';
import { channelInfo } from '../../ui/useChannels';

export const ChannelChip = memo(function ChannelChip({ channel }: { channel: Channel }) {
  const t = useT();
  const custom = useWorkspace((ws) => ws.channels);
  const info = channelInfo(channel, custom, t);
  return (
    <span className="chip channel">
      <ChannelIconView icon={info.icon} />
      {info.name}
    </span>
  );
});
