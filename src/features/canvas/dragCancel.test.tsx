// A drag the system interrupts (pointercancel: a touch turned into a scroll, a system gesture)
// must end there and leave everything as it was before the drag, not stay stuck on the pointer.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Lane, Stage } from '../../domain/types';
import { actions } from '../../store/actions';
import { EmotionRow } from './EmotionRow';
import { useEditorStore } from './editorStore';
import { StageResizer } from './StageResizer';
import { useBoxSelect } from './useBoxSelect';

const stage = { id: 's1', mapId: 'm1', name: 'Stage 1', order: 0, width: 260, goalAlignment: 'unknown' } as Stage;

describe('a cancelled pointer ends the drag', () => {
  it('stage resizer: the preview width goes, the width is not changed', () => {
    const setWidth = vi.spyOn(actions, 'setStageWidth').mockImplementation(() => {});
    render(
      <div>
        <StageResizer stage={stage} />
      </div>,
    );
    fireEvent.pointerDown(screen.getByRole('separator'), { button: 0, clientX: 100 });
    fireEvent.pointerMove(window, { clientX: 160 });
    expect(useEditorStore.getState().resizing).toEqual({ stageId: 's1', width: 320 });
    fireEvent.pointerCancel(window);
    expect(useEditorStore.getState().resizing).toBeNull();
    fireEvent.pointerUp(window);
    expect(setWidth).not.toHaveBeenCalled();
  });

  it('emotion point: the previewed score goes, the score is not set', () => {
    const setEmotion = vi.spyOn(actions, 'setEmotion').mockImplementation(() => {});
    const lane = { id: 'l1', mapId: 'm1', kind: 'emotions', name: '', order: 0, scores: {} } as unknown as Lane;
    render(<EmotionRow lane={lane} stages={[stage]} widthOf={() => 260} />);
    const point = screen.getByRole('slider');
    fireEvent.pointerDown(point, { button: 0, clientY: 40 });
    fireEvent.pointerMove(window, { clientY: 0 });
    expect(point.getAttribute('aria-valuenow')).toBe('2');
    fireEvent.pointerCancel(window);
    expect(point.getAttribute('aria-valuenow')).toBeNull();
    fireEvent.pointerUp(window);
    expect(setEmotion).not.toHaveBeenCalled();
  });

  it('box select: the box goes, the selection stays as it was', () => {
    function Board() {
      const ref = useBoxSelect();
      return (
        <div ref={ref} data-testid="board">
          <div className="card" data-card-id="c1" />
        </div>
      );
    }
    useEditorStore.setState({ selection: ['c0'] });
    render(<Board />);
    const board = screen.getByTestId('board');
    fireEvent.pointerDown(board, { button: 0, shiftKey: true, clientX: 0, clientY: 0 });
    fireEvent.pointerMove(window, { clientX: 300, clientY: 300 });
    expect(board.querySelector('.selection-box')).not.toBeNull();
    fireEvent.pointerCancel(window);
    expect(board.querySelector('.selection-box')).toBeNull();
    fireEvent.pointerUp(window);
    expect(useEditorStore.getState().selection).toEqual(['c0']);
  });
});
