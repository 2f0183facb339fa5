// A plain workspace as document updates: the demo a new database starts with, and the rows of
// an older Tropa turned into documents.
import { loadPhotoBytes } from '../domain/photoBytes';
import type { EntityTable, Workspace } from '../domain/types';
import { ORIGIN } from './origins';
import { WorkspaceDocs, type Plain, type RecordChange } from './workspaceDocs';

export interface EncodedDoc {
  docId: string;
  update: Uint8Array;
}

/** Every record of a workspace as a change that creates it. */
export function changesFrom(workspace: Workspace): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const table of Object.keys(workspace) as EntityTable[]) {
    for (const [id, value] of Object.entries(workspace[table])) changes.push({ table, id, prev: undefined, next: value as Plain });
  }
  return changes;
}

export function encodeWorkspace(workspace: Workspace): EncodedDoc[] {
  const docs = new WorkspaceDocs();
  docs.write(changesFrom(workspace), ORIGIN.stored);
  const encoded = docs.ids().map((docId) => ({ docId, update: docs.encode(docId) }));
  docs.destroy();
  return encoded;
}

/** The same, once every persona photo's bytes are read (a Blob is read asynchronously). */
export async function encodeWorkspaceWithPhotos(workspace: Workspace): Promise<EncodedDoc[]> {
  for (const persona of Object.values(workspace.personas)) if (persona.photo instanceof Blob) await loadPhotoBytes(persona.photo);
  return encodeWorkspace(workspace);
}
