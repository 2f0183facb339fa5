// The workshop room as the screens see it: whether this map is in a room, the link, the status,
// who else is here and what they do. Actions start, join and leave a room; the map stays in the
// workspace whatever happens to the room.
import { create } from 'zustand';
import { shallow } from 'zustand/shallow';
import type { Peer, Presence, RoomConnection, RoomStatus } from '../sync/roomConnection';
import { mapDocId } from '../sync/workspaceDocs';
import { workspaceStore } from './workspace';

export interface WorkshopState {
  mapId: string | null;
  roomId: string | null;
  link: string | null;
  status: RoomStatus | 'off';
  reason: string | null;
  /** This browser's changes the server has not confirmed yet. */
  waiting: number;
  peers: Peer[];
  readOnly: boolean;
  facilitator: boolean;
  /** Following the facilitator's view. */
  following: boolean;
  name: string;
  color: string;
  /** For the facilitator: what the room server answered, to change the room later. */
  adminToken: string | null;
}

const NAME_KEY = 'tropa:participant-name';
const ROOMS_KEY = 'tropa:rooms';

/** Rooms visited, room id -> map id: a participant offline can still rejoin the room's map. */
function remember(roomId: string, mapId: string): void {
  try {
    const rooms = JSON.parse(localStorage.getItem(ROOMS_KEY) ?? '{}') as Record<string, string>;
    rooms[roomId] = mapId;
    localStorage.setItem(ROOMS_KEY, JSON.stringify(rooms));
  } catch {
    // Not remembered: rejoining then needs the server.
  }
}

function rememberedMap(roomId: string): string | null {
  try {
    const mapId = (JSON.parse(localStorage.getItem(ROOMS_KEY) ?? '{}') as Record<string, unknown>)[roomId];
    return typeof mapId === 'string' ? mapId : null;
  } catch {
    return null;
  }
}
const COLORS = ['#e03131', '#2f9e44', '#1971c2', '#f08c00', '#9c36b5', '#0c8599', '#e8590c', '#5c940d', '#c2255c', '#3b5bdb'];

function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export const useWorkshop = create<WorkshopState>(() => ({
  mapId: null,
  roomId: null,
  link: null,
  status: 'off',
  reason: null,
  waiting: 0,
  peers: [],
  readOnly: false,
  facilitator: false,
  following: false,
  name: rememberedName(),
  color: COLORS[Math.floor(Math.random() * COLORS.length)]!,
  adminToken: null,
}));

/**
 * How cards show others: card id -> 'editing|colour|name' or 'selected|colour|'. Apart from the
 * room state so that pointer moves (many a second) reach no card: cards subscribe here, and this
 * changes only when someone starts or stops editing or selecting.
 */
export const usePeerMarks = create<{ marks: Record<string, string> }>(() => ({ marks: {} }));

function updateMarks(peers: readonly Peer[]): void {
  const marks: Record<string, string> = {};
  for (const peer of peers) for (const id of peer.selection) marks[id] ??= `selected|${peer.color}|`;
  for (const peer of peers) if (peer.editing) marks[peer.editing] = `editing|${peer.color}|${peer.name}`;
  if (!shallow(marks, usePeerMarks.getState().marks)) usePeerMarks.setState({ marks });
}

let connection: RoomConnection | null = null;
let lastFollowCall = 0;

function presence(): Presence {
  const s = useWorkshop.getState();
  return { name: s.name, color: s.color, facilitator: s.facilitator, cursor: null, editing: null, selection: [], viewport: null, followCall: 0 };
}

/** Which connect() call is the latest: an older one finishing its import late must not win. */
let attempt = 0;

async function connect(roomId: string, mapId: string, secret: string): Promise<void> {
  connection?.destroy();
  connection = null;
  const mine = ++attempt;
  // The provider loads with the first room: Tropa without a room never downloads it.
  const { connectRoom, roomSocketUrl } = await import('../sync/roomConnection');
  if (mine !== attempt || useWorkshop.getState().roomId !== roomId) return;
  const doc = workspaceStore.docs().doc(mapDocId(mapId));
  connection = connectRoom(roomSocketUrl(location), roomId, secret, doc, presence(), {
    onStatus: (status, reason) => {
      useWorkshop.setState({ status, reason: reason ?? null });
      // Refused or closed: stop trying (the provider would reconnect for ever).
      if (status === 'denied' || status === 'closed') {
        queueMicrotask(() => {
          connection?.destroy();
          connection = null;
        });
      }
    },
    onPeers: (peers) => {
      updateMarks(peers);
      // The facilitator asked everyone to follow: a call newer than the last one seen starts it.
      const call = Math.max(0, ...peers.filter((p) => p.facilitator).map((p) => p.followCall));
      const following = call > lastFollowCall && !useWorkshop.getState().facilitator ? true : useWorkshop.getState().following;
      lastFollowCall = Math.max(lastFollowCall, call);
      useWorkshop.setState({ peers, following });
    },
    onWaiting: (waiting) => useWorkshop.setState({ waiting }),
    onReadOnly: (readOnly) => useWorkshop.setState({ readOnly }),
  });
}

