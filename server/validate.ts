// Checks a client's Yjs update before the room takes it: the update is applied to a scratch
// copy of the room's document first (a "shadow" Y.Doc kept equal to the real one), every
// record it touched is read back as the app reads it (sync/records.ts) and checked with the
// app's own rules (domain/recordShape.ts, domain/limits.ts). Only when all pass is the update
// stored and handed to Hocuspocus, which applies it to the real document and broadcasts it.
//
// Why a kept shadow and not a fresh clone per update: cloning means encoding and decoding the
// whole document for every keystroke (a 5,000-card map is megabytes); the shadow costs one
// extra application of each update. A refused update leaves the shadow dirty (Yjs cannot
// take an update back), so the shadow is then rebuilt from the real document, which never
// saw it. Updates that reach the real document by other ways (Redis, another process) are
// mirrored into the shadow; applying an update twice is a no-op in Yjs.
//
// Not checked here: references between records (a card on a stage that is not there). Updates
// from several people may arrive in any order, so a card can legitimately come before its
// stage; the app hides such orphans until what they point at arrives (domain/orphans.ts).
import * as Y from 'yjs';
import { hasRecordShape } from '../src/domain/recordShape';
import {
  FIELD_LIMITS,
  MAX_CARDS_PER_MAP,
  MAX_HISTORY,
  MAX_ID,
  MAX_LANES_PER_MAP,
  MAX_READINGS,
  MAX_RECORDS,
  MAX_STAGES_PER_MAP,
} from '../src/domain/limits';
import type { EntityTable } from '../src/domain/types';
import { readRecord } from '../src/sync/records';
import { docIdFor, mapDocId, tablesOf } from '../src/sync/workspaceDocs';

/** How many records of each table one map's document may hold. */
const TABLE_LIMITS: Partial<Record<EntityTable, number>> = {
  maps: 1,
  stages: MAX_STAGES_PER_MAP,
  lanes: MAX_LANES_PER_MAP,
  cards: MAX_CARDS_PER_MAP,
  links: MAX_RECORDS.links,
  hypotheses: MAX_RECORDS.hypotheses,
};

/** Lists inside a record (domain/limits.ts keeps its own table private). */
const LIST_LIMITS: Partial<Record<EntityTable, Record<string, number>>> = {
  hypotheses: { readings: MAX_READINGS, history: MAX_HISTORY },
};

/** The longest string any field may hold, known or not (unknown fields come from newer clients). */
const MAX_ANY_STRING = 20_000;

export type Verdict = { ok: true } | { ok: false; reason: string; missingDependencies?: boolean };

type Plain = Record<string, unknown>;

const fail = (reason: string, missingDependencies = false): Verdict => ({ ok: false, reason, missingDependencies });

export class UpdateValidator {
  private shadow: Y.Doc | null = null;
  private readonly tables: readonly EntityTable[];
  private readonly docId: string;
  private readonly onRealUpdate = (update: Uint8Array) => {
    if (this.shadow) Y.applyUpdate(this.shadow, update, 'mirror');
  };

  constructor(
    private readonly real: Y.Doc,
    mapId: string,
  ) {
    this.docId = mapDocId(mapId);
    this.tables = tablesOf(this.docId);
    real.on('update', this.onRealUpdate);
  }

  destroy(): void {
    this.real.off('update', this.onRealUpdate);
    this.shadow?.destroy();
    this.shadow = null;
  }

