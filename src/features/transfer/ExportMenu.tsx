import type { JourneyMap } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { MenuButton } from '../../ui/MenuButton';
import { useDataExport } from './useDataExport';
import './transfer.css';

/** "Export data" of one map: the Tropa file (everything) or a CSV table (the texts). */
export function ExportMenu({ map }: { map: JourneyMap }) {
  const t = useT();
  const { exportJson, exportCsv } = useDataExport(map);
  const title = map.title || t('common.untitled');
  return (
    <MenuButton
      label={t('transfer.exportDataOf', { title })}
      className="transfer-export-button"
      items={[
        { label: t('transfer.exportJson'), onSelect: () => void exportJson() },
        { label: t('transfer.exportCsv'), onSelect: () => void exportCsv() },
      ]}
    >
      {t('transfer.exportData')}
    </MenuButton>
  );
}
