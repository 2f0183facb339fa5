// Helpers for the room server tests: real server processes (the compiled server, started as
// `npm run room` starts it) on free loopback ports with temporary data folders, real clients
// speaking the real protocol (@hocuspocus/provider over ws), raw sockets for hostile clients,
// and waiting for states rather than sleeping. Everything started here is killed by stopAll().
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WorkspaceDocs, mapDocId } from '../src/sync/workspaceDocs';
import { makeCard, makeLane, makeStage } from '../src/domain/defaults';

export const MAIN_JS = resolve(import.meta.dirname, 'dist', 'server', 'main.js');
export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

const children = new Set<ChildProcess>();
const folders = new Set<string>();
const closers = new Set<() => void>();

/** Wait until `probe` returns a truthy value (polled), or fail with `what` after `timeout` ms. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeout = 30_000, every = 25): Promise<NonNullable<T>> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() - started > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

export function tempDir(prefix = 'tropa-room-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.add(dir);
  return dir;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export interface RunningServer {
  port: number;
  url: string;
  socketUrl: string;
  dataDir: string;
  process: ChildProcess;
  output(): string;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<string>;
}

/** Start `node server/dist/server/main.js` bound to loopback; resolves once it prints its address. */
export async function startServer(options: { dataDir?: string; port?: number; args?: string[] } = {}): Promise<RunningServer> {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: the global setup builds it (node server/build.mjs)`);
  const dataDir = options.dataDir ?? tempDir();
  const args = [MAIN_JS, '--host', '127.0.0.1', '--port', String(options.port ?? 0), '--data', dataDir, ...(options.args ?? [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<string>((done) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      done(signal ?? String(code));
    }),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  const match = await waitFor(
    'the server to print its address',
    () => {
      if (gone) throw new Error(`server exited: ${output}`);
      // Printed right after "Room server listening on ...", once the server accepts connections.
      return /On this machine: https?:\/\/127\.0\.0\.1:(\d+)/.exec(output);
    },
    60_000,
  ).catch((error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\n--- server output ---\n${output}`);
  });
  const port = Number(match[1]);
  const secure = match[0].includes('https://');
  return {
    port,
    url: `${secure ? 'https' : 'http'}://127.0.0.1:${port}`,
    socketUrl: `${secure ? 'wss' : 'ws'}://127.0.0.1:${port}/room`,
    dataDir,
    process: child,
    output: () => output,
    exited,
  };
}

export async function killHard(server: RunningServer): Promise<void> {
  server.process.kill('SIGKILL');
  await server.exited;
}

export interface Room {
  roomId: string;
  mapId: string;
  secret: string;
  adminToken: string;
  link: string;
}

export async function createRoom(server: RunningServer, mapId: string): Promise<Room> {
  const response = await fetch(`${server.url}/api/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mapId }),
  });
  if (response.status !== 201) throw new Error(`room not created: ${response.status} ${await response.text()}`);
  return (await response.json()) as Room;
}

export async function steerRoom(server: RunningServer, room: Room, change: { readOnly?: boolean; closed?: boolean }): Promise<Response> {
  return fetch(`${server.url}/api/rooms/${room.roomId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ adminToken: room.adminToken, ...change }),
  });
}

/** A participant: a Y.Doc synced through the real Hocuspocus provider, as the app will do it. */
export interface Participant {
  doc: Y.Doc;
  docs: WorkspaceDocs;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  closes: { code: number; reason: string }[];
  denied: string[];
  stateless: string[];
  /** Every SyncStatus the server sent: true = update applied (and stored), false = refused. */
  syncStatuses: boolean[];
  destroy(): void;
}

export function joinRoom(server: RunningServer, room: Pick<Room, 'roomId' | 'mapId'>, token: string): Participant {
  const docs = new WorkspaceDocs();
  const doc = docs.doc(mapDocId(room.mapId));
  const closes: Participant['closes'] = [];
  const denied: string[] = [];
  const stateless: string[] = [];
  const syncStatuses: boolean[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: server.socketUrl,
    WebSocketPolyfill: WebSocket,
    // Reconnect quickly in tests (a restarted server is back within seconds).
    delay: 100,
    minDelay: 100,
    maxDelay: 1000,
    factor: 1.5,
    onClose: ({ event }) => closes.push({ code: event.code, reason: String(event.reason) }),
    // The socket emits the WebSocket's own MessageEvent here (its type says otherwise).
    onMessage: (payload) => {
      const decoder = decoding.createDecoder(new Uint8Array((payload as unknown as { data: ArrayBuffer }).data));
      if (decoding.readVarString(decoder) === room.roomId && decoding.readVarUint(decoder) === 8) syncStatuses.push(decoding.readVarInt(decoder) === 1);
    },
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room.roomId,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => denied.push(reason),
    onStateless: ({ payload }) => stateless.push(payload),
  });
  provider.attach();
  const participant: Participant = {
    doc,
    docs,
    provider,
    socket,
    closes,
    denied,
    stateless,
    syncStatuses,
    destroy() {
      // ws throws "closed before the connection was established" at a socket closed while
      // connecting (a provider reconnecting to a refused room): that is expected here.
      (socket.webSocket as unknown as WebSocket | null)?.on?.('error', () => {});
      provider.destroy();
      socket.destroy();
      docs.destroy();
    },
  };
  closers.add(() => participant.destroy());
  return participant;
}

