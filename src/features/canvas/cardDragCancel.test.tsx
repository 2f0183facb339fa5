// A card drag the system interrupts puts the card back; only a real release drops it.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { actions } from '../../store/actions';
import { useCardDrag } from './useCardDrag';

vi.mock('./dropTarget', () => ({
  findDropTarget: () => ({ cell: document.createElement('div'), stageId: 's2', laneId: 'l1', index: 0 }),
}));

function Card() {
  const start = useCardDrag('c1');
  return <div role="listitem" aria-label="card" onPointerDown={start} />;
}

describe('card drag', () => {
  it('pointercancel puts the card back without moving it; pointerup moves it', () => {
    const move = vi.spyOn(actions, 'moveCards').mockImplementation(() => undefined as never);
    render(<Card />);
    const card = screen.getByRole('listitem');
    fireEvent.pointerDown(card, { button: 0, clientX: 10, clientY: 10 });
    fireEvent.pointerMove(window, { clientX: 200, clientY: 10 });
    expect(card.classList.contains('dragging')).toBe(true);
    fireEvent.pointerCancel(window);
    expect(card.classList.contains('dragging')).toBe(false);
    expect(move).not.toHaveBeenCalled();

    fireEvent.pointerDown(card, { button: 0, clientX: 10, clientY: 10 });
    fireEvent.pointerMove(window, { clientX: 200, clientY: 10 });
    fireEvent.pointerUp(window);
    expect(move).toHaveBeenCalledWith(['c1'], 's2', 'l1', 0);
  });
});
