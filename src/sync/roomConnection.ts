// One map document shared through a workshop room server (Hocuspocus). The provider carries
// Yjs updates both ways and awareness (who is here, their cursor, selection, the card each is
// editing, the facilitator's view); the document stays this browser's own copy, stored in
// IndexedDB like any other, so editing goes on offline and merges on reconnection.
import { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';

const SEND_EVERY_MS = 60;

export type RoomStatus = 'connecting' | 'connected' | 'offline' | 'denied' | 'closed';

/** What a participant shares about themself; every field is optional on the wire. */
export interface Presence {
  name: string;
  color: string;
  facilitator: boolean;
  /** Pointer on the board, in board coordinates. */
  cursor: { x: number; y: number } | null;
  editing: string | null;
  selection: string[];
  /** The view (React Flow viewport) the facilitator shows, for followers. */
  viewport: { x: number; y: number; zoom: number } | null;
  /** Set by the facilitator to ask everyone to follow: a new value is a new request. */
  followCall: number;
}

export interface Peer extends Presence {
  clientId: number;
}

export interface RoomEvents {
  onStatus(status: RoomStatus, reason?: string): void;
  onPeers(peers: Peer[]): void;
  /** Changes made here not yet confirmed by the server. */
  onWaiting(count: number): void;
  onReadOnly(readOnly: boolean): void;
}

export interface RoomConnection {
  setPresence(partial: Partial<Presence>): void;
  destroy(): void;
}

/** The WebSocket address of the room server that served this page. */
export function roomSocketUrl(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/room`;
}

export function connectRoom(url: string, roomId: string, secret: string, doc: Y.Doc, me: Presence, events: RoomEvents): RoomConnection {
  let denied = false;
  const provider = new HocuspocusProvider({
    url,
    name: roomId,
    document: doc,
    token: secret,
    onStatus: ({ status }) => {
      if (denied) return;
      events.onStatus(status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline');
    },
    onAuthenticationFailed: ({ reason }) => {
      denied = true;
      events.onStatus(reason === 'closed' ? 'closed' : 'denied', reason);
    },
    onUnsyncedChanges: ({ number }) => events.onWaiting(number),
    onStateless: ({ payload }) => {
      // The server's word on the room: read-only switched, or the room closed.
      try {
        const message = JSON.parse(payload) as { type?: string; readOnly?: unknown };
        if (message.type === 'readOnly') events.onReadOnly(message.readOnly === true);
        if (message.type === 'closed') {
          denied = true;
          events.onStatus('closed');
        }
      } catch {
        // Not ours: ignored.
      }
    },
    onAwarenessChange: ({ states }) => {
      const peers: Peer[] = [];
      for (const state of states) {
        const user = (state as { user?: Partial<Presence>; clientId: number }).user;
        if (!user || state.clientId === doc.clientID) continue;
        const peer = readPeer(state.clientId, user);
        if (peer) peers.push(peer);
      }
      events.onPeers(peers);
    },
  });
  provider.setAwarenessField('user', me);
  let current = me;
  // Presence changes are gathered and sent at most every SEND_EVERY_MS: a pointer moving and a
  // view panning at 60 frames a second would otherwise flood the room (the server allows 50
  // messages a second per participant).
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSent = 0;
  const send = () => {
    timer = null;
    lastSent = performance.now();
    provider.setAwarenessField('user', current);
  };
  return {
    setPresence(partial) {
      current = { ...current, ...partial };
      if (timer !== null) return;
      timer = setTimeout(send, Math.max(0, SEND_EVERY_MS - (performance.now() - lastSent)));
    },
    destroy() {
      if (timer !== null) clearTimeout(timer);
      provider.destroy();
    },
  };
}

/** Another participant's presence, checked field by field: it comes from the network. */
function readPeer(clientId: number, user: Partial<Presence>): Peer | null {
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  const point = (v: unknown) => {
    const p = v as { x?: unknown; y?: unknown } | null;
    return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { x: p.x as number, y: p.y as number } : null;
  };
  const view = user.viewport as { x?: unknown; y?: unknown; zoom?: unknown } | null | undefined;
  const color = text(user.color, 16);
  return {
    clientId,
    name: text(user.name, 60),
    // Only a plain hex colour reaches a style attribute.
    color: /^#[0-9a-f]{6}$/i.test(color) ? color : '#888888',
    facilitator: user.facilitator === true,
    cursor: point(user.cursor),
    editing: typeof user.editing === 'string' ? user.editing.slice(0, 200) : null,
    selection: Array.isArray(user.selection) ? user.selection.filter((id): id is string => typeof id === 'string').slice(0, 500) : [],
    viewport:
      view && Number.isFinite(view.x) && Number.isFinite(view.y) && Number.isFinite(view.zoom) && (view.zoom as number) > 0
        ? { x: view.x as number, y: view.y as number, zoom: view.zoom as number }
        : null,
    followCall: Number.isFinite(user.followCall) ? (user.followCall as number) : 0,
  };
}
