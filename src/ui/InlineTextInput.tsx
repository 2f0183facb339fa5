import { useEffect, useRef, useState } from 'react';
import { MAX_NAME } from '../domain/limits';
import { useT } from '../i18n/useT';

interface InlineTextInputProps {
  initial: string;
  label: string;
  onCommit: (value: string) => void;
  onCancel: () => void;
  /** Returns a message when the value may not be saved. */
  validate?: (value: string) => string | null;
  className?: string;
  /** The longest value saved (limits.ts); every inline editor edits a name or a title. */
  maxLength?: number;
}

/** A one-line editor: Enter or leaving the field saves, Escape cancels. */
export function InlineTextInput({ initial, label, onCommit, onCancel, validate, className, maxLength = MAX_NAME }: InlineTextInputProps) {
  const t = useT();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const commit = () => {
    if (done.current) return;
    // Too long is refused, never cut: a pasted paragraph stays in the field to be shortened.
    const problem = value.length > maxLength && value !== initial ? t('limit.tooLong', { length: value.length, limit: maxLength }) : (validate?.(value) ?? null);
    if (problem) {
      setError(problem);
      return;
    }
    done.current = true;
    if (value !== initial) onCommit(value);
    else onCancel();
  };
  return (
    <span className={`inline-input ${className ?? ''}`}>
      <input
        ref={ref}
        className="nodrag"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            done.current = true;
            onCancel();
          }
        }}
        onBlur={() => {
          if (!done.current && !error) commit();
        }}
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
