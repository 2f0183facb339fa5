// Where a document change came from. The persistence stores every change but those read from
// the database; the tab channel forwards only this tab's own changes; the store takes into its
// read model every change but its own edits (which it already holds).
export const ORIGIN = {
  /** Read from this browser's database: already stored. */
  stored: Symbol('stored'),
  /** Sent by another tab of this browser. */
  tab: Symbol('tab'),
  /** Cleaning up after a merge (orphans) or storing a photo late: nobody's undo step. */
  repair: Symbol('repair'),
} as const;
