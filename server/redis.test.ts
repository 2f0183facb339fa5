// Two server processes share rooms through Redis (and room metadata through the SQLite file of
// their shared data folder). Needs Debian's redis-server: without it this test fails, it does
// not skip (.ci/run installs it).
import { afterAll, describe, expect, it } from 'vitest';
import { addCard, cardText, createRoom, joinRoom, seedMap, setCardText, settled, snapshot, startRedis, startServer, steerRoom, stopAll, tempDir, waitFor } from './testkit';

afterAll(stopAll);

describe('several processes over Redis', () => {
  it('clients on different processes converge, and the facilitator steers the room on both', async () => {
    const redis = await startRedis();
    const dataDir = tempDir();
    const one = await startServer({ dataDir, args: ['--redis', redis.url] });
    const two = await startServer({ dataDir, args: ['--redis', redis.url] });
    await waitFor('the Redis line', () => one.output().includes(`sharing rooms through Redis at ${redis.url}`));

    // The room is created on process one; process two knows it (shared SQLite metadata).
    const room = await createRoom(one, 'map-r');
    const alice = joinRoom(one, room, room.secret);
    const bob = joinRoom(two, room, room.secret);
    await waitFor('both synced', () => settled(alice) && settled(bob));

    seedMap(alice, room.mapId);
    addCard(alice, room.mapId, 'r1', 'from process one');
    await waitFor('bob sees alice', () => cardText(bob, room.mapId, 'r1') === 'from process one');

    addCard(bob, room.mapId, 'r2', 'from process two', 2);
    setCardText(alice, room.mapId, 'r1', 'from process one, edited');
    setCardText(bob, room.mapId, 'r1', 'edited: from process one');
    await waitFor('converged', () => settled(alice) && settled(bob) && snapshot(alice.doc) === snapshot(bob.doc) && cardText(alice, room.mapId, 'r2') !== undefined);
    expect(cardText(bob, room.mapId, 'r1')).toBe('edited: from process one, edited');

    // A newcomer on process two after both processes stored: sees everything.
    const carol = joinRoom(two, room, room.secret);
    await waitFor('carol has it all', () => settled(carol) && snapshot(carol.doc) === snapshot(alice.doc));

    // Read-only set through process one reaches bob on process two (the metadata poll).
    expect((await steerRoom(one, room, { readOnly: true })).status).toBe(200);
    await waitFor('bob told read-only', () => bob.stateless.includes(JSON.stringify({ type: 'readOnly', readOnly: true })));
    // Closing through process one drops bob on process two.
    expect((await steerRoom(one, room, { closed: true })).status).toBe(200);
    await waitFor('bob dropped', () => bob.closes.some((c) => c.code === 4410));
  });
});
