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
  Workspace,
} from '../domain/types';
import { ENTITY_TABLES } from '../domain/types';

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

  constructor(name = DATABASE_NAME, seed?: () => Workspace) {
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
    if (seed) {
      // Runs once, when the database is created: a newcomer opens Tropa on the demo workspace.
      this.on('populate', async (tx) => {
        const workspace = seed();
        for (const table of ENTITY_TABLES) {
          await tx.table(table).bulkAdd(Object.values(workspace[table]));
        }
      });
    }
  }
}
