import Dexie, { type Table } from 'dexie';
import type {
  Card,
  CustomChannel,
  Hypothesis,
  JourneyMap,
  Lane,
  Link,
  Persona,
  Segment,
  Stage,
} from '../domain/types';

/** One Yjs update of one document, as the persistence writes it. */
export interface DocUpdate {
  docId: string;
  update: Uint8Array;
}

export interface StoredUpdate extends DocUpdate {
  seq?: number;
}

export const DATABASE_NAME = 'tropa';

/**
 * Every schema version stays declared here, oldest first: Dexie upgrades a database written
 * by any earlier version step by step.
 */
export class TropaDatabase extends Dexie {
  segments!: Table<Segment, string>;
  personas!: Table<Persona, string>;
  maps!: Table<JourneyMap, string>;
  stages!: Table<Stage, string>;
  lanes!: Table<Lane, string>;
  cards!: Table<Card, string>;
  links!: Table<Link, string>;
  hypotheses!: Table<Hypothesis, string>;
  channels!: Table<CustomChannel, string>;
  /** Version 3: the workspace as Yjs documents, stored as the updates that built them. */
  docUpdates!: Table<StoredUpdate, number>;

  constructor(name = DATABASE_NAME, seed?: () => DocUpdate[]) {
    super(name);
    this.version(1).stores({
      segments: 'id',
      personas: 'id, segmentId',
      maps: 'id, segmentId',
      stages: 'id, mapId',
      lanes: 'id, mapId',
      cards: 'id, mapId',
      links: 'id, mapId',
      hypotheses: 'id, mapId',
    });
    // Version 2: the channel library can be extended with the user's own channels.
    this.version(2).stores({ channels: 'id' });
    // Version 3: every map is a Yjs document (and one more holds segments, personas, channels),
    // so edits from several tabs merge field by field. The rows of versions 1-2 stay untouched
    // as they were: the session turns them into documents once (see legacyRows.ts), and they
    // remain as the copy an older Tropa wrote.
    this.version(3).stores({ docUpdates: '++seq, docId' });
    if (seed) {
      // Runs once, when the database is created: a newcomer opens Tropa on the demo workspace.
      this.on('populate', async (tx) => {
        await tx.table('docUpdates').bulkAdd(seed());
      });
    }
  }
}
