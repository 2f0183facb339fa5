import { useId } from 'react';
import type { ExistingMap, FileKind, ImportMode } from '../../domain/transfer';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui/ModalDialog';

interface ImportExistingDialogProps {
  fileName: string;
  kind: FileKind;
  /** The file's maps the workspace already has (at least one). */
  existing: ExistingMap[];
  onChoose: (mode: ImportMode) => void;
  /** Escape or Cancel: nothing is imported. */
  onCancel: () => void;
}

/**
 * A file brings maps the workspace has: replace them or import copies, once for all of them.
 * Focus starts on Cancel, as in every confirmation (showModal focuses the first button); the
 * titles are the user's text.
 */
export function ImportExistingDialog({ fileName, kind, existing, onChoose, onCancel }: ImportExistingDialogProps) {
  const t = useT();
  const titleId = useId();
  const n = existing.length;
  return (
    <ModalDialog className="transfer-existing" labelledBy={titleId} onCancel={onCancel}>
      <h2 id={titleId}>{t('transfer.existing.title', { file: fileName })}</h2>
      <ul className="transfer-existing-list">
        {existing.map((m) => (
          <li key={m.fileMapId}>
            {m.title === m.existingTitle
              ? t('transfer.existing.same', { title: m.title })
              : t('transfer.existing.renamed', { title: m.title, existing: m.existingTitle })}
          </li>
        ))}
      </ul>
      <p>{t(kind === 'map' ? 'transfer.existing.bodyMap' : 'transfer.existing.bodyWorkspace')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" onClick={() => onChoose('copy')}>
          {t('transfer.existing.copy', { n })}
        </button>
        <button type="button" className="primary" onClick={() => onChoose('replace')}>
          {t('transfer.existing.replace', { n })}
        </button>
      </div>
    </ModalDialog>
  );
}
