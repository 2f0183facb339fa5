import type { JourneyMap } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui/ModalDialog';
import { useDataExport } from './useDataExport';

/** The map's data from inside the editor: its Tropa file or its table, as on the maps list. */
export function ExportDataDialog({ map, onClose }: { map: JourneyMap; onClose: () => void }) {
  const t = useT();
  const { exportJson, exportCsv } = useDataExport(map);
  const title = t('transfer.exportDataOf', { title: map.title || t('common.untitled') });
  const pick = (exporter: () => Promise<void>) => () => {
    onClose();
    void exporter();
  };
  return (
    <ModalDialog className="form-dialog" label={title} onCancel={onClose}>
      <h2>{title}</h2>
      <p>{t('transfer.exportDataHint')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" onClick={pick(exportCsv)}>
          {t('transfer.exportCsv')}
        </button>
        <button type="button" className="primary" onClick={pick(exportJson)} autoFocus>
          {t('transfer.exportJson')}
        </button>
      </div>
    </ModalDialog>
  );
}
