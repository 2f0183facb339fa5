// The whole workspace as a Tropa file, downloaded: the backup offered wherever storage fails
// or the app breaks, so the user's work can always leave the browser.
import { exportWorkspace, fileToJson } from '../domain/transfer/exportFile';
import { workspaceStore } from '../store/workspace';
import { exportFileName } from '../domain/fileName';
import { downloadText } from './download';

export const JSON_TYPE = 'application/json';

/** Downloads everything in memory now (the truth, even when IndexedDB refused to save it); returns the file name. */
export async function downloadWorkspaceBackup(): Promise<string> {
  const file = await exportWorkspace(workspaceStore.store.getState().workspace);
  const name = workspaceFileName();
  downloadText(fileToJson(file), name, JSON_TYPE);
  return name;
}

export function workspaceFileName(now = new Date()): string {
  return exportFileName('Tropa workspace', now, 'json');
}
