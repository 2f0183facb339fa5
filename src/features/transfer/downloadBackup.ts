// Minimal stand-in: the transfer feature provides the full backup (with photos) at merge.
import { workspaceStore } from '../../store/workspace';

/** Download the whole workspace as a JSON file (persona photos left out). */
export async function downloadWorkspaceBackup(): Promise<void> {
  const { workspace } = workspaceStore.store.getState();
  const personas = Object.fromEntries(
    Object.entries(workspace.personas).map(([id, persona]) => [id, { ...persona, photo: null }]),
  );
  const json = JSON.stringify({ format: 'tropa-backup', version: 1, savedAt: new Date().toISOString(), workspace: { ...workspace, personas } }, null, 2);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `tropa-backup-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