  private shadowDoc(): Y.Doc {
    if (!this.shadow) {
      this.shadow = new Y.Doc();
      for (const table of this.tables) this.shadow.getMap(table);
      Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.real));
    }
    return this.shadow;
  }

  /** Check one update a client sent; on a refusal the shadow is dropped (rebuilt on next use). */
  check(update: Uint8Array): Verdict {
    const shadow = this.shadowDoc();
    const touched = new Map<string, { table: EntityTable; id: string }>();
    let stray: string | null = null;
    const observers = this.tables.map((table) => {
      const root = shadow.getMap<unknown>(table);
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        for (const event of events) {
          if (event.target instanceof Y.Map && (event as Y.YMapEvent<unknown>).keysChanged.has(null as unknown as string)) {
            stray = `${table}: list content in a map`;
          }
          if (event.target === root) {
            for (const id of (event as Y.YMapEvent<unknown>).keysChanged) {
              if (typeof id === 'string') touched.set(`${table}/${id}`, { table, id });
            }
          } else {
            const id = event.path[0];
            if (typeof id === 'string') touched.set(`${table}/${id}`, { table, id });
          }
        }
      };
      root.observeDeep(observer);
      return () => root.unobserveDeep(observer);
    });
    let verdict: Verdict;
    try {
      try {
        Y.applyUpdate(shadow, update, 'check');
      } catch (error) {
        verdict = fail(`not a Yjs update (${error instanceof Error ? error.message : String(error)})`);
        return this.refuse(verdict);
      }
      if (shadow.store.pendingStructs || shadow.store.pendingDs) {
        return this.refuse(fail('the update depends on changes the room does not have', true));
      }
      for (const name of shadow.share.keys()) {
        if (!this.tables.includes(name as EntityTable)) return this.refuse(fail(`unknown root "${name.slice(0, 40)}"`));
      }
      if (stray) return this.refuse(fail(stray));
      try {
        verdict = this.checkRecords(shadow, [...touched.values()]);
      } catch (error) {
        // Whatever a record holds, reading it must not break the room: refuse, do not crash.
        verdict = fail(`a record could not be read (${error instanceof Error ? error.message : String(error)})`);
      }
      return verdict.ok ? verdict : this.refuse(verdict);
    } finally {
      for (const unobserve of observers) unobserve();
    }
  }

  private refuse(verdict: Verdict): Verdict {
    this.shadow?.destroy();
    this.shadow = null;
    return verdict;
  }

  private checkRecords(shadow: Y.Doc, touched: { table: EntityTable; id: string }[]): Verdict {
    const grown = new Set<EntityTable>();
    for (const { table, id } of touched) {
      const value = shadow.getMap<unknown>(table).get(id);
      if (value === undefined) continue; // deleted
      const where = `${table}/${id.slice(0, 60)}`;
      if (id.length === 0 || id.length > MAX_ID) return fail(`${table}: id of ${id.length} characters`);
      if (!(value instanceof Y.Map)) return fail(`${where}: not a record`);
      const record = readRecord(table, value as Y.Map<unknown>);
      if (!hasRecordShape(table, id, record)) return fail(`${where}: wrong shape`);
      if (docIdFor(table, record) !== this.docId) return fail(`${where}: belongs to another map`);
      const previous = this.real.getMap<unknown>(table).get(id);
      const prev = previous instanceof Y.Map ? readRecord(table, previous as Y.Map<unknown>) : undefined;
      if (!prev) grown.add(table);
      const problem = this.recordProblem(table, value as Y.Map<unknown>, record, prev);
      if (problem) return fail(`${where}: ${problem}`);
    }
    for (const table of grown) {
      const limit = TABLE_LIMITS[table];
      if (limit === undefined) continue;
      const count = countRecords(shadow.getMap<unknown>(table));
      if (count > limit && count > countRecords(this.real.getMap<unknown>(table))) {
        return fail(`${table}: ${count} records, the limit is ${limit}`);
      }
    }
    return { ok: true };
  }

  /** Lengths and sizes, as domain/limits.ts bounds an edit: a value already past its limit is not held against an unrelated edit. */
  private recordProblem(table: EntityTable, ymap: Y.Map<unknown>, record: Plain, prev: Plain | undefined): string | null {
    const changed = (field: string) => prev === undefined || !samePlain(prev[field], record[field]);
    const limits = FIELD_LIMITS[table] as Record<string, number>;
    for (const [field, value] of Object.entries(record)) {
      const limit = limits[field] ?? MAX_ANY_STRING;
      if (typeof value === 'string' && value.length > limit && changed(field)) {
        return `${field} of ${value.length} characters, the limit is ${limit}`;
      }
      const raw = ymap.get(field);
      if (raw instanceof Y.Text && !raw.toDelta().every((op: { insert?: unknown; attributes?: unknown }) => typeof op.insert === 'string' && !op.attributes)) {
        return `${field}: formatted or embedded content in a text`;
      }
    }
    for (const [field, limit] of Object.entries(LIST_LIMITS[table] ?? {})) {
      const list = record[field];
      if (Array.isArray(list) && list.length > limit && changed(field)) return `${field}: ${list.length} items, the limit is ${limit}`;
    }
    if (table === 'lanes') {
      const scores = record.scores as Plain;
      if (Object.keys(scores).length > MAX_STAGES_PER_MAP && changed('scores')) return 'scores: more than one per stage';
    }
    return null;
  }
}

function countRecords(root: Y.Map<unknown>): number {
  let n = 0;
  for (const value of root.values()) if (value instanceof Y.Map) n += 1;
  return n;
}

function samePlain(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
