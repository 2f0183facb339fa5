// The app's own code the benchmark runs in Node (bundled by bench/appCode.mjs): a generated
// map is turned into documents exactly as Tropa stores them, and checked with the app's own
// rules before it is written into the page's IndexedDB.
export { encodeWorkspace } from '../src/sync/encodeWorkspace';
export { WorkspaceDocs, mapDocId } from '../src/sync/workspaceDocs';
export { ORIGIN } from '../src/sync/origins';
export { hasRecordShape } from '../src/domain/recordShape';
export { orphanRecords } from '../src/domain/orphans';
export { emptyWorkspace, ENTITY_TABLES } from '../src/domain/types';
export { exportWorkspace, readDocument } from '../src/domain/transfer';