/** Connected, authenticated, synced and with nothing unacknowledged. */
export function settled(p: Participant): boolean {
  return p.provider.isSynced && p.provider.unsyncedChanges === 0 && p.provider.isAuthenticated;
}

// ---- the map's records, written the way the app writes them (WorkspaceDocs.write) ----------

const ORIGIN = 'test';

export function seedMap(p: Participant, mapId: string): { stageId: string; laneId: string } {
  const stageId = `${mapId}-stage`;
  const laneId = `${mapId}-lane`;
  const now = Date.now();
  p.docs.write(
    [
      { table: 'maps', id: mapId, prev: undefined, next: { id: mapId, title: 'Workshop map', segmentId: null, personaId: null, createdAt: now, updatedAt: now } },
      { table: 'stages', id: stageId, prev: undefined, next: { ...makeStage(mapId, stageId, 'Awareness', 1) } },
      { table: 'lanes', id: laneId, prev: undefined, next: { ...makeLane(mapId, laneId, 'thoughts', 1) } },
    ],
    ORIGIN,
  );
  return { stageId, laneId };
}

export function addCard(p: Participant, mapId: string, id: string, text: string, order = 1): void {
  const card = makeCard({ id, mapId, stageId: `${mapId}-stage`, laneId: `${mapId}-lane`, text, order });
  p.docs.write([{ table: 'cards', id, prev: undefined, next: { ...card } }], ORIGIN);
}

export function setCardText(p: Participant, mapId: string, id: string, text: string): void {
  const prev = p.docs.read(mapDocId(mapId), 'cards', id);
  if (!prev) throw new Error(`no card ${id}`);
  p.docs.write([{ table: 'cards', id, prev, next: { ...prev, text } }], ORIGIN);
}

export function cardText(p: Participant, mapId: string, id: string): string | undefined {
  const card = p.docs.read(mapDocId(mapId), 'cards', id);
  return card ? String(card.text) : undefined;
}

export function snapshot(doc: Y.Doc): string {
  const out: Record<string, unknown> = {};
  for (const table of ['maps', 'stages', 'lanes', 'cards', 'links', 'hypotheses']) out[table] = doc.getMap(table).toJSON();
  return JSON.stringify(out, Object.keys(out).sort());
}

// ---- raw clients: the protocol by hand, for hostile ones ------------------------------------

export interface RawClient {
  ws: WebSocket;
  closed: Promise<{ code: number; reason: string }>;
  received: Uint8Array[];
  send(bytes: Uint8Array): void;
}

export async function rawClient(server: RunningServer, headers: Record<string, string> = {}): Promise<RawClient> {
  const ws = new WebSocket(server.socketUrl, { headers });
  const received: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((done) => ws.once('close', (code, reason) => done({ code, reason: reason.toString() })));
  closers.add(() => ws.terminate());
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('error', fail);
    ws.once('unexpected-response', (_request, response) => fail(new Error(`HTTP ${response.statusCode}`)));
  });
  return {
    ws,
    closed,
    received,
    send: (bytes) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(bytes);
    },
  };
}

/** [documentName, type, ...] as Hocuspocus frames its messages. */
export function frame(documentName: string, type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const authMessage = (room: string, token: string) =>
  frame(room, 2, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
  });

export const updateMessage = (room: string, update: Uint8Array) =>
  frame(room, 0, (e) => {
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, update);
  });

/** A raw client that authenticated for the room (waits for the server's Authenticated answer). */
export async function rawAuthenticated(server: RunningServer, room: Room): Promise<RawClient> {
  const client = await rawClient(server);
  client.send(authMessage(room.roomId, room.secret));
  await waitFor('authentication', () =>
    client.received.some((bytes) => {
      const d = decoding.createDecoder(bytes);
      decoding.readVarString(d);
      return decoding.readVarUint(d) === 2 && decoding.readVarUint(d) === 2;
    }),
  );
  return client;
}

/** An update made by a fresh Y.Doc: `write` fills it; the result depends on nothing else. */
export function freshUpdate(write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  write(doc);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

// ---- Redis ---------------------------------------------------------------------------------

export async function startRedis(): Promise<{ url: string; port: number }> {
  if (!existsSync(REDIS_SERVER)) {
    throw new Error(`${REDIS_SERVER} is missing: install Debian's redis-server (apt-get install -y redis-server; .ci/run does it)`);
  }
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  children.add(child);
  child.once('exit', () => children.delete(child));
  await waitFor(
    `redis-server on port ${port}`,
    () =>
      new Promise<boolean>((ok) => {
        const socket = new Socket();
        socket.once('error', () => ok(false));
        socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
        socket.once('data', (data) => {
          socket.destroy();
          ok(data.toString().startsWith('+PONG'));
        });
      }),
    30_000,
    100,
  );
  return { url: `redis://127.0.0.1:${port}`, port };
}

/** Close every client, kill every process and remove every folder this kit made. */
export async function stopAll(): Promise<void> {
  for (const close of closers) {
    try {
      close();
    } catch {
      // already gone
    }
  }
  closers.clear();
  const exits = [...children].map((child) => new Promise<void>((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done()))));
  for (const child of children) child.kill('SIGKILL');
  await Promise.all(exits);
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}
