// The room server as participants meet it: real server processes, real providers.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  addCard,
  cardText,
  createRoom,
  joinRoom,
  killHard,
  rawClient,
  seedMap,
  setCardText,
  settled,
  snapshot,
  startServer,
  steerRoom,
  stopAll,
  tempDir,
  waitFor,
} from './testkit';

afterEach(stopAll);

describe('two participants', () => {
  it('converge on concurrent edits to different cards and to the same card', async () => {
    const server = await startServer();
    expect(server.output()).toContain(`Room server listening on http://127.0.0.1:${server.port}\n`);
    const room = await createRoom(server, 'map-a');
    expect(room.secret.length).toBeGreaterThanOrEqual(22); // >= 128 bits, base64url
    expect(room.link).toBe(`${server.url}/#/room/${room.roomId}?key=${room.secret}`);

    const alice = joinRoom(server, room, room.secret);
    await waitFor('alice synced', () => settled(alice));
    seedMap(alice, room.mapId);
    addCard(alice, room.mapId, 'shared', 'We compare prices');
    await waitFor('alice acknowledged', () => settled(alice));

    const bob = joinRoom(server, room, room.secret);
    await waitFor('bob has the shared card', () => cardText(bob, room.mapId, 'shared') === 'We compare prices');

    // Concurrently: each adds a card, and both type into the shared card.
    addCard(alice, room.mapId, 'a1', 'Alice card', 2);
    addCard(bob, room.mapId, 'b1', 'Bob card', 3);
    setCardText(alice, room.mapId, 'shared', 'We compare prices online');
    setCardText(bob, room.mapId, 'shared', 'Often we compare prices');

    await waitFor('both converge', () => settled(alice) && settled(bob) && snapshot(alice.doc) === snapshot(bob.doc));
    expect(cardText(alice, room.mapId, 'a1')).toBe('Alice card');
    expect(cardText(bob, room.mapId, 'a1')).toBe('Alice card');
    expect(cardText(alice, room.mapId, 'b1')).toBe('Bob card');
    // Text merged character-wise: both edits are kept.
    expect(cardText(alice, room.mapId, 'shared')).toBe('Often we compare prices online');
  });
});

