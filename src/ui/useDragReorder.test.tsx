import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useDragReorder } from './useDragReorder';

function List({ onDrop }: { onDrop: (index: number) => void }) {
  const start = useDragReorder('y', '.list', '.item', onDrop);
  return (
    <ul className="list">
      <li className="item" onPointerDown={start}>
        A
      </li>
      <li className="item">B</li>
    </ul>
  );
}

describe('useDragReorder', () => {
  it('a drag the system cancels ends there: the item goes back and nothing moves', () => {
    const onDrop = vi.fn();
    render(<List onDrop={onDrop} />);
    const item = screen.getByText('A');
    fireEvent.pointerDown(item, { button: 0, clientY: 0 });
    fireEvent.pointerMove(window, { clientY: 50 });
    expect(item.classList.contains('header-dragging')).toBe(true);
    fireEvent.pointerCancel(window);
    expect(item.classList.contains('header-dragging')).toBe(false);
    expect(item.style.transform).toBe('');
    // The gesture is over: a later release is not a drop.
    fireEvent.pointerUp(window);
    expect(onDrop).not.toHaveBeenCalled();
  });

  it('a drag released normally still drops', () => {
    const onDrop = vi.fn();
    render(<List onDrop={onDrop} />);
    fireEvent.pointerDown(screen.getByText('A'), { button: 0, clientY: 0 });
    fireEvent.pointerMove(window, { clientY: 50 });
    fireEvent.pointerUp(window);
    expect(onDrop).toHaveBeenCalledWith(1);
  });
});
