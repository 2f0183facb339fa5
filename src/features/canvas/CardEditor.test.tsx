// A long paste into a card is never cut and never saved past the limit: the editor keeps all of
// it, says how long it is against the limit (in the UI language), and saves once it fits.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_TEXT } from '../../domain/limits';
import { useLanguageStore } from '../../i18n/useT';
import { CardEditor } from './CardEditor';

afterEach(() => useLanguageStore.setState({ language: 'en' }));

function editor() {
  const onCommit = vi.fn();
  const onCancel = vi.fn();
  render(<CardEditor initial="short" onCommit={onCommit} onCancel={onCancel} />);
  return { onCommit, onCancel, field: screen.getByRole('textbox') as HTMLTextAreaElement };
}

describe('card text longer than a card holds', () => {
  it('is refused on Enter and on leaving, with its length and the limit; all of it stays', () => {
    useLanguageStore.setState({ language: 'en' });
    const { onCommit, onCancel, field } = editor();
    const pasted = 'p'.repeat(MAX_TEXT + 1);
    fireEvent.change(field, { target: { value: pasted } });
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.blur(field);
    expect(onCommit).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
    expect(field.value).toBe(pasted);
    expect(screen.getByRole('alert').textContent).toBe(
      'The text is 20,001 characters long, and a card holds at most 20,000. Shorten it or split it into several cards: nothing is saved yet.',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(field, { target: { value: pasted.slice(1) } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith(pasted.slice(1), 'short');
  });

  it('says so in Russian, with Russian numbers', () => {
    useLanguageStore.setState({ language: 'ru' });
    const { field } = editor();
    fireEvent.change(field, { target: { value: 'п'.repeat(25_000) } });
    expect(screen.getByRole('alert').textContent?.replace(/\u00a0/g, ' ')).toBe(
      'В тексте 25 000 символов, а в карточку помещается не больше 20 000. Сократите его или разбейте на несколько карточек: пока ничего не сохранено.',
    );
  });
});
