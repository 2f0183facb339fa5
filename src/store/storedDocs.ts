// What the database holds, as documents: a database an older Tropa wrote (rows, schema 1-2)
// is turned into documents first, once, before anything else reads or writes it.
import type { DocUpdate, TropaDatabase } from '../db/database';
import { loadDocs, writeFirstDocs, type StoredDocs } from '../db/docStore';
import { isEmptyWorkspace, readLegacyRows } from '../db/legacyRows';
import { encodeWorkspaceWithPhotos } from '../sync/encodeWorkspace';

export async function loadStoredDocs(db: TropaDatabase): Promise<StoredDocs> {
  const stored = await loadDocs(db);
  if (stored.updates.size > 0) return stored;
  const workspace = await readLegacyRows(db);
  if (isEmptyWorkspace(workspace)) return stored;
  const rows: DocUpdate[] = await encodeWorkspaceWithPhotos(workspace);
  await writeFirstDocs(db, rows);
  // Whoever wrote first (this tab or another one opening at the same time), the documents
  // are now what is stored.
  return loadDocs(db);
}
