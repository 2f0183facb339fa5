import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TropaDatabase } from './database';
import { loadWorkspace, writeRows } from './workspaceRepository';

/** A database as version 1 of Tropa wrote it: the schema of that version, verbatim. */
async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    segments: 'id',
    personas: 'id, segmentId',
    maps: 'id, segmentId',
    stages: 'id, mapId',
    lanes: 'id, mapId',
    cards: 'id, mapId',
    links: 'id, mapId',
    hypotheses: 'id, mapId',
  });
  await v1.open();
  await v1.table('maps').put({ id: 'm', title: 'Written by v1', segmentId: null, personaId: null, createdAt: 1, updatedAt: 1 });
  await v1
    .table('cards')
    .put({ id: 'c', mapId: 'm', stageId: 's', laneId: 'l', text: 'kept', order: 0, color: 'none', channel: 'email', severity: null });
  v1.close();
}

describe('schema migrations', () => {
  it('opens a version-1 database, keeps its rows and adds the channel library', async () => {
    const name = `migration-${Date.now()}`;
    await writeVersion1(name);
    const db = new TropaDatabase(name, () => {
      throw new Error('an existing database must not be seeded again');
    });
    const ws = await loadWorkspace(db);
    expect(ws.maps.m!.title).toBe('Written by v1');
    expect(ws.cards.c!.text).toBe('kept');
    expect(ws.channels).toEqual({});
    await writeRows(db, [{ table: 'channels', id: 'tg', value: { id: 'tg', name: 'Telegram', icon: 'messageCircle', createdAt: 1 } }]);
    expect((await loadWorkspace(db)).channels.tg!.name).toBe('Telegram');
    expect(db.verno).toBe(2);
    db.close();
    await db.delete();
  });
});
