// The workshop room server: one HTTP(S) port that serves the built app, a small JSON API for
// the facilitator, and Hocuspocus (Yjs over WebSocket) for the rooms. See main.ts for why
// Hocuspocus, and docs/workshop.md for running it.
//
// The path of a client message: ws 'message' -> admit() (size is capped by ws, then rate,
// then the byte grammar of protocol.ts) -> Hocuspocus (authentication per document) ->
// beforeHandleMessage (an update is checked on the shadow document, then appended to SQLite)
// -> Hocuspocus applies it, broadcasts it and acknowledges it (SyncStatus). A client that
// breaks a rule is cut off: its socket is closed with a code and a reason, and nothing more
// it sent is read.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Hocuspocus, OutgoingMessage, type Document, type Extension } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { HostCheck, isThisMachine, lanAddress, originAllowed } from './network';
import { parseClientMessage, ProtocolError } from './protocol';
import { StaticApp, plain } from './staticApp';
import { RoomStore, type Durability, type RoomMeta } from './store';
import { UpdateValidator } from './validate';
import { MAX_ID } from '../src/domain/limits';

export interface RoomServerOptions {
  port: number;
  /** Address to bind; 0.0.0.0 (all IPv4 interfaces) by default. */
  host: string;
  dataDir: string;
  appDir: string;
  redis?: string;
  cert?: string;
  key?: string;
  publicHosts: string[];
  /**
   * The address participants use when it is not this server's own, e.g. a TLS-terminating
   * reverse proxy: https://room.example.org. Room links start with it, its host is accepted,
   * its origin may connect, and pages and sockets are taken to be https/wss.
   */
  publicUrl?: string;
  allowOrigins: string[];
  durability: Durability;
  /** Largest WebSocket message, bytes. */
  maxMessageBytes: number;
  /** Messages a second a connection may keep up, and the burst above that. */
  ratePerSecond: number;
  burst: number;
  bytesPerSecond: number;
  /** Rows of a room's updates that trigger folding them into one. */
  compactAfterRows: number;
  log: (line: string) => void;
}

export const DEFAULTS = {
  port: 8787,
  host: '0.0.0.0',
  durability: 'full' as Durability,
  // The largest message is a client's first sync of a big map (the whole map in one update):
  // a 5,000-card map with short texts is 1.4 MB, with 300-character texts about 3 MB. 16 MB
  // leaves room for long texts; the byte budget below keeps large messages rare.
  maxMessageBytes: 16 * 1024 * 1024,
  /** Bytes a second a connection may keep up; its burst is two of the largest messages. */
  bytesPerSecond: 2 * 1024 * 1024,
  ratePerSecond: 50,
  burst: 100,
  compactAfterRows: 500,
};

/** WebSocket close codes the server uses (4000-4999 are the application's). */
export const CLOSE = {
  tooBig: 1009, // set by ws itself when a message is over maxPayload
  protocol: { code: 4400, reason: 'not a valid message' },
  keyWrong: { code: 4401, reason: 'room key is wrong or the room does not exist' },
  authTimeout: { code: 4408, reason: 'no authentication' },
  resync: { code: 4409, reason: 'update depends on changes the room does not have: reconnect to sync' },
  closed: { code: 4410, reason: 'room closed' },
  invalid: { code: 4422, reason: 'invalid update' },
  rate: { code: 4429, reason: 'too many messages' },
  tooManyRooms: { code: 4413, reason: 'too many documents on one connection' },
  storage: { code: 1011, reason: 'the server could not store the update' },
} as const;

/** What the server tells clients through Hocuspocus stateless messages (src/sync/roomConnection.ts reads them). */
const notice = {
  readOnly: (readOnly: boolean) => JSON.stringify({ type: 'readOnly', readOnly }),
  closed: () => JSON.stringify({ type: 'closed' }),
};

/** The Hocuspocus permission-denied reason for a closed room (the client shows "closed"). */
const DENIED_CLOSED = 'closed';
const DENIED_KEY = 'permission-denied';

const AUTH_TIMEOUT_MS = 20_000;
const MAX_CONNECTIONS = 1000;
const MAX_DOCUMENTS_PER_SOCKET = 4;
const META_POLL_MS = 500;
/** A client sends its token, a state vector and its presence before it is let in: a few KB. */
const MAX_PRE_AUTH_BYTES = 256 * 1024;

