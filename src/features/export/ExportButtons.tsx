import { FileDown, ImageDown, Printer } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Id } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { ExportDialog } from './ExportDialog';
import { closeExport, openExport, useExportRequest } from './exportRequest';
import { clearPrint, preparePrint, printPrepared } from './print';
import { ExportDataDialog } from '../transfer/ExportDataDialog';
import { useWorkspace } from '../../store/workspace';
import './exportDialog.css';

/**
 * "Export image", "Print" and "Export data" in the editor bar, and the dialogs they open.
 * `getSelection` reads the editor's selected cards when the image dialog opens (a getter, so
 * the bar does not re-render on every selection change).
 */
export function ExportButtons({ mapId, getSelection }: { mapId: Id; getSelection: () => Id[] }) {
  const t = useT();
  const language = useLanguage();
  const scope = useExportRequest((s) => s.scope);
  const map = useWorkspace((ws) => ws.maps[mapId]);
  const [dataOpen, setDataOpen] = useState(false);

  // Ctrl+P prints the map's print layout too, not only the Print button.
  useEffect(() => {
    const before = () => {
      if (!printPrepared()) preparePrint(mapId, t, language);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', clearPrint);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', clearPrint);
      clearPrint();
    };
  }, [mapId, t, language]);
  useEffect(() => closeExport, [mapId]);

  return (
    <div className="export-bar-buttons">
      <button type="button" className="bar-icon" aria-label={t('imageExport.open')} title={t('imageExport.open')} onClick={() => openExport({ kind: 'map' })}>
        <ImageDown size={18} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="bar-icon"
        aria-label={t('print.open')}
        title={t('print.open')}
        onClick={() => {
          preparePrint(mapId, t, language);
          window.print();
        }}
      >
        <Printer size={18} aria-hidden="true" />
      </button>
      {map && (
        <button type="button" className="bar-icon" aria-label={t('transfer.exportData')} title={t('transfer.exportData')} onClick={() => setDataOpen(true)}>
          <FileDown size={18} aria-hidden="true" />
        </button>
      )}
      {map && dataOpen && <ExportDataDialog map={map} onClose={() => setDataOpen(false)} />}
      {scope && (
        <ExportDialog
          mapId={mapId}
          selection={getSelection()}
          initialScope={scope}
          onClose={closeExport}
        />
      )}
    </div>
  );
}
