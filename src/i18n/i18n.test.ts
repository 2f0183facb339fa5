import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';
import { translate } from './translate';

describe('dictionaries', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(ru), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ru[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders as plain text', () => {
    expect(translate('en', 'maps.open', { title: '<b>x</b>' })).toBe('Open map <b>x</b>');
    expect(translate('ru', 'stage.defaultName', { n: 3 })).toBe('Этап 3');
  });
});
