import { ImageDown, Printer } from 'lucide-react';
import { useEffect } from 'react';
import type { Id } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { useEditorStore } from '../canvas/editorStore';
import { ExportDialog } from './ExportDialog';
import { closeExport, openExport, useExportRequest } from './exportRequest';
import { clearPrint, preparePrint, printPrepared } from './print';
import './exportDialog.css';

/** "Export image" and "Print" in the editor bar, and the export dialog they open. */
export function ExportButtons({ mapId }: { mapId: Id }) {
  const t = useT();
  const language = useLanguage();
  const scope = useExportRequest((s) => s.scope);

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
      {scope && (
        <ExportDialog
          mapId={mapId}
          selection={useEditorStore.getState().selection}
          initialScope={scope}
          onClose={closeExport}
        />
      )}
    </div>
  );
}
