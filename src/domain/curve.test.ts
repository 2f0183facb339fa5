import { describe, expect, it } from 'vitest';
import { smoothPath } from './curve';

describe('smoothPath', () => {
  it('is empty without points and a bare move for one', () => {
    expect(smoothPath([])).toBe('');
    expect(smoothPath([{ x: 1, y: 2 }])).toBe('M 1 2');
  });

  it('passes through every point with one cubic segment between neighbours', () => {
    const d = smoothPath([{ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 20, y: 0 }]);
    expect(d.startsWith('M 0 0')).toBe(true);
    expect(d.match(/C /g)).toHaveLength(2);
    expect(d).toContain(', 10 10');
    expect(d.endsWith(', 20 0')).toBe(true);
  });

  it('keeps a flat line flat', () => {
    expect(smoothPath([{ x: 0, y: 5 }, { x: 10, y: 5 }, { x: 20, y: 5 }])).toBe(
      'M 0 5 C 1.7 5, 6.7 5, 10 5 C 13.3 5, 18.3 5, 20 5',
    );
  });
});
