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

  it('chooses plural forms by the count, also when it is already formatted', () => {
    const ru = (age: number | string) => translate('ru', 'persona.ageYears', { age });
    expect([1, 21, 2, 22, 5, 11, 12, 25, 100].map(ru)).toEqual(['1 год', '21 год', '2 года', '22 года', '5 лет', '11 лет', '12 лет', '25 лет', '100 лет']);
    expect(translate('en', 'persona.ageYears', { age: 1 })).toBe('1 year');
    expect(translate('en', 'segments.deleteBody', { n: 1 })).toContain('1 map is drawn');
    expect(translate('en', 'segments.deleteBody', { n: 3 })).toContain('3 maps are drawn');
    expect(translate('ru', 'hyp.verdict.notSignificantMore', { more: '3\u00a0391' })).toContain('3\u00a0391 клиент ');
    expect(translate('ru', 'hyp.verdict.notSignificantMore', { more: '3\u00a0395' })).toContain('3\u00a0395 клиентов');
  });

  it('reads a formatted count the way its language writes it: a comma groups thousands in English', () => {
    // formatNumber gives "1,000" in English and "1 000" (no-break space) in Russian.
    expect(translate('en', 'hyp.verdict.notSignificantMore', { more: '1,000' })).toContain('about 1,000 more customers per group');
    expect(translate('en', 'hyp.verdict.notSignificantMore', { more: 1000 })).toContain('about 1,000 more customers per group');
    expect(translate('en', 'hyp.verdict.notSignificantMore', { more: '1' })).toContain('about 1 more customer per group');
    expect(translate('en', 'hyp.plan.weeks', { perWeek: '1,000', weeks: '1' })).toBe('At 1,000 customers a week the test takes about 1 week.');
    expect(translate('ru', 'hyp.verdict.notSignificantMore', { more: '1\u00a0000' })).toContain('ещё примерно 1\u00a0000 клиентов');
    expect(translate('ru', 'hyp.verdict.notSignificantMore', { more: 1000 })).toContain('ещё примерно 1\u00a0000 клиентов');
    expect(translate('ru', 'persona.ageYears', { age: '1,5' })).toBe('1,5 года');
  });
});
