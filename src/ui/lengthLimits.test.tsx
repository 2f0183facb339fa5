// Names and texts edited in place are refused when longer than the file format takes
// (domain/limits.ts), with their length; what was typed or pasted stays in the field.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MAX_NAME, MAX_TEXT } from '../domain/limits';
import { CommitField } from './CommitField';
import { InlineTextInput } from './InlineTextInput';

describe('editing in place past a limit', () => {
  it('an inline name of 501 characters is refused; 500 are saved', () => {
    const onCommit = vi.fn();
    render(<InlineTextInput initial="Map" label="Title" onCommit={onCommit} onCancel={() => {}} />);
    const field = screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'n'.repeat(MAX_NAME + 1) } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onCommit).not.toHaveBeenCalled();
    expect(field.value).toHaveLength(MAX_NAME + 1);
    expect(screen.getByRole('alert').textContent).toBe('Not saved: the text is 501 characters long, and this field holds at most 500.');
    fireEvent.change(field, { target: { value: 'n'.repeat(MAX_NAME) } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith('n'.repeat(MAX_NAME));
  });

  it('a field saved on leaving holds a name, or a text when it has several lines', () => {
    const onTitle = vi.fn();
    const onStatement = vi.fn();
    render(
      <>
        <CommitField label="Title" value="" onCommit={onTitle} />
        <CommitField label="Statement" value="" onCommit={onStatement} multiline />
      </>,
    );
    const title = screen.getByLabelText('Title');
    fireEvent.focus(title);
    fireEvent.change(title, { target: { value: 't'.repeat(MAX_NAME + 1) } });
    fireEvent.blur(title);
    expect(onTitle).not.toHaveBeenCalled();
    const statement = screen.getByLabelText('Statement');
    fireEvent.focus(statement);
    fireEvent.change(statement, { target: { value: 's'.repeat(MAX_NAME + 1) } });
    fireEvent.blur(statement);
    expect(onStatement).toHaveBeenCalledTimes(1);
    fireEvent.focus(statement);
    fireEvent.change(statement, { target: { value: 's'.repeat(MAX_TEXT + 1) } });
    fireEvent.blur(statement);
    expect(onStatement).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Not saved: the text is 501 characters long, and this field holds at most 500.',
      'Not saved: the text is 20,001 characters long, and this field holds at most 20,000.',
    ]);
  });
});
