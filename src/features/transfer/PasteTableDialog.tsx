import { useId, useState, type FormEvent } from 'react';
import { useLanguage, useT } from '../../i18n/useT';
import type { ImportOutcome } from './runImport';
import { ModalDialog } from '../../ui/ModalDialog';

interface PasteTableDialogProps {
  onDone: (outcome: Extract<ImportOutcome, { ok: true }>) => void;
  onCancel: () => void;
}

/** A textarea to paste cells copied from a spreadsheet; problems are listed in the dialog. */
export function PasteTableDialog({ onDone, onCancel }: PasteTableDialogProps) {
  const t = useT();
  const language = useLanguage();
  const titleId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<{ lines: string[]; more: number } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { importTable } = await import('./runImport');
    const outcome = importTable(text, t('transfer.tableTitle'), t, language);
    if (outcome.ok) onDone(outcome);
    else setProblems({ lines: outcome.lines, more: outcome.more });
  };

  return (
    <ModalDialog
      className="form-dialog transfer-paste"
      labelledBy={titleId}
      onCancel={onCancel}
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>{t('transfer.paste.title')}</h2>
        <label className="transfer-paste-field">
          {t('transfer.paste.label')}
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              // Enter is a new line here; Ctrl+Enter (Cmd+Enter) creates the map.
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
            rows={12}
            spellCheck={false}
            wrap="off"
            aria-describedby={hintId}
            aria-invalid={problems ? true : undefined}
            autoFocus
          />
        </label>
        <p id={hintId} className="transfer-hint">
          {t('transfer.paste.hint')}
        </p>
        {problems && (
          <div className="form-error" role="alert">
            <p>{t('transfer.paste.failed')}</p>
            <ul className="transfer-problem-list">
              {problems.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            {problems.more > 0 && <p>{t('transfer.more', { n: problems.more })}</p>}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('transfer.paste.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
