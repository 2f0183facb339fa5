import { errorReason } from '../../domain/errorReason';
import { useT } from '../../i18n/useT';
import { useToasts } from '../../ui/toastStore';

/** Runs an export that returns the saved file's name, and says which file was saved (or why not). */
export function useExportRunner() {
  const t = useT();
  const showToast = useToasts((s) => s.show);
  return async (exporter: () => Promise<string> | string): Promise<void> => {
    try {
      showToast({ message: t('transfer.exported', { file: await exporter() }) });
    } catch (error) {
      showToast({ message: t('transfer.exportFailed', { reason: errorReason(error) }) });
    }
  };
}
