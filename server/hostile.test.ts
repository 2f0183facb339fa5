// Hostile clients are cut off one by one while two well-behaved participants keep working.
import { randomBytes } from 'node:crypto';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRecord } from '../src/sync/records';
import { makeCard } from '../src/domain/defaults';
import {
  addCard,
  authMessage,
  cardText,
  createRoom,
  freshUpdate,
  frame,
  joinRoom,
  rawAuthenticated,
  rawClient,
  seedMap,
  settled,
  startServer,
  stopAll,
  updateMessage,
  waitFor,
  type Participant,
  type Room,
  type RunningServer,
} from './testkit';

let server: RunningServer;
let room: Room;
let alice: Participant;
let bob: Participant;
let edits = 0;

beforeAll(async () => {
  server = await startServer();
  room = await createRoom(server, 'map-h');
  alice = joinRoom(server, room, room.secret);
  await waitFor('alice synced', () => settled(alice));
  seedMap(alice, room.mapId);
  bob = joinRoom(server, room, room.secret);
  await waitFor('bob synced', () => settled(bob) && bob.doc.getMap('stages').size === 1);
});

afterAll(stopAll);

/** Alice adds a card and Bob sees it: the room still works for the well-behaved. */
async function stillWorks(): Promise<void> {
  const id = `ok-${++edits}`;
  addCard(alice, room.mapId, id, `still fine ${edits}`, edits);
  await waitFor(`bob sees ${id}`, () => cardText(bob, room.mapId, id) === `still fine ${edits}` && settled(alice));
  expect(alice.closes).toEqual([]);
  expect(bob.closes).toEqual([]);
}

/** How many times the server logged cutting a client off with this code. */
function countCutOffs(code: number): number {
  return server.output().split('\n').filter((line) => line.startsWith('Cut off') && line.includes(`: ${code} `)).length;
}

/** A card record as a fresh client would create it, with `fields` overriding valid values. */
function cardUpdate(id: string, fields: Record<string, unknown>, asPlain: string[] = []): Uint8Array {
  return freshUpdate((doc) => {
    const card: Record<string, unknown> = { ...makeCard({ id, mapId: room.mapId, stageId: 'map-h-stage', laneId: 'map-h-lane', text: 'x', order: 1 }), ...fields };
    const ymap = createRecord('cards', card);
    // Fields written as plain values where the app writes a Y.Text.
    for (const field of asPlain) ymap.set(field, card[field]);
    doc.getMap('cards').set(id, ymap);
  });
}

