import type { JourneyMap } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { downloadMapCsv, downloadMapJson } from './exportData';
import { useExportRunner } from './useExportRunner';

/** Download one map as a Tropa file or a CSV table, with a message naming the file. */
export function useDataExport(map: JourneyMap) {
  const t = useT();
  const language = useLanguage();
  const run = useExportRunner();
  return {
    exportJson: () => run(() => downloadMapJson(map.id, t)),
    exportCsv: () => run(() => downloadMapCsv(map.id, t, language)),
  };
}
