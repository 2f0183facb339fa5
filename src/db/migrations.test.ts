import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ENTITY_TABLES, type Workspace } from '../domain/types';
import { TropaDatabase } from './database';
import { SCHEMA_HISTORY } from './fixtures/schemaHistory';
import { V1_ROWS } from './fixtures/v1';
import { V2_ROWS } from './fixtures/v2';
import { loadWorkspace, writeRows } from './workspaceRepository';

/** One fixture per schema version: the rows as that version stored them, and what must come out. */
const FIXTURES: { version: number; rows: Record<string, Record<string, unknown>[]>; check: (ws: Workspace) => void }[] = [
  {
    version: 1,
    rows: V1_ROWS,
    check: (ws) => {
      // Version 2 added the channel library: empty after the upgrade; built-in channels unchanged.
      expect(ws.channels).toEqual({});
      expect(ws.cards['c-tp']!.channel).toBe('social');
      expect(ws.personas.per!.photo).toBeUndefined();
    },
  },
  {
    version: 2,
    rows: V2_ROWS,
    check: (ws) => {
      expect(ws.channels['ch-tg']!.name).toBe('Telegram');
      expect(ws.cards['c-tg']!.channel).toBe('ch-tg');
    },
  },
];

/** A database as the given version of Tropa wrote it: that version's schema history, verbatim. */
async function writeAsVersion(name: string, version: number, rows: Record<string, Record<string, unknown>[]>) {
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) old.version(v).stores(SCHEMA_HISTORY[v]!);
  await old.open();
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkPut(list);
  });
  old.close();
}

const LATEST = new TropaDatabase('schema-probe').verno;

describe('schema migrations', () => {
  it('has a frozen schema and a fixture for every declared version', () => {
    expect(Object.keys(SCHEMA_HISTORY).map(Number)).toEqual(Array.from({ length: LATEST }, (_, i) => i + 1));
    expect(FIXTURES.map((f) => f.version)).toEqual(Array.from({ length: LATEST }, (_, i) => i + 1));
  });

  it.each(FIXTURES)('opens a version-$version database and keeps every row', async ({ version, rows, check }) => {
    const name = `migration-v${version}-${Math.random()}`;
    await writeAsVersion(name, version, rows);
    const db = new TropaDatabase(name, () => {
      throw new Error('an existing database must not be seeded again');
    });
    const ws = await loadWorkspace(db);
    expect(db.verno).toBe(LATEST);
    for (const [table, list] of Object.entries(rows)) {
      for (const row of list) expect(ws[table as keyof Workspace][row.id as string], `${table}/${row.id}`).toEqual(row);
    }
    const stored = ENTITY_TABLES.reduce((n, table) => n + Object.keys(ws[table]).length, 0);
    expect(stored).toBe(Object.values(rows).reduce((n, list) => n + list.length, 0));
    check(ws);
    // The upgraded database takes writes to every table of the latest schema.
    await writeRows(db, [{ table: 'channels', id: 'new', value: { id: 'new', name: 'Radio', icon: 'radio', createdAt: 9 } }]);
    expect((await loadWorkspace(db)).channels.new!.name).toBe('Radio');
    db.close();
    await db.delete();
  });
});