/** One WebSocket and what the server knows about it. */
interface Client {
  ws: WebSocket;
  remote: string;
  tokens: number;
  byteTokens: number;
  refilledAt: number;
  documents: Set<string>;
  authenticated: boolean;
  /** Bytes received before the first successful authentication (Hocuspocus queues them). */
  preAuthBytes: number;
  cutOff: boolean;
}

/** One loaded room: its metadata as last seen, the validator, and rows since the last fold. */
interface LoadedRoom {
  meta: RoomMeta;
  document: Document;
  validator: UpdateValidator;
  rows: number;
  compactTimer: NodeJS.Timeout | null;
}

const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

export class RoomServer {
  readonly store: RoomStore;
  readonly hocuspocus: Hocuspocus;
  private readonly http: HttpServer;
  private readonly wss: WebSocketServer;
  private readonly app: StaticApp;
  private readonly hosts: HostCheck;
  /** TLS on this listener (--cert/--key). */
  private readonly secure: boolean;
  /** Pages are https (this listener's TLS, or a proxy's: --public-url https://...). */
  private readonly pageSecure: boolean;
  private readonly publicOrigin: URL | null;
  private readonly allowOrigins: string[];
  private readonly clients = new Map<WebSocket, Client>();
  private readonly clientByRequest = new WeakMap<IncomingMessage, Client>();
  private readonly rooms = new Map<string, LoadedRoom>();
  private readonly redis: RedisExtension | null;
  private pollTimer: NodeJS.Timeout | null = null;
  private boundPort = 0;

