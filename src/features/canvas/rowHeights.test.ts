import { describe, expect, it } from 'vitest';
import { observeRow, useRowHeights } from './rowHeights';

describe('row heights', () => {
  it('forgets a row when it leaves the board, so maps opened one after another do not pile up', () => {
    const stop = observeRow(document.createElement('div'), 'lane-1');
    useRowHeights.getState().set('lane-1', 120);
    expect(useRowHeights.getState().heights).toHaveProperty('lane-1', 120);
    stop();
    expect(useRowHeights.getState().heights).not.toHaveProperty('lane-1');
  });
});