export type RoomError = 'noServer' | 'refused';

async function roomRequest(path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status === 404) throw new Error('noServer');
  if (!response.ok) throw new Error('refused');
  return (await response.json()) as Record<string, unknown>;
}

export const workshopActions = {
  /** The facilitator opens a room for a map on the room server that served this page. */
  async start(mapId: string): Promise<RoomError | null> {
    let answer: Record<string, unknown>;
    try {
      answer = await roomRequest('/api/rooms', { mapId });
    } catch (error) {
      return (error as Error).message === 'noServer' ? 'noServer' : 'refused';
    }
    const roomId = String(answer.roomId);
    const secret = String(answer.secret);
    // The server's link carries its LAN address, which the others can open.
    const link = typeof answer.link === 'string' ? answer.link : `${location.origin}${location.pathname}#/room/${encodeURIComponent(roomId)}?key=${encodeURIComponent(secret)}`;
    remember(roomId, mapId);
    useWorkshop.setState({ mapId, roomId, link, status: 'connecting', facilitator: true, adminToken: String(answer.adminToken ?? ''), readOnly: false });
    void connect(roomId, mapId, secret);
    return null;
  },

  /**
   * A participant opens a room link: the map comes into this browser's workspace and stays in
   * sync. Returns the map's id (asked of the server, or remembered from an earlier visit when
   * the server cannot be reached), or null when the room refuses the link.
   */
  async join(roomId: string, secret: string): Promise<string | null> {
    const state = useWorkshop.getState();
    if (state.roomId === roomId && connection) return state.mapId;
    let mapId = rememberedMap(roomId);
    try {
      const response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}`, { headers: { authorization: `Bearer ${secret}` } });
      if (response.ok) {
        const answer = (await response.json()) as { mapId?: unknown; readOnly?: unknown; closed?: unknown };
        if (typeof answer.mapId === 'string') mapId = answer.mapId;
        if (answer.closed === true) {
          useWorkshop.setState({ status: 'closed', roomId, mapId, link: null });
          return mapId;
        }
      } else {
        useWorkshop.setState({ status: 'denied', roomId, mapId: null, link: null });
        return null;
      }
    } catch {
      // Offline: a room visited before can still be joined; its changes wait for the server.
    }
    if (!mapId) {
      useWorkshop.setState({ status: 'offline', roomId, mapId: null, link: null });
      return null;
    }
    remember(roomId, mapId);
    const link = `${location.origin}${location.pathname}#/room/${encodeURIComponent(roomId)}?key=${encodeURIComponent(secret)}`;
    useWorkshop.setState({ mapId, roomId, link, status: 'connecting', facilitator: false, adminToken: null, readOnly: false });
    void connect(roomId, mapId, secret);
    return mapId;
  },

  /** Leave the room: the map stays here as this person's own copy. */
  leave(): void {
    attempt++;
    connection?.destroy();
    connection = null;
    usePeerMarks.setState({ marks: {} });
    useWorkshop.setState({ mapId: null, roomId: null, link: null, status: 'off', peers: [], waiting: 0, following: false, facilitator: false, adminToken: null });
  },

  setName(name: string): void {
    const trimmed = name.trim().slice(0, 60);
    try {
      localStorage.setItem(NAME_KEY, trimmed);
    } catch {
      // Not remembered; still used.
    }
    useWorkshop.setState({ name: trimmed });
    connection?.setPresence({ name: trimmed });
  },

  /** Where this person is on the board; sent to the others. */
  share(partial: Partial<Presence>): void {
    connection?.setPresence(partial);
  },

  follow(following: boolean): void {
    useWorkshop.setState({ following });
  },

  /** The facilitator asks everyone to follow. */
  callToFollow(): void {
    connection?.setPresence({ followCall: Date.now() });
  },

  async setReadOnly(readOnly: boolean): Promise<boolean> {
    const { roomId, adminToken } = useWorkshop.getState();
    if (!roomId) return false;
    // Shown at once; put back if the server refuses.
    useWorkshop.setState({ readOnly });
    try {
      await roomRequest(`/api/rooms/${encodeURIComponent(roomId)}`, { adminToken, readOnly });
      return true;
    } catch {
      useWorkshop.setState({ readOnly: !readOnly });
      return false;
    }
  },

  async close(): Promise<boolean> {
    const { roomId, adminToken } = useWorkshop.getState();
    if (!roomId) return false;
    try {
      await roomRequest(`/api/rooms/${encodeURIComponent(roomId)}`, { adminToken, closed: true });
    } catch {
      return false;
    }
    workshopActions.leave();
    return true;
  },
};
