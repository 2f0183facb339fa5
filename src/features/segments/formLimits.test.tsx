// Segment and persona forms refuse a text longer than the file format takes, at its field,
// rather than saving something the backup could not bring back.
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_NAME, MAX_TEXT } from '../../domain/limits';
import { PersonaForm } from './PersonaForm';
import { SegmentForm } from './SegmentForm';

beforeAll(() => {
  // jsdom has no modal dialogs; the forms only need the dialog open.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

describe('forms past a limit', () => {
  it('a segment name of 501 characters and a description of 20,001 are refused at their fields', () => {
    const onSave = vi.fn();
    render(<SegmentForm title="New segment" onSave={onSave} onCancel={() => {}} />);
    fireEvent.change(screen.getByLabelText('Segment name'), { target: { value: 'n'.repeat(MAX_NAME + 1) } });
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'd'.repeat(MAX_TEXT + 1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Not saved: the text is 501 characters long, and this field holds at most 500.',
      'Not saved: the text is 20,001 characters long, and this field holds at most 20,000.',
      'Nothing was saved: fix the marked fields.',
    ]);
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'd'.repeat(MAX_TEXT) } });
    fireEvent.change(screen.getByLabelText('Segment name'), { target: { value: 'n'.repeat(MAX_NAME) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('a persona note of 20,001 characters is refused at its field', () => {
    const onSave = vi.fn();
    render(<PersonaForm title="New persona" onSave={onSave} onCancel={() => {}} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Ann' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'x'.repeat(MAX_TEXT + 1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getAllByRole('alert')[0]!.textContent).toBe('Not saved: the text is 20,001 characters long, and this field holds at most 20,000.');
  });
});