describe('hostile clients', () => {
  it('cuts off a client sending random bytes', async () => {
    const hostile = await rawClient(server);
    hostile.send(randomBytes(512));
    expect((await hostile.closed).code).toBe(4400);
    await stillWorks();
  });

  it('cuts off an authenticated client sending garbage as a Yjs update', async () => {
    const hostile = await rawAuthenticated(server, room);
    hostile.send(updateMessage(room.roomId, new Uint8Array(randomBytes(300))));
    const closed = await hostile.closed;
    expect([4400, 4409, 4422]).toContain(closed.code);
    await stillWorks();
  });

  it('cuts off an oversized message (over the 16 MB cap)', async () => {
    const hostile = await rawAuthenticated(server, room);
    const cutOffs = countCutOffs(1009);
    hostile.send(updateMessage(room.roomId, new Uint8Array(17 * 1024 * 1024)));
    // The server closes with 1009; a client still writing its message may see the reset (1006) first.
    expect([1009, 1006]).toContain((await hostile.closed).code);
    await waitFor('the server logged the cut-off', () => countCutOffs(1009) > cutOffs);
    await stillWorks();
  });

  it('cuts off an update creating a card with a 5 MB text', async () => {
    const hostile = await rawAuthenticated(server, room);
    hostile.send(updateMessage(room.roomId, cardUpdate('huge', { text: 'x'.repeat(5 * 1024 * 1024) })));
    const closed = await hostile.closed;
    expect(closed.code).toBe(4422);
    expect(closed.reason).toMatch(/^invalid update: cards\/huge: text of 5242880 characters, the limit is 20000/);
    await stillWorks();
    expect(cardText(bob, room.mapId, 'huge')).toBeUndefined();
  });

  it('refuses invalid records and cuts their sender off: long text, a number as text, a script as a number, a foreign map', async () => {
    const cases: [string, Uint8Array][] = [
      ['a 30,000-character card text (the limit is 20,000)', cardUpdate('long', { text: 'y'.repeat(30_000) })],
      ['a number where text belongs', cardUpdate('num', { text: 42 }, ['text'])],
      ['a script where a number belongs', cardUpdate('script', { order: '<script>alert(1)</script>' })],
      ['a card of another map', cardUpdate('foreign', { mapId: 'other-map' })],
      ['a root the map does not have', freshUpdate((doc) => doc.getMap('evil').set('x', 'y'.repeat(1000)))],
      ['a stray value in the cards table', freshUpdate((doc) => doc.getMap('cards').set('stray', 'just a string'))],
    ];
    for (const [what, update] of cases) {
      const hostile = await rawAuthenticated(server, room);
      hostile.send(updateMessage(room.roomId, update));
      const closed = await hostile.closed;
      expect(closed.code, what).toBe(4422);
      expect(closed.reason, what).toMatch(/^invalid update: /);
    }
    await stillWorks();
    for (const id of ['long', 'num', 'script', 'foreign']) expect(cardText(bob, room.mapId, id)).toBeUndefined();
    expect(bob.doc.share.has('evil')).toBe(false);

    // Nothing of them was stored: a newcomer loads the room without them.
    const carol = joinRoom(server, room, room.secret);
    await waitFor('carol synced', () => settled(carol) && cardText(carol, room.mapId, `ok-${edits}`) !== undefined);
    for (const id of ['long', 'num', 'script', 'foreign', 'stray']) expect(carol.doc.getMap('cards').has(id)).toBe(false);
    carol.destroy();
  });

  it('cuts off a client sending more bytes a second than the budget', async () => {
    // A server with a 1 MB message cap: a burst of two messages' worth (2 MB), then 2 MB/s.
    const small = await startServer({ args: ['--max-message-mb', '1'] });
    const smallRoom = await createRoom(small, 'map-bytes');
    const hostile = await rawAuthenticated(small, smallRoom);
    // Valid messages, each under the cap: state vectors of 100,000 entries (~0.8 MB).
    const entries = encoding.createEncoder();
    encoding.writeVarUint(entries, 100_000);
    for (let i = 0; i < 100_000; i++) {
      encoding.writeVarUint(entries, 1_000_000 + i);
      encoding.writeVarUint(entries, 1_000_000);
    }
    const vector = encoding.toUint8Array(entries);
    expect(vector.length).toBeLessThan(1024 * 1024);
    const step1 = frame(smallRoom.roomId, 0, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint8Array(e, vector)));
    for (let i = 0; i < 5; i++) hostile.send(step1);
    const closed = await hostile.closed;
    expect(closed).toEqual({ code: 4429, reason: 'too many bytes' });
  });

  it('cuts off a client sending 1,000 messages a second', async () => {
    const hostile = await rawAuthenticated(server, room);
    const query = frame(room.roomId, 3, () => {}); // QueryAwareness: valid, tiny
    let sent = 0;
    const started = Date.now();
    const closed = hostile.closed;
    let done = false;
    void closed.then(() => (done = true));
    // 1,000 a second: 10 every 10 ms, for at most 2 s.
    while (!done && Date.now() - started < 2000) {
      for (let i = 0; i < 10; i++) hostile.send(query);
      sent += 10;
      await new Promise((r) => setTimeout(r, 10));
    }
    const result = await closed;
    expect(result.code).toBe(4429);
    expect(sent).toBeLessThan(2000);
    await stillWorks();
  });

  it('cuts off a client that authenticates for many documents, and one that never authenticates but floods', async () => {
    const many = await rawClient(server);
    for (let i = 0; i < 6; i++) many.send(authMessage(`room-${i}`, 'x'));
    expect([4401, 4413]).toContain((await many.closed).code);

    const flood = await rawClient(server);
    const big = updateMessage(room.roomId, new Uint8Array(200 * 1024));
    flood.send(big);
    flood.send(big);
    expect((await flood.closed).code).toBe(4408);
    await stillWorks();
  });

  it('keeps an update that depends on changes the room lacks out, and the client resyncs by reconnecting', async () => {
    // An update whose parent item the server never saw: refused with 4409 ("reconnect to sync").
    const base = new Y.Doc();
    base.getMap('cards').set('dep', createRecord('cards', { ...makeCard({ id: 'dep', mapId: room.mapId, stageId: 'map-h-stage', laneId: 'map-h-lane', text: 'a', order: 1 }) }));
    const before = Y.encodeStateVector(base);
    ((base.getMap('cards').get('dep') as Y.Map<unknown>).get('text') as Y.Text).insert(1, 'b');
    const dependent = Y.encodeStateAsUpdate(base, before);
    const hostile = await rawAuthenticated(server, room);
    hostile.send(updateMessage(room.roomId, dependent));
    expect((await hostile.closed).code).toBe(4409);
    await stillWorks();
  });
});
