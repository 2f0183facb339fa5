// Plain text pasted onto the board becomes a card per line; a paste that cannot all become
// cards (too many lines, or a line longer than a card holds) is refused whole and says why,
// instead of pasting part of it.
import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TEXT } from '../../domain/limits';
import { actions } from '../../store/actions';
import { useToasts } from '../../ui/toastStore';
import { MAX_PASTED_CARDS, useClipboard } from './useClipboard';

function Board() {
  useClipboard();
  return <div className="cell" data-stage-id="s1" data-lane-id="l1" tabIndex={-1} />;
}

function paste(text: string): Event {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  document.dispatchEvent(event);
  return event;
}

let pasted: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  pasted = vi.spyOn(actions, 'pasteCards').mockImplementation(() => []);
  useToasts.setState({ toasts: [] });
  const { container } = render(<Board />);
  (container.querySelector('.cell') as HTMLElement).focus();
});
afterEach(() => useToasts.setState({ toasts: [] }));

describe('pasting text as cards', () => {
  it(`pastes every line that fits, and refuses ${MAX_PASTED_CARDS + 100} lines instead of pasting the first ${MAX_PASTED_CARDS}`, () => {
    paste('one\n\ntwo\r\nthree');
    expect(pasted).toHaveBeenCalledTimes(1);
    expect(pasted.mock.calls[0]![0].map((c: { text: string }) => c.text)).toEqual(['one', 'two', 'three']);
    pasted.mockClear();
    const event = paste(Array.from({ length: MAX_PASTED_CARDS + 100 }, (_, i) => `line ${i}`).join('\n'));
    expect(pasted).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual(['Not pasted: the text has 600 lines, and Tropa pastes at most 500 cards at a time.']);
  });

  it('refuses a line longer than a card holds, naming the line and its length', () => {
    paste(`short\n${'x'.repeat(MAX_TEXT + 5)}`);
    expect(pasted).not.toHaveBeenCalled();
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual(['Not pasted: line 2 is 20,005 characters long, and a card holds at most 20,000.']);
  });
});
