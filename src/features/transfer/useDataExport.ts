import type { JourneyMap } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { useToasts } from '../../ui/toastStore';
import { downloadMapCsv, downloadMapJson } from './exportData';
import { errorReason } from '../../db/storageErrors';

/** Download one map as a Tropa file or a CSV table, and say which file was saved (or why not). */
export function useDataExport(map: JourneyMap) {
  const t = useT();
  const language = useLanguage();
  const showToast = useToasts((s) => s.show);
  const run = async (exporter: () => Promise<string> | string) => {
    try {
      showToast({ message: t('transfer.exported', { file: await exporter() }) });
    } catch (error) {
      showToast({ message: t('transfer.exportFailed', { reason: errorReason(error) }) });
    }
  };
  return {
    exportJson: () => run(() => downloadMapJson(map.id, t)),
    exportCsv: () => run(() => downloadMapCsv(map.id, t, language)),
  };
}
