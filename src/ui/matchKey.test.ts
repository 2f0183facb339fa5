import { describe, expect, it } from 'vitest';
import { matchKey } from './matchKey';

describe('matchKey', () => {
  it('matches the letter on a Latin layout, in either case', () => {
    expect(matchKey({ key: 'z', code: 'KeyZ' }, 'z')).toBe(true);
    expect(matchKey({ key: 'Z', code: 'KeyZ' }, 'z')).toBe(true);
    expect(matchKey({ key: 'y', code: 'KeyY' }, 'z')).toBe(false);
  });

  it('falls back to the physical key on a non-Latin layout', () => {
    expect(matchKey({ key: 'я', code: 'KeyZ' }, 'z')).toBe(true);
    expect(matchKey({ key: 'Я', code: 'KeyZ' }, 'z')).toBe(true);
    expect(matchKey({ key: 'т', code: 'KeyN' }, 'n')).toBe(true);
    expect(matchKey({ key: 'а', code: 'KeyF' }, 'f')).toBe(true);
    expect(matchKey({ key: 'я', code: 'KeyZ' }, 'y')).toBe(false);
  });

  it('trusts the letter over the position on a Latin layout that moves letters', () => {
    // AZERTY: the key labelled W sits where QWERTY has Z.
    expect(matchKey({ key: 'w', code: 'KeyZ' }, 'z')).toBe(false);
    expect(matchKey({ key: 'z', code: 'KeyW' }, 'z')).toBe(true);
  });
});
