// `npm run room -- --port PORT --data DIR [--redis URL] [--host HOST]`: the workshop room
// server. It serves the built app, lets the facilitator's machine open rooms (POST /api/rooms),
// and syncs each room's map document between participants over WebSocket.
//
// Why Hocuspocus 3.4 (@hocuspocus/server, Node 20; 4.x needs Node 22) and not
// @y/websocket-server 0.1:
// - Scaling past one process: @hocuspocus/extension-redis shares documents and presence
//   between processes through Redis pub/sub (the same extension, maintained with the server).
//   @y/websocket-server has no multi-process story; y-redis is a separate server with its own
//   worker and storage model.
// - Durability of acknowledged updates: Hocuspocus awaits a `beforeHandleMessage` hook before
//   it applies, broadcasts or acknowledges (SyncStatus) a client's update, so the update is
//   appended to SQLite first; its provider counts unacknowledged changes (`unsyncedChanges`),
//   which gives the app its "N changes waiting" and the tests their "acknowledged" moment.
//   y-websocket has no acknowledgement at all: a client cannot tell what the server kept.
// - Authentication: `onAuthenticate` receives the token the provider sends for each document;
//   a refusal reaches the client as a reason (authenticationFailed), not just a dropped socket.
// - Read-only connections: `connection.readOnly` (set at authentication, switchable live):
//   Hocuspocus itself refuses such a connection's updates and tells it (SyncStatus false).
// - Message limits: we own the HTTP server and the ws WebSocketServer (maxPayload), and every
//   message passes our checks (rate, grammar) before Hocuspocus reads it; the same would be
//   possible with @y/websocket-server, but all of the above would have to be written anew.
import { resolve } from 'node:path';
import { DEFAULTS, RoomServer, type RoomServerOptions } from './roomServer';
import type { Durability } from './store';

const USAGE = `Usage: npm run room -- [options]
  --port PORT          port for the app and the rooms (default ${DEFAULTS.port}; 0 = any free port)
  --data DIR           folder for the rooms' SQLite file (default ./room-data)
  --host HOST          address to listen on (default ${DEFAULTS.host}: every interface, so the LAN)
  --redis URL          share rooms with other processes through Redis (redis://host:port)
  --cert FILE --key FILE   serve HTTPS/WSS with this certificate (see docs/workshop.md)
  --public-host NAME   another name of this machine participants may use (a certificate's); repeatable
  --public-url URL     the address participants use when it is not this server's own
                       (a reverse proxy's, e.g. https://room.example.org): links start with it
  --allow-origin URL   a page origin that may also connect (e.g. http://localhost:5173); repeatable
  --app DIR            the built app to serve (default: dist/ of this checkout)
  --sync full|normal   SQLite synchronous setting (default full: see server/store.ts)
  --max-message-mb N   largest message a client may send (default 16)
  --rate N --burst N   messages a second a connection may keep up (default ${DEFAULTS.ratePerSecond}), and its burst (default ${DEFAULTS.burst})
  --compact-after N    fold a room's stored updates into one after N of them (default ${DEFAULTS.compactAfterRows})`;

function parseArgs(argv: string[]): RoomServerOptions {
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const known = ['port', 'data', 'host', 'redis', 'cert', 'key', 'public-host', 'public-url', 'allow-origin', 'app', 'sync', 'max-message-mb', 'rate', 'burst', 'compact-after'];
  for (const name of values.keys()) if (!known.includes(name)) throw new Error(`unknown option --${name}`);
  const one = (name: string) => values.get(name)?.at(-1);
  const number = (name: string, fallback: number, min: number) => {
    const text = one(name);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name}: expected a number >= ${min}, got "${text}"`);
    return n;
  };
  const sync = one('sync') ?? DEFAULTS.durability;
  if (sync !== 'full' && sync !== 'normal') throw new Error('--sync: full or normal');
  const cert = one('cert');
  const key = one('key');
  if (Boolean(cert) !== Boolean(key)) throw new Error('--cert and --key go together');
  // The compiled file is server/dist/server/main.js: the checkout is three folders up.
  const checkout = resolve(__dirname, '..', '..', '..');
  return {
    port: number('port', DEFAULTS.port, 0),
    host: one('host') ?? DEFAULTS.host,
    dataDir: resolve(one('data') ?? 'room-data'),
    appDir: resolve(one('app') ?? resolve(checkout, 'dist')),
    redis: one('redis'),
    cert,
    key,
    publicHosts: values.get('public-host') ?? [],
    publicUrl: one('public-url'),
    allowOrigins: values.get('allow-origin') ?? [],
    durability: sync as Durability,
    maxMessageBytes: Math.round(number('max-message-mb', DEFAULTS.maxMessageBytes / 1024 / 1024, 0.01) * 1024 * 1024),
    ratePerSecond: number('rate', DEFAULTS.ratePerSecond, 1),
    burst: number('burst', DEFAULTS.burst, 1),
    bytesPerSecond: DEFAULTS.bytesPerSecond,
    compactAfterRows: number('compact-after', DEFAULTS.compactAfterRows, 2),
    log: (line) => console.log(line),
  };
}

async function main(): Promise<void> {
  let options: RoomServerOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`room: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  let server: RoomServer;
  try {
    server = new RoomServer(options);
    await server.listen();
  } catch (error) {
    console.error(`room: could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  const scheme = options.cert ? 'https' : 'http';
  if (!server.appAvailable) {
    console.log(`No built app in ${server.appDir}: run \`npm run build\` (vite build) in the Tropa folder, then reload the page.`);
  }
  console.log(`Room server listening on ${server.baseUrl()}`);
  console.log(`On this machine: ${scheme}://127.0.0.1:${server.port}`);
  console.log(`Data: ${options.dataDir}${options.redis ? `; sharing rooms through Redis at ${options.redis}` : ''}`);
  console.log('Open the address above on the facilitator machine, start a workshop on a map, and share its room link.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing the rooms`);
    const force = setTimeout(() => process.exit(0), 5000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
