import { useEffect, useRef, useState } from 'react';
import { MAX_NAME, MAX_TEXT } from '../domain/limits';
import { useT } from '../i18n/useT';
import { Field } from './Field';

interface CommitFieldProps {
  label: string;
  value: string;
  /** Saves the edited text; returns a message when it may not be saved (the field keeps it). */
  onCommit: (value: string) => string | null | void;
  multiline?: boolean;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric';
  wide?: boolean;
  /** A problem with the saved value itself (e.g. dates out of order), shown under the field. */
  problem?: string | null;
  /** The longest text the field saves (limits.ts): a name by default, a text when multiline. */
  maxLength?: number;
}

/**
 * A labelled field that saves when the user leaves it (or presses Enter in one line): one
 * change = one undo step, not one per keystroke. While focused it keeps the user's text even
 * if the saved value changes underneath.
 */
export function CommitField({ label, value, onCommit, multiline, type = 'text', inputMode, wide, problem, maxLength }: CommitFieldProps) {
  const t = useT();
  const limit = maxLength ?? (multiline ? MAX_TEXT : MAX_NAME);
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) {
      setText(value);
      setError(null);
    }
  }, [value]);
  const commit = () => {
    if (text === value) {
      setError(null);
      return;
    }
    // Too long to save: refused with its length, and the field keeps every character typed.
    if (text.length > limit) {
      setError(t('limit.tooLong', { length: text.length, limit }));
      return;
    }
    setError(onCommit(text) || null);
  };
  const common = {
    value: text,
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false;
      commit();
    },
    onChange: (e: { target: { value: string } }) => {
      setText(e.target.value);
      setError(null);
    },
  };
  return (
    <Field label={label} error={error ?? problem ?? undefined} wide={wide}>
      {(props) =>
        multiline ? (
          <textarea {...props} {...common} rows={3} />
        ) : (
          <input
            {...props}
            {...common}
            type={type}
            inputMode={inputMode}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
            }}
          />
        )
      }
    </Field>
  );
}
