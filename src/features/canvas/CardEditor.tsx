import { useEffect, useId, useRef, useState } from 'react';
import { MAX_TEXT } from '../../domain/limits';
import { useT } from '../../i18n/useT';

interface CardEditorProps {
  initial: string;
  /** `base` is the text the editor opened with: the edit merges into anything typed elsewhere since. */
  onCommit: (text: string, base: string) => void;
  onCancel: () => void;
}

/**
 * Multi-line card text: Enter saves, Shift+Enter breaks the line, Escape cancels. A text longer
 * than a card holds (a long paste) is never cut: the editor stays open with all of it and says
 * how long it is, until it is shortened or the edit cancelled.
 */
export function CardEditor({ initial, onCommit, onCancel }: CardEditorProps) {
  const t = useT();
  const [text, setText] = useState(initial);
  // The text as it was when editing began; `initial` follows the card as others change it.
  const [base] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const problemId = useId();
  const tooLong = text.length > MAX_TEXT;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  // Unmounted while open - the card moved to another cell under the person typing (someone
  // else dragged it), or the board went away - keeps what was typed: it is committed, merged
  // into whatever the card holds now. (An unchanged text commits nothing, so React's
  // development double mount closes nothing either.)
  const latest = useRef({ text, base, tooLong, onCommit });
  latest.current = { text, base, tooLong, onCommit };
  useEffect(
    () => () => {
      const { text: typed, base: from, tooLong: over, onCommit: commit } = latest.current;
      if (done.current || typed === from || over) return;
      done.current = true;
      commit(typed, from);
    },
    [],
  );
  const finish = (save: boolean) => {
    if (done.current) return;
    // Saving would lose text or be refused: keep editing, with the message shown below.
    if (save && tooLong && text !== base) return;
    done.current = true;
    if (save && text !== base) onCommit(text, base);
    else onCancel();
  };
  return (
    <>
      <textarea
        ref={ref}
        className="card-editor nodrag nopan nowheel"
        aria-label={t('card.textField')}
        aria-invalid={tooLong || undefined}
        aria-describedby={tooLong ? problemId : undefined}
        title={t('card.editHint')}
        value={text}
        rows={Math.min(8, Math.max(2, text.split('\n').length))}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            finish(true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            finish(false);
          }
        }}
        onBlur={() => finish(true)}
      />
      {tooLong && (
        <span className="field-error nodrag" id={problemId} role="alert">
          {t('limit.cardTooLong', { length: text.length, limit: MAX_TEXT })}
        </span>
      )}
    </>
  );
}
