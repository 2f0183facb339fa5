import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ENTITY_TABLES, type Workspace } from '../domain/types';
import { loadStoredDocs } from '../store/storedDocs';
import { createWorkspaceStore } from '../store/workspaceStore';
import { TropaDatabase } from './database';
import { loadDocs } from './docStore';
import { SCHEMA_HISTORY } from './fixtures/schemaHistory';
import { V1_ROWS } from './fixtures/v1';
import { V2_ROWS } from './fixtures/v2';
import { V3_ROWS, v2Workspace } from './fixtures/v3';

type Rows = Record<string, Record<string, unknown>[]>;

/** One fixture per schema version: the rows as that version stored them, and the records that must come out. */
const FIXTURES: { version: number; rows: Rows; expected: Rows; check: (ws: Workspace) => void }[] = [
  {
    version: 1,
    rows: V1_ROWS,
    expected: V1_ROWS,
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
    expected: V2_ROWS,
    check: (ws) => {
      expect(ws.channels['ch-tg']!.name).toBe('Telegram');
      expect(ws.cards['c-tg']!.channel).toBe('ch-tg');
    },
  },
  {
    version: 3,
    rows: { ...V2_ROWS, ...V3_ROWS },
    expected: V2_ROWS,
    check: (ws) => expect(ws).toEqual(v2Workspace()),
  },
];

/** A database as the given version of Tropa wrote it: that version's schema history, verbatim. */
async function writeAsVersion(name: string, version: number, rows: Rows) {
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

  it.each(FIXTURES)('opens a version-$version database with every record', async ({ version, rows, expected, check }) => {
    const name = `migration-v${version}-${Math.random()}`;
    await writeAsVersion(name, version, rows);
    const db = new TropaDatabase(name, () => {
      throw new Error('an existing database must not be seeded again');
    });
    const store = createWorkspaceStore();
    store.loadDocs((await loadStoredDocs(db)).updates);
    expect(db.verno).toBe(LATEST);
    const ws = store.store.getState().workspace;
    for (const [table, list] of Object.entries(expected)) {
      for (const row of list) expect(ws[table as keyof Workspace][row.id as string], `${table}/${row.id}`).toEqual(row);
    }
    const count = ENTITY_TABLES.reduce((n, table) => n + Object.keys(ws[table]).length, 0);
    expect(count).toBe(Object.values(expected).reduce((n, list) => n + list.length, 0));
    check(ws);
    // Turned into documents once: opening again reads the same documents, nothing is added.
    const rowsAfterFirst = (await db.docUpdates.count());
    await loadStoredDocs(db);
    expect(await db.docUpdates.count()).toBe(rowsAfterFirst);
    expect((await loadDocs(db)).updates.size).toBeGreaterThan(0);
    db.close();
    await db.delete();
  });
});
