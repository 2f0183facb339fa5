import { CHANNELS, type BuiltInChannel, type ChannelIcon, type CustomChannel, type Id, type Workspace } from '../types';
import { requireEntity } from './touch';

export function isBuiltInChannel(channel: string): channel is BuiltInChannel {
  return (CHANNELS as readonly string[]).includes(channel);
}

/** Add a channel to the library; a name already there (ignoring case) returns the existing one. */
export function addChannel(ws: Workspace, id: Id, name: string, icon: ChannelIcon, now = Date.now()): CustomChannel {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A channel needs a name');
  const existing = Object.values(ws.channels).find((c) => c.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase());
  if (existing) return existing;
  ws.channels[id] = { id, name: trimmed, icon, createdAt: now };
  return ws.channels[id]!;
}

export function renameChannel(ws: Workspace, id: Id, name: string): void {
  const channel = requireEntity(ws.channels, id, 'Channel');
  if (name.trim()) channel.name = name.trim();
}

/** Remove a channel from the library; touchpoint cards that used it keep their text and lose the channel. */
export function deleteChannel(ws: Workspace, id: Id): void {
  requireEntity(ws.channels, id, 'Channel');
  delete ws.channels[id];
  for (const card of Object.values(ws.cards)) if (card.channel === id) card.channel = null;
}
