import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui/ModalDialog';

interface ImportProblemsDialogProps {
  fileName: string;
  lines: string[];
  more: number;
  onClose: () => void;
}

/** Why an import was refused, problem by problem; the texts are the user's data, shown as text. */
export function ImportProblemsDialog({ fileName, lines, more, onClose }: ImportProblemsDialogProps) {
  const t = useT();
  const titleId = useId();
  return (
    <ModalDialog
      className="transfer-problems"
      labelledBy={titleId}
      onCancel={onClose}
    >
      <h2 id={titleId}>{t('transfer.failedTitle', { file: fileName })}</h2>
      <p>{t('transfer.failedBody')}</p>
      <ul className="transfer-problem-list" aria-label={t('transfer.failedBody')}>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {more > 0 && <p>{t('transfer.more', { n: more })}</p>}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
