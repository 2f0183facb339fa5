import { useEffect, useRef, useState } from 'react';
import { useLanguage, useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { workspaceStore } from '../../store/workspace';
import { useToasts } from '../../ui/toastStore';
import { mapHref, navigate } from '../../ui/route';
import { downloadWorkspaceBackup } from '../../ui/downloadBackup';
import type { ExistingMap, FileKind, ImportMode } from '../../domain/transfer';
import { ImportExistingDialog } from './ImportExistingDialog';
import { ImportProblemsDialog } from './ImportProblemsDialog';
import { PasteTableDialog } from './PasteTableDialog';
import type { AskExisting, ImportOutcome } from './runImport';
import './transfer.css';
import { errorReason } from '../../domain/errorReason';
import { useExportRunner } from './useExportRunner';

const ACCEPT = '.json,.csv,.tsv,application/json,text/csv,text/tab-separated-values';

/** The maps page's import and export buttons, with their dialogs. */
export function TransferActions() {
  const t = useT();
  const language = useLanguage();
  const showToast = useToasts((s) => s.show);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [failure, setFailure] = useState<{ fileName: string; lines: string[]; more: number } | null>(null);
  const [asking, setAsking] = useState<{ fileName: string; kind: FileKind; existing: ExistingMap[]; answer: (mode: ImportMode | null) => void } | null>(null);
  /** One import at a time: a file dropped while another is read or asked about is ignored. */
  const running = useRef(false);

  const succeed = (outcome: Extract<ImportOutcome, { ok: true }>) => {
    showToast({ message: outcome.message, action: { label: t('common.undo'), run: actions.undo } });
    if (outcome.openMapId) navigate(mapHref(outcome.openMapId));
  };

  const pick = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file || running.current) return;
    running.current = true;
    setBusy(true);
    const titleOf = (mapId: string) => workspaceStore.store.getState().workspace.maps[mapId]?.title ?? '';
    // The file's maps that exist: the dialog answers, and the import goes on with the answer.
    const ask: AskExisting = (existing, kind) =>
      new Promise((resolve) =>
        setAsking({
          fileName: file.name,
          kind,
          existing,
          answer: (mode) => {
            setAsking(null);
            resolve(mode);
          },
        }),
      );
    let outcome: ImportOutcome;
    try {
      // The checking code (zod and the schema) loads on the first import, not with the app.
      const { importFile } = await import('./runImport');
      outcome = await importFile(file, t, language, titleOf, ask);
    } catch (error) {
      outcome = { ok: false, lines: [t('transfer.unexpected', { reason: errorReason(error) })], more: 0 };
    }
    running.current = false;
    setBusy(false);
    if (outcome.ok) succeed(outcome);
    else if (!outcome.cancelled) setFailure({ fileName: file.name, lines: outcome.lines, more: outcome.more });
  };

  // A file dragged anywhere onto the page imports like one picked with the button.
  const [dragging, setDragging] = useState(false);
  const pickRef = useRef(pick);
  pickRef.current = pick;
  useEffect(() => {
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      void pickRef.current(e.dataTransfer?.files[0]);
    };
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('dragleave', onDragLeave);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('dragleave', onDragLeave);
      document.removeEventListener('drop', onDrop);
    };
  }, []);

  const runExport = useExportRunner();
  const exportWorkspace = () => runExport(downloadWorkspaceBackup);

  return (
    <div className="transfer-bar" role="group" aria-label={t('transfer.group')}>
      <button type="button" onClick={() => input.current?.click()} disabled={busy} aria-busy={busy || undefined}>
        {t('transfer.importFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      <button type="button" onClick={() => setPasting(true)}>
        {t('transfer.pasteTable')}
      </button>
      <button type="button" onClick={() => void exportWorkspace()}>
        {t('transfer.exportWorkspace')}
      </button>
      {pasting && (
        <PasteTableDialog
          onCancel={() => setPasting(false)}
          onDone={(outcome) => {
            setPasting(false);
            succeed(outcome);
          }}
        />
      )}
      {failure && <ImportProblemsDialog {...failure} onClose={() => setFailure(null)} />}
      {asking && (
        <ImportExistingDialog
          fileName={asking.fileName}
          kind={asking.kind}
          existing={asking.existing}
          onChoose={asking.answer}
          onCancel={() => asking.answer(null)}
        />
      )}
      {dragging && (
        <div className="transfer-drop" aria-hidden="true">
          {t('transfer.drop')}
        </div>
      )}
    </div>
  );
}