describe('access', () => {
  it('refuses a client without the secret, with a wrong one, and after the room is closed', async () => {
    const server = await startServer();
    const room = await createRoom(server, 'map-b');

    const nobody = joinRoom(server, room, '');
    const wrong = joinRoom(server, room, room.secret.slice(0, -2) + 'xx');
    await waitFor('both refused', () => nobody.denied.length > 0 && wrong.denied.length > 0 && nobody.closes.length > 0 && wrong.closes.length > 0);
    expect(wrong.denied[0]).toBe('permission-denied');
    expect(wrong.closes[0]).toEqual({ code: 4401, reason: 'room key is wrong or the room does not exist' });
    expect(nobody.closes[0]!.code).toBe(4401);
    expect(wrong.doc.getMap('cards').size).toBe(0);

    // An unknown room is refused the same way (nothing tells rooms apart from wrong keys).
    const stranger = joinRoom(server, { roomId: 'no-such-room', mapId: 'x' }, room.secret);
    await waitFor('unknown room refused', () => stranger.closes.some((c) => c.code === 4401));

    // The facilitator closes the room: connected participants are told and dropped, new ones refused.
    const member = joinRoom(server, room, room.secret);
    await waitFor('member in', () => settled(member));
    const response = await steerRoom(server, room, { closed: true });
    expect(response.status).toBe(200);
    await waitFor('member dropped', () => member.closes.some((c) => c.code === 4410));
    expect(member.stateless).toContain(JSON.stringify({ type: 'closed' }));
    const late = joinRoom(server, room, room.secret);
    await waitFor('late refused', () => late.denied.includes('closed') && late.closes.some((c) => c.code === 4410));

    // Steering needs the admin token.
    const forged = await fetch(`${server.url}/api/rooms/${room.roomId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ adminToken: room.secret, readOnly: true }),
    });
    expect(forged.status).toBe(403);
  });

  it('accepts WebSockets only from its own origin (or programs that send none)', async () => {
    const server = await startServer();
    await expect(rawClient(server, { Origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(rawClient(server, { Origin: `http://localhost:${server.port + 1}` })).rejects.toThrow('HTTP 403');
    const same = await rawClient(server, { Origin: server.url });
    expect(same.ws.readyState).toBe(WebSocket.OPEN);
    const none = await rawClient(server);
    expect(none.ws.readyState).toBe(WebSocket.OPEN);
    // DNS rebinding: a foreign name as Host (and the matching Origin) is refused.
    await expect(rawClient(server, { Host: `rebind.example:${server.port}`, Origin: `http://rebind.example:${server.port}` })).rejects.toThrow('HTTP 421');
  });
});

describe('read-only room', () => {
  it('refuses edits, tells the client, and takes them once open again', async () => {
    const server = await startServer();
    const room = await createRoom(server, 'map-c');
    const facilitator = joinRoom(server, room, room.secret);
    await waitFor('facilitator synced', () => settled(facilitator));
    seedMap(facilitator, room.mapId);
    addCard(facilitator, room.mapId, 'c1', 'Before');
    await waitFor('seeded', () => settled(facilitator));

    const participant = joinRoom(server, room, room.secret);
    await waitFor('participant synced', () => settled(participant) && cardText(participant, room.mapId, 'c1') === 'Before');

    expect((await steerRoom(server, room, { readOnly: true })).status).toBe(200);
    await waitFor('participant told', () => participant.stateless.includes(JSON.stringify({ type: 'readOnly', readOnly: true })));

    const refusedBefore = participant.syncStatuses.filter((s) => !s).length;
    setCardText(participant, room.mapId, 'c1', 'Changed while read-only');
    addCard(participant, room.mapId, 'c2', 'Added while read-only', 2);
    // The server answers "not applied" (SyncStatus false): the changes stay waiting on the client.
    await waitFor('server refused both', () => participant.syncStatuses.filter((s) => !s).length >= refusedBefore + 2);
    expect(participant.provider.unsyncedChanges).toBeGreaterThanOrEqual(2);

    // The server state did not change: a newcomer (read-only scope) sees the old map.
    const newcomer = joinRoom(server, room, room.secret);
    await waitFor('newcomer synced', () => newcomer.provider.isSynced && cardText(newcomer, room.mapId, 'c1') === 'Before');
    expect(newcomer.provider.authorizedScope).toBe('readonly'); // Hocuspocus' word for a read-only connection
    await waitFor('newcomer told', () => newcomer.stateless.includes(JSON.stringify({ type: 'readOnly', readOnly: true })));
    expect(cardText(newcomer, room.mapId, 'c2')).toBeUndefined();
    expect(cardText(facilitator, room.mapId, 'c1')).toBe('Before');

    // Open again: the server asks for what was made meanwhile, and everyone gets it.
    expect((await steerRoom(server, room, { readOnly: false })).status).toBe(200);
    await waitFor('participant told it is open', () => participant.stateless.includes(JSON.stringify({ type: 'readOnly', readOnly: false })));
    await waitFor('the edits arrive', () => cardText(facilitator, room.mapId, 'c2') === 'Added while read-only' && cardText(newcomer, room.mapId, 'c1') === 'Changed while read-only');
  });
});

describe('durability', () => {
  it('loses nothing acknowledged when the server is killed with SIGKILL', async () => {
    const dataDir = tempDir();
    const first = await startServer({ dataDir });
    const room = await createRoom(first, 'map-d');
    const writer = joinRoom(first, room, room.secret);
    await waitFor('writer synced', () => settled(writer));
    seedMap(writer, room.mapId);
    for (let i = 0; i < 40; i++) addCard(writer, room.mapId, `k${i}`, `card ${i}`, i);
    setCardText(writer, room.mapId, 'k7', 'last word before the crash');
    // Acknowledged: every update answered with SyncStatus(applied) -> unsyncedChanges 0.
    await waitFor('all acknowledged', () => settled(writer));

    await killHard(first);
    const second = await startServer({ dataDir, port: first.port });
    const reader = joinRoom(second, room, room.secret);
    await waitFor('reader synced', () => settled(reader));
    for (let i = 0; i < 40; i++) expect(cardText(reader, room.mapId, `k${i}`)).toBe(i === 7 ? 'last word before the crash' : `card ${i}`);

    // The writer's provider reconnects by itself to the restarted server and goes on.
    await waitFor('writer back', () => settled(writer) && writer.closes.length > 0);
    addCard(writer, room.mapId, 'after', 'after the restart', 99);
    await waitFor('reader sees the new edit', () => cardText(reader, room.mapId, 'after') === 'after the restart');
  });

  it('folds stored updates into one row and rebuilds the same document', async () => {
    const dataDir = tempDir();
    const server = await startServer({ dataDir, args: ['--compact-after', '20'] });
    const room = await createRoom(server, 'map-e');
    const writer = joinRoom(server, room, room.secret);
    await waitFor('writer synced', () => settled(writer));
    seedMap(writer, room.mapId);
    for (let i = 0; i < 60; i++) addCard(writer, room.mapId, `f${i}`, `card ${i}`, i);
    await waitFor('acknowledged', () => settled(writer));
    await waitFor('folded', () => /stored updates folded into one/.test(server.output()));
    const before = snapshot(writer.doc);
    await killHard(server);
    const again = await startServer({ dataDir });
    const reader = joinRoom(again, room, room.secret);
    await waitFor('reader synced', () => settled(reader) && snapshot(reader.doc) === before);
  });
});

describe('the app over HTTP', () => {
  it('serves the built page with its CSP plus the room origin, and assets', async () => {
    const app = tempDir('tropa-app-');
    const policy = "default-src 'self'; script-src 'self'; connect-src 'self' data: blob:; object-src 'none'";
    writeFileSync(join(app, 'index.html'), `<!doctype html><html><head>\n<meta http-equiv="Content-Security-Policy" content="${policy}" />\n</head><body>Tropa</body></html>`);
    mkdirSync(join(app, 'assets'));
    writeFileSync(join(app, 'assets', 'index-abc.js'), 'console.log(1)');
    const server = await startServer({ args: ['--app', app] });

    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const expected = `default-src 'self'; script-src 'self'; connect-src 'self' data: blob: ws://127.0.0.1:${server.port}; object-src 'none'`;
    expect(html).toContain(`content="${expected}"`);
    expect(page.headers.get('content-security-policy')).toBe(`${expected}; frame-ancestors 'none'`);

    const asset = await fetch(`${server.url}/assets/index-abc.js`);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}/../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${server.url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${server.url}/nothing.js`)).status).toBe(404);
  });

  it('says how to build the app when dist is missing', async () => {
    const server = await startServer({ args: ['--app', tempDir('tropa-empty-')] });
    expect(server.output()).toMatch(/No built app in .*: run `npm run build`/);
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build');
  });

  it('answers a participant with the key with the room state, and no one else', async () => {
    const server = await startServer();
    const room = await createRoom(server, 'map-f');
    const ok = await fetch(`${server.url}/api/rooms/${room.roomId}`, { headers: { authorization: `Bearer ${room.secret}` } });
    expect(await ok.json()).toEqual({ roomId: room.roomId, mapId: 'map-f', readOnly: false, closed: false });
    const bad = await fetch(`${server.url}/api/rooms/${room.roomId}`, { headers: { authorization: 'Bearer nope' } });
    expect(bad.status).toBe(404);
    // A page of another site cannot create rooms through the facilitator's browser.
    const csrf = await fetch(`${server.url}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example' }, body: '{"mapId":"x"}' });
    expect(csrf.status).toBe(403);
    const textPlain = await fetch(`${server.url}/api/rooms`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"mapId":"x"}' });
    expect(textPlain.status).toBe(415);
  });
});

describe('HTTPS', () => {
  it('serves the page and the rooms over TLS with --cert and --key', async () => {
    const dir = tempDir('tropa-tls-');
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const app = tempDir('tropa-app-');
    writeFileSync(join(app, 'index.html'), `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'" /></head></html>`);
    const server = await startServer({ args: ['--cert', cert, '--key', key, '--app', app] });
    expect(server.url).toMatch(/^https:/);
    const ca = readFileSync(cert);
    const headers = await new Promise<Record<string, unknown>>((done, fail) => {
      request(`${server.url}/`, { ca }, (response) => {
        response.resume();
        done(response.headers);
      })
        .on('error', fail)
        .end();
    });
    expect(headers['content-security-policy']).toBe(`default-src 'self'; connect-src 'self' wss://127.0.0.1:${server.port}; frame-ancestors 'none'`);
    const ws = new WebSocket(server.socketUrl, { ca, headers: { Origin: server.url } });
    await new Promise((done, fail) => ws.once('open', done).once('error', fail));
    ws.close();
  });

  it('behind a TLS-terminating proxy (--public-url), links, origins and the CSP use the public address', async () => {
    const app = tempDir('tropa-app-');
    writeFileSync(join(app, 'index.html'), `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'" /></head></html>`);
    const server = await startServer({ args: ['--public-url', 'https://room.example.org', '--app', app] });
    await waitFor('the public address printed', () => server.output().includes('Room server listening on https://room.example.org'));
    const room = await createRoom(server, 'map-p');
    expect(room.link).toBe(`https://room.example.org/#/room/${room.roomId}?key=${room.secret}`);
    // fetch() does not let a Host header through: node:http does, as a proxy would send it.
    const csp = await new Promise<unknown>((done, fail) => {
      httpGet({ host: '127.0.0.1', port: server.port, path: '/', headers: { host: 'room.example.org' } }, (response) => {
        response.resume();
        done(response.headers['content-security-policy']);
      }).on('error', fail);
    });
    expect(csp).toBe("default-src 'self'; connect-src 'self' wss://room.example.org; frame-ancestors 'none'");
    const proxied = await rawClient(server, { Host: 'room.example.org', Origin: 'https://room.example.org' });
    expect(proxied.ws.readyState).toBe(WebSocket.OPEN);
    await expect(rawClient(server, { Host: 'room.example.org', Origin: 'http://room.example.org' })).rejects.toThrow('HTTP 403');
  });
});
