import type { JourneyMap } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { MenuButton } from '../../ui/MenuButton';
import { useToasts } from '../../ui/toastStore';
import { downloadMapCsv, downloadMapJson } from './exportData';
import './transfer.css';

/** "Export data" of one map: the Tropa file (everything) or a CSV table (the texts). */
export function ExportMenu({ map }: { map: JourneyMap }) {
  const t = useT();
  const language = useLanguage();
  const showToast = useToasts((s) => s.show);
  const title = map.title || t('common.untitled');
  const run = async (exporter: () => Promise<string> | string) => {
    try {
      showToast({ message: t('transfer.exported', { file: await exporter() }) });
    } catch (error) {
      showToast({ message: t('transfer.exportFailed', { reason: String((error as Error)?.message ?? error) }) });
    }
  };
  return (
    <MenuButton
      label={t('transfer.exportDataOf', { title })}
      className="transfer-export-button"
      items={[
        { label: t('transfer.exportJson'), onSelect: () => void run(() => downloadMapJson(map.id, t)) },
        { label: t('transfer.exportCsv'), onSelect: () => void run(() => downloadMapCsv(map.id, t, language)) },
      ]}
    >
      {t('transfer.exportData')}
    </MenuButton>
  );
}