  constructor(private readonly options: RoomServerOptions) {
    this.store = new RoomStore(options.dataDir, options.durability);
    this.app = new StaticApp(options.appDir);
    this.publicOrigin = options.publicUrl ? new URL(options.publicUrl) : null;
    if (this.publicOrigin && this.publicOrigin.protocol !== 'http:' && this.publicOrigin.protocol !== 'https:') {
      throw new Error('--public-url: an http:// or https:// address');
    }
    this.hosts = new HostCheck([...options.publicHosts, ...(this.publicOrigin ? [this.publicOrigin.hostname] : [])]);
    this.secure = Boolean(options.cert && options.key);
    this.pageSecure = this.secure || this.publicOrigin?.protocol === 'https:';
    this.allowOrigins = [...options.allowOrigins, ...(this.publicOrigin ? [this.publicOrigin.origin] : [])];

    this.redis = options.redis ? new RedisExtension(redisConfiguration(options.redis)) : null;
    const extensions: Extension[] = [this.roomExtension()];
    if (this.redis) extensions.unshift(this.redis);
    this.hocuspocus = new Hocuspocus({
      name: 'tropa-room',
      quiet: true,
      extensions,
      // A document leaves memory as soon as its last client does (after Redis' short delay).
      unloadImmediately: true,
    });

    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
    this.wss.on('connection', (ws: WebSocket, request: IncomingMessage) => this.onConnection(ws, request));

    const handler = (request: IncomingMessage, response: ServerResponse) => {
      this.onRequest(request, response).catch((error: unknown) => {
        options.log(`HTTP error: ${error instanceof Error ? error.message : String(error)}`);
        if (!response.headersSent) plain(response, 500, 'Server error');
        else response.destroy();
      });
    };
    this.http = this.secure
      ? createHttpsServer({ cert: readFileSync(options.cert!), key: readFileSync(options.key!) }, handler)
      : createHttpServer(handler);
    this.http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => this.onUpgrade(request, socket, head));
    // Slow or idle HTTP clients do not hold sockets for long.
    this.http.headersTimeout = 20_000;
    this.http.requestTimeout = 30_000;
  }

  get port(): number {
    return this.boundPort;
  }

  get appAvailable(): boolean {
    return this.app.available;
  }

  get appDir(): string {
    return this.app.root;
  }

  /** The address participants open: the LAN address (or the first --public-host). */
  publicHost(): string {
    const bound = this.options.host;
    const wildcard = bound === '0.0.0.0' || bound === '::' || bound === '';
    const host = this.options.publicHosts[0] ?? (wildcard ? lanAddress() : bound);
    return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  }

  /** Where participants open the app: --public-url, else this server at its LAN address. */
  baseUrl(): string {
    if (this.publicOrigin) return this.publicOrigin.origin;
    return `${this.secure ? 'https' : 'http'}://${this.publicHost()}:${this.boundPort}`;
  }

  /** The rooms' WebSocket address, as participants reach it. */
  socketUrl(): string {
    return `${this.baseUrl().replace(/^http/, 'ws')}/room`;
  }

  async listen(): Promise<void> {
    if (this.redis) await waitForRedis(this.redis, this.options.redis!);
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen({ port: this.options.port, host: this.options.host }, () => {
        this.http.off('error', reject);
        resolve();
      });
    });
    const address = this.http.address();
    this.boundPort = typeof address === 'object' && address ? address.port : this.options.port;
    this.pollTimer = setInterval(() => this.pollMeta(), META_POLL_MS);
    this.pollTimer.unref();
  }

  async close(): Promise<void> {
    if (this.pollTimer) clearInterval(this.pollTimer);
    for (const client of this.clients.values()) client.ws.terminate();
    this.wss.close();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
    for (const [id, room] of this.rooms) {
      if (room.compactTimer) clearTimeout(room.compactTimer);
      this.compact(id);
    }
    await this.hocuspocus.hooks('onDestroy', { instance: this.hocuspocus });
    this.store.close();
  }

  // ---- HTTP ---------------------------------------------------------------------------

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host;
    if (!this.hosts.allows(host)) return plain(response, 421, 'Unknown host name: start the server with --public-host NAME to use it');
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return this.api(request, response, url.pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Method not allowed');
    this.app.serve(request, response, url.pathname, [`${this.pageSecure ? 'wss' : 'ws'}://${host!}`, ...(this.publicOrigin ? [this.socketUrl().replace(/\/room$/, '')] : [])]);
  }

  private async api(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const json = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      response.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...this.corsHeaders(request),
      });
      response.end(text);
    };
    const origin = request.headers.origin;
    if (!originAllowed(origin, request.headers.host, this.pageSecure, this.allowOrigins)) {
      return json(403, { error: 'origin not allowed' });
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...this.corsHeaders(request), 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'content-type, authorization', 'Access-Control-Max-Age': '600' });
      response.end();
      return;
    }
    if (path === '/api/health' && request.method === 'GET') {
      return json(200, { ok: true, rooms: this.rooms.size, connections: this.clients.size });
    }
    const match = /^\/api\/rooms(?:\/([A-Za-z0-9_-]{1,64}))?$/.exec(path);
    if (!match) return json(404, { error: 'not found' });
    const roomId = match[1];

    // Reading a room's public state needs its key (a participant joining by link).
    if (roomId && request.method === 'GET') {
      const key = bearer(request);
      const room = key ? this.store.roomWithSecret(roomId, key) : undefined;
      if (!room) return json(404, { error: 'no such room, or wrong key' });
      return json(200, publicState(room));
    }
    if (request.method !== 'POST' && request.method !== 'PATCH') return json(405, { error: 'method not allowed' });
    // Creating and steering rooms: only the facilitator's machine.
    if (!isThisMachine(request.socket.remoteAddress)) return json(403, { error: 'only from the machine the server runs on' });
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return json(415, { error: 'send application/json' });
    let body: Record<string, unknown>;
    try {
      body = await readJson(request, 16 * 1024);
    } catch (error) {
      return json(400, { error: error instanceof Error ? error.message : 'bad body' });
    }

    if (!roomId) {
      const mapId = body.mapId;
      if (typeof mapId !== 'string' || mapId.length === 0 || mapId.length > MAX_ID) return json(400, { error: 'mapId: a string of 1-200 characters' });
      const id = randomId(12);
      const secret = randomId(24); // 192 bits
      const adminToken = randomId(24);
      const room = this.store.createRoom(id, mapId, secret, adminToken);
      const link = `${this.baseUrl()}/#/room/${id}?key=${secret}`;
      this.options.log(`Room ${id} for map ${mapId}: ${link}`);
      return json(201, { ...publicState(room), roomId: id, secret, adminToken, link, socketUrl: this.socketUrl() });
    }

    const token = typeof body.adminToken === 'string' ? body.adminToken : bearer(request);
    if (!token || !this.store.isAdmin(roomId, token)) return json(403, { error: 'no such room, or wrong admin token' });
    const current = this.store.room(roomId)!;
    if (body.readOnly !== undefined && typeof body.readOnly !== 'boolean') return json(400, { error: 'readOnly: true or false' });
    if (body.closed !== undefined && body.closed !== true) return json(400, { error: 'closed: only true (a closed room stays closed)' });
    const next = this.store.setFlags(roomId, {
      readOnly: typeof body.readOnly === 'boolean' ? body.readOnly : current.readOnly,
      closed: current.closed || body.closed === true,
    })!;
    this.options.log(`Room ${roomId}: ${next.closed ? 'closed' : next.readOnly ? 'read-only' : 'open for edits'}`);
    this.applyMeta(next);
    return json(200, publicState(next));
  }

  private corsHeaders(request: IncomingMessage): Record<string, string> {
    const origin = request.headers.origin;
    return origin && this.options.allowOrigins.includes(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};
  }

  // ---- WebSocket ----------------------------------------------------------------------

  private onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const refuse = (status: string) => {
      socket.once('finish', () => socket.destroy());
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/room') return refuse('404 Not Found');
    if (!this.hosts.allows(request.headers.host)) return refuse('421 Misdirected Request');
    if (!originAllowed(request.headers.origin, request.headers.host, this.pageSecure, this.allowOrigins)) {
      return refuse('403 Forbidden');
    }
    if (this.clients.size >= MAX_CONNECTIONS) return refuse('503 Service Unavailable');
    this.wss.handleUpgrade(request, socket, head, (ws) => this.wss.emit('connection', ws, request));
  }

  private onConnection(ws: WebSocket, request: IncomingMessage): void {
    const client: Client = {
      ws,
      remote: request.socket.remoteAddress ?? '?',
      tokens: this.options.burst,
      byteTokens: 2 * this.options.maxMessageBytes,
      refilledAt: performance.now(),
      documents: new Set(),
      authenticated: false,
      preAuthBytes: 0,
      cutOff: false,
    };
    this.clients.set(ws, client);
    this.clientByRequest.set(request, client);
    // ws reports a message over maxPayload (and other framing errors) here, and closes the
    // socket itself with 1009 (or 1002): the close frame must get out, so no terminate() now.
    ws.on('error', (error: Error & { code?: string }) => {
      const tooBig = error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
      this.options.log(`Cut off ${client.remote}: ${tooBig ? `${CLOSE.tooBig} message over ${this.options.maxMessageBytes} bytes` : `WebSocket error ${error.code ?? error.message}`}`);
      client.cutOff = true;
      setTimeout(() => ws.terminate(), 2000).unref();
    });
    ws.once('close', () => {
      this.clients.delete(ws);
      clearTimeout(authTimer);
    });
    const authTimer = setTimeout(() => {
      if (!client.authenticated) this.cutOff(client, CLOSE.authTimeout.code, CLOSE.authTimeout.reason);
    }, AUTH_TIMEOUT_MS);
    authTimer.unref();

    // Every message passes admit() before Hocuspocus' own listener sees it. Hocuspocus
    // re-emits messages it queued during authentication; those already passed.
    const admitted = new WeakSet<object>();
    const emit = ws.emit.bind(ws);
    ws.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event === 'message') {
        const data = args[0];
        if (typeof data === 'object' && data !== null && admitted.has(data)) return emit(event, ...args);
        if (!this.admit(client, data, args[1] === true)) return false;
        admitted.add(data as object);
      }
      return emit(event, ...args);
    }) as WebSocket['emit'];

    this.hocuspocus.handleConnection(ws, request);
  }

  /** Rate, then grammar: false (and the client cut off) when the message must not be read. */
  private admit(client: Client, data: unknown, isBinary: boolean): boolean {
    if (client.cutOff) return false;
    const now = performance.now();
    const seconds = (now - client.refilledAt) / 1000;
    client.tokens = Math.min(this.options.burst, client.tokens + seconds * this.options.ratePerSecond);
    client.byteTokens = Math.min(2 * this.options.maxMessageBytes, client.byteTokens + seconds * this.options.bytesPerSecond);
    client.refilledAt = now;
    const size = data instanceof Uint8Array ? data.length : 0;
    if (client.tokens < 1 || client.byteTokens < size) {
      this.cutOff(client, CLOSE.rate.code, client.tokens < 1 ? CLOSE.rate.reason : 'too many bytes');
      return false;
    }
    client.tokens -= 1;
    client.byteTokens -= size;
    if (!isBinary || !(data instanceof Uint8Array)) {
      this.cutOff(client, CLOSE.protocol.code, `${CLOSE.protocol.reason}: text frame`);
      return false;
    }
    if (!client.authenticated) {
      client.preAuthBytes += data.length;
      if (client.preAuthBytes > MAX_PRE_AUTH_BYTES) {
        this.cutOff(client, CLOSE.authTimeout.code, 'too much sent before authentication');
        return false;
      }
    }
    try {
      const message = parseClientMessage(data);
      client.documents.add(message.documentName);
      if (client.documents.size > MAX_DOCUMENTS_PER_SOCKET) {
        this.cutOff(client, CLOSE.tooManyRooms.code, CLOSE.tooManyRooms.reason);
        return false;
      }
    } catch (error) {
      const why = error instanceof ProtocolError ? error.message : 'undecodable';
      this.cutOff(client, CLOSE.protocol.code, `${CLOSE.protocol.reason}: ${why}`);
      return false;
    }
    return true;
  }

  /** Close a client's socket with a code and reason, read nothing more from it, and make sure it goes. */
  private cutOff(client: Client, code: number, reason: string): void {
    if (client.cutOff) return;
    client.cutOff = true;
    const why = truncateReason(reason);
    this.options.log(`Cut off ${client.remote}: ${code} ${why}`);
    try {
      client.ws.close(code, why);
    } catch {
      client.ws.terminate();
    }
    // A client that does not answer the close handshake is dropped anyway.
    setTimeout(() => client.ws.terminate(), 2000).unref();
  }

  // ---- Hocuspocus hooks -----------------------------------------------------------------

  private roomExtension(): Extension {
    return {
      extensionName: 'TropaRooms',
      onAuthenticate: async ({ token, documentName, connectionConfig, request }) => {
        const client = this.clientByRequest.get(request);
        const room = this.store.roomWithSecret(documentName, token ?? '');
        if (!room || room.closed) {
          const close = room ? CLOSE.closed : CLOSE.keyWrong;
          // Hocuspocus sends the permission-denied message when this hook throws; the
          // socket is closed right after it, with a code the client can tell apart.
          if (client) setImmediate(() => this.cutOff(client, close.code, close.reason));
          throw { reason: room ? DENIED_CLOSED : DENIED_KEY };
        }
        if (client) client.authenticated = true;
        connectionConfig.readOnly = room.readOnly;
        return { roomId: room.id, mapId: room.mapId };
      },

      // A participant joining a read-only room is told so at once (as when it switches).
      connected: async ({ connection }) => {
        if (connection.readOnly) connection.sendStateless(notice.readOnly(true));
      },

      onLoadDocument: async ({ documentName, document }) => {
        const meta = this.store.room(documentName);
        if (!meta) throw new Error(`no room ${documentName}`);
        const { state, rows } = this.store.load(documentName);
        if (state) Y.applyUpdate(document, state, 'storage');
        this.rooms.set(documentName, { meta, document, validator: new UpdateValidator(document, meta.mapId), rows, compactTimer: null });
        if (rows >= this.options.compactAfterRows) this.scheduleCompaction(documentName);
      },

      beforeHandleMessage: async ({ connection, update: data, documentName }) => {
        const client = this.clients.get(connection.webSocket);
        if (client?.cutOff) throw { code: CLOSE.protocol.code, reason: 'cut off' };
        const message = parseClientMessage(data);
        if (message.type !== 'sync' || message.sync === 'step1') return;
        // A read-only connection's update is refused by Hocuspocus (SyncStatus false): not stored.
        if (connection.readOnly) return;
        const room = this.rooms.get(documentName);
        if (!room) throw { code: CLOSE.closed.code, reason: 'room not loaded' };
        if (room.meta.closed) throw { code: CLOSE.closed.code, reason: CLOSE.closed.reason };
        if (isEmptyUpdate(message.payload)) return;
        const verdict = room.validator.check(message.payload);
        if (!verdict.ok) {
          const close = verdict.missingDependencies ? CLOSE.resync : CLOSE.invalid;
          const reason = verdict.missingDependencies ? close.reason : `${close.reason}: ${verdict.reason}`;
          if (client) this.cutOff(client, close.code, reason);
          throw { code: close.code, reason: truncateReason(reason) };
        }
        try {
          this.store.append(documentName, message.payload);
        } catch (error) {
          this.options.log(`Storing an update of room ${documentName} failed: ${error instanceof Error ? error.message : String(error)}`);
          if (client) this.cutOff(client, CLOSE.storage.code, CLOSE.storage.reason);
          throw { code: CLOSE.storage.code, reason: CLOSE.storage.reason };
        }
        room.rows += 1;
        if (room.rows >= this.options.compactAfterRows) this.scheduleCompaction(documentName);
      },

      afterUnloadDocument: async ({ documentName }) => {
        const room = this.rooms.get(documentName);
        // A client may have loaded the room again meanwhile: only the unloaded document's entry goes.
        if (!room || !room.document.isDestroyed) return;
        this.rooms.delete(documentName);
        room.validator.destroy();
        if (room.compactTimer) clearTimeout(room.compactTimer);
        if (room.rows > 1) this.compact(documentName);
      },
    };
  }

  private scheduleCompaction(roomId: string): void {
    const room = this.rooms.get(roomId);
    if (!room || room.compactTimer) return;
    room.compactTimer = setTimeout(() => {
      room.compactTimer = null;
      this.compact(roomId);
    }, 1000);
    room.compactTimer.unref();
  }

  private compact(roomId: string): void {
    try {
      const started = performance.now();
      const folded = this.store.compact(roomId);
      const room = this.rooms.get(roomId);
      if (room) room.rows = 1;
      if (folded > 0) this.options.log(`Room ${roomId}: ${folded} stored updates folded into one in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      this.options.log(`Folding room ${roomId} failed (its updates stay as they are): ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // ---- Room state (read-only, closed) across processes ------------------------------------

  /** Other processes sharing the data folder change rooms too: look at loaded rooms' rows. */
  private pollMeta(): void {
    for (const [id, room] of this.rooms) {
      const meta = this.store.room(id);
      if (meta && meta.revision !== room.meta.revision) this.applyMeta(meta);
    }
  }

  /** Bring a loaded room's connections in line with its metadata. */
  private applyMeta(meta: RoomMeta): void {
    const room = this.rooms.get(meta.id);
    const document = this.hocuspocus.documents.get(meta.id);
    if (room) {
      const before = room.meta;
      room.meta = meta;
      if (!document) return;
      const connections = document.getConnections();
      if (meta.closed) {
        for (const connection of connections) {
          connection.sendStateless(notice.closed());
          const client = this.clients.get(connection.webSocket);
          if (client) this.cutOff(client, CLOSE.closed.code, CLOSE.closed.reason);
          else connection.webSocket.close(CLOSE.closed.code, CLOSE.closed.reason);
        }
        return;
      }
      if (before.readOnly !== meta.readOnly) {
        for (const connection of connections) {
          connection.readOnly = meta.readOnly;
          connection.sendStateless(notice.readOnly(meta.readOnly));
          // Open again: ask each client for what it made meanwhile (the server's state
          // vector; the client answers with the changes the server lacks).
          if (!meta.readOnly) connection.send(syncStepOne(document));
        }
      }
    }
  }
}

function syncStepOne(document: Document): Uint8Array {
  return new OutgoingMessage(document.name).createSyncMessage().writeFirstSyncStepFor(document).toUint8Array();
}

/** An update that carries nothing (no structs, no deletions): two zero bytes. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

function publicState(room: RoomMeta) {
  return { roomId: room.id, mapId: room.mapId, readOnly: room.readOnly, closed: room.closed };
}

function bearer(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

async function readJson(request: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('send a JSON object');
  return value as Record<string, unknown>;
}

/** A WebSocket close reason is at most 123 bytes of UTF-8. */
function truncateReason(reason: string): string {
  let out = reason;
  while (Buffer.byteLength(out, 'utf8') > 123) out = out.slice(0, -1);
  return out;
}

/** redis://[user:password@]host:port[/db] (rediss:// for TLS) as the Redis extension takes it. */
function redisConfiguration(url: string) {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`--redis: expected redis://host:port, got ${url}`);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : 6379,
    prefix: 'tropa-room',
    options: {
      username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
      db: Number.isInteger(db) ? db : 0,
      tls: parsed.protocol === 'rediss:' ? {} : undefined,
      // Fail fast at start (see waitForRedis); afterwards ioredis reconnects by itself.
      maxRetriesPerRequest: 3,
    },
  };
}

/** Both Redis connections up, or an error that names the URL. */
async function waitForRedis(extension: RedisExtension, url: string): Promise<void> {
  const ready = (client: RedisExtension['pub']) =>
    new Promise<void>((resolve, reject) => {
      if (client.status === 'ready') return resolve();
      const timer = setTimeout(() => reject(new Error(`Redis at ${url} did not answer within 10 s`)), 10_000);
      client.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  await Promise.all([ready(extension.pub), ready(extension.sub)]);
}
