// Export of one map: a Tropa file (everything, re-importable) or a CSV table (texts only).
import { delimiterFor, serialiseDelimited } from '../../domain/transfer/delimited';
import type { Language } from '../../i18n/language';
import { exportMap, fileToJson } from '../../domain/transfer/exportFile';
import { mapToTable } from '../../domain/transfer/table';
import type { Id, Lane } from '../../domain/types';
import type { T } from '../../i18n/useT';
import { workspaceStore } from '../../store/workspace';
import { laneTitle } from '../../ui/laneTitle';
import { JSON_TYPE } from '../../ui/downloadBackup';
import { exportFileName } from '../../domain/fileName';
import { downloadText } from '../../ui/download';

/** Downloads the map as a Tropa file; returns the file name. */
export async function downloadMapJson(mapId: Id, t: T): Promise<string> {
  const ws = workspaceStore.store.getState().workspace;
  const file = await exportMap(ws, mapId);
  const name = exportFileName(ws.maps[mapId]?.title || t('common.untitled'), new Date(), 'json');
  downloadText(fileToJson(file), name, JSON_TYPE);
  return name;
}

/** Downloads the map as a CSV table, lane titles in the UI language; returns the file name. */
export function downloadMapCsv(mapId: Id, t: T, language: Language): string {
  const ws = workspaceStore.store.getState().workspace;
  const rows = mapToTable(ws, mapId, (lane: Lane) => laneTitle(lane, t));
  const name = exportFileName(ws.maps[mapId]?.title || t('common.untitled'), new Date(), 'csv');
  downloadText(serialiseDelimited(rows, delimiterFor(language)), name, 'text/csv;charset=utf-8');
  return name;
}
