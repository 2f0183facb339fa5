// The room server's SQLite file (better-sqlite3 12: 13 needs Node 22). Two tables: `rooms`
// (one row per room: the map it shares, hashes of its secret and admin token, read-only,
// closed) and `updates` (every Yjs update the server accepted, appended before it is applied,
// acknowledged or broadcast). A room's document is the merge of its rows; compaction folds
// them into one row. Every write is one synchronous statement or transaction: when it
// returns, the row is in the WAL, so `kill -9` of the process cannot take it back.
//
// WAL with synchronous=FULL: each commit also fsyncs the WAL, so an acknowledged update
// survives a power cut or an OS crash too, not only a killed process (NORMAL would already
// survive `kill -9`: the WAL write reaches the OS before the commit returns). A workshop
// writes tens of small updates a second at most, and the fsync costs about a millisecond
// here (measured in docs/workshop.md), so the stronger setting is nearly free.
//
// Several processes may open the same file (one machine, `--redis`): WAL lets them read while
// one writes, busy_timeout makes a writer wait for another's lock instead of failing.
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

export interface RoomMeta {
  id: string;
  mapId: string;
  readOnly: boolean;
  closed: boolean;
  createdAt: number;
  /** Bumped on every change of readOnly/closed: other processes notice it by polling. */
  revision: number;
}

interface RoomRow {
  id: string;
  map_id: string;
  secret_hash: Buffer;
  admin_hash: Buffer;
  read_only: number;
  closed: number;
  created_at: number;
  revision: number;
}

export type Durability = 'full' | 'normal';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Whether `given` hashes to `hash`, in constant time. The secrets are random, so SHA-256 suffices. */
function matches(hash: Buffer, given: string): boolean {
  const actual = sha256(given);
  return actual.length === hash.length && timingSafeEqual(actual, hash);
}

const toMeta = (row: RoomRow): RoomMeta => ({
  id: row.id,
  mapId: row.map_id,
  readOnly: row.read_only === 1,
  closed: row.closed === 1,
  createdAt: row.created_at,
  revision: row.revision,
});

export class RoomStore {
  readonly db: Database.Database;
  private readonly statements;

  constructor(dataDir: string, durability: Durability = 'full') {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'rooms.sqlite3'));
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS rooms (
        id TEXT PRIMARY KEY,
        map_id TEXT NOT NULL,
        secret_hash BLOB NOT NULL,
        admin_hash BLOB NOT NULL,
        read_only INTEGER NOT NULL DEFAULT 0,
        closed INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE IF NOT EXISTS updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        room_id TEXT NOT NULL,
        data BLOB NOT NULL
      );
      CREATE INDEX IF NOT EXISTS updates_by_room ON updates (room_id, seq);
    `);
    this.statements = {
      insertRoom: this.db.prepare(
        'INSERT INTO rooms (id, map_id, secret_hash, admin_hash, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      room: this.db.prepare<[string], RoomRow>('SELECT * FROM rooms WHERE id = ?'),
      rooms: this.db.prepare<[], RoomRow>('SELECT * FROM rooms ORDER BY created_at'),
      setFlags: this.db.prepare(
        'UPDATE rooms SET read_only = ?, closed = ?, revision = revision + 1 WHERE id = ?',
      ),
      append: this.db.prepare('INSERT INTO updates (room_id, data) VALUES (?, ?)'),
      updates: this.db.prepare<[string], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE room_id = ? ORDER BY seq',
      ),
      count: this.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM updates WHERE room_id = ?'),
      deleteUpTo: this.db.prepare('DELETE FROM updates WHERE room_id = ? AND seq <= ?'),
    };
  }

  createRoom(id: string, mapId: string, secret: string, adminToken: string, now = Date.now()): RoomMeta {
    this.statements.insertRoom.run(id, mapId, sha256(secret), sha256(adminToken), now);
    return this.room(id)!;
  }

  room(id: string): RoomMeta | undefined {
    const row = this.statements.room.get(id);
    return row && toMeta(row);
  }

  rooms(): RoomMeta[] {
    return this.statements.rooms.all().map(toMeta);
  }

  /** The room if `secret` is its secret (constant-time comparison), else undefined. */
  roomWithSecret(id: string, secret: string): RoomMeta | undefined {
    const row = this.statements.room.get(id);
    return row && matches(row.secret_hash, secret) ? toMeta(row) : undefined;
  }

  isAdmin(id: string, adminToken: string): boolean {
    const row = this.statements.room.get(id);
    return row !== undefined && matches(row.admin_hash, adminToken);
  }

  setFlags(id: string, flags: { readOnly: boolean; closed: boolean }): RoomMeta | undefined {
    this.statements.setFlags.run(flags.readOnly ? 1 : 0, flags.closed ? 1 : 0, id);
    return this.room(id);
  }

  /** Append one accepted update (synchronously committed). */
  append(roomId: string, update: Uint8Array): void {
    this.statements.append.run(roomId, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
  }

  /** The room's document state: every stored update merged into one (empty doc: undefined). */
  load(roomId: string): { state: Uint8Array | undefined; rows: number } {
    const rows = this.statements.updates.all(roomId);
    if (rows.length === 0) return { state: undefined, rows: 0 };
    const updates = rows.map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength));
    return { state: updates.length === 1 ? updates[0] : Y.mergeUpdates(updates), rows: rows.length };
  }

  rowCount(roomId: string): number {
    return this.statements.count.get(roomId)?.n ?? 0;
  }

  /**
   * Fold a room's rows into one: in one IMMEDIATE transaction (no other process can append
   * meanwhile), rebuild the document from all rows, delete them, insert its state. Rebuilding
   * through a Y.Doc also drops deleted content. Returns the rows folded.
   */
  compact(roomId: string): number {
    const run = this.db.transaction(() => {
      const rows = this.statements.updates.all(roomId);
      if (rows.length < 2) return 0;
      const doc = new Y.Doc();
      doc.transact(() => {
        for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength));
      });
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      this.statements.deleteUpTo.run(roomId, rows[rows.length - 1]!.seq);
      this.append(roomId, state);
      return rows.length;
    });
    return run.immediate();
  }

  close(): void {
    this.db.close();
  }
}
