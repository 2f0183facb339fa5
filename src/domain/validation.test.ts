import { describe, expect, it } from 'vitest';
import { validatePersona, validateSegment } from './validation';

describe('validation', () => {
  it('requires a segment name and a share between 0 and 100', () => {
    expect(validateSegment({ name: ' ', revenueShare: '' }, 'en')).toEqual({ name: 'validation.nameRequired' });
    expect(validateSegment({ name: 'A', revenueShare: '-1' }, 'en')).toEqual({ revenueShare: 'validation.negative' });
    expect(validateSegment({ name: 'A', revenueShare: '101' }, 'en')).toEqual({ revenueShare: 'validation.share' });
    expect(validateSegment({ name: 'A', revenueShare: 'x' }, 'en')).toEqual({ revenueShare: 'validation.notNumber' });
    expect(validateSegment({ name: 'A', revenueShare: '35' }, 'en')).toEqual({});
  });

  it('keeps persona ages in 0-120 and incomes non-negative', () => {
    expect(validatePersona({ name: 'A', age: '121', monthlyIncome: '' }, 'en')).toEqual({ age: 'validation.age' });
    expect(validatePersona({ name: 'A', age: '30.5', monthlyIncome: '' }, 'en')).toEqual({ age: 'validation.age' });
    expect(validatePersona({ name: 'A', age: '30', monthlyIncome: '-5' }, 'en')).toEqual({ monthlyIncome: 'validation.negative' });
    expect(validatePersona({ name: '', age: '', monthlyIncome: '' }, 'en')).toEqual({ name: 'validation.nameRequired' });
    expect(validatePersona({ name: 'A', age: '0', monthlyIncome: '0' }, 'en')).toEqual({});
  });

  it('reads numbers the way the UI language writes them and refuses ambiguous ones', () => {
    expect(validatePersona({ name: 'A', age: '', monthlyIncome: '50,000' }, 'en')).toEqual({});
    expect(validatePersona({ name: 'A', age: '', monthlyIncome: '1,5' }, 'en')).toEqual({
      monthlyIncome: { key: 'number.ambiguousTwo', params: { text: '1,5', first: '1.5', second: '15' } },
    });
    expect(validatePersona({ name: 'A', age: '', monthlyIncome: '1,5' }, 'ru')).toEqual({});
    expect(validateSegment({ name: 'A', revenueShare: '12,5' }, 'ru')).toEqual({});
    expect(validateSegment({ name: 'A', revenueShare: '12,5' }, 'en')).toEqual({
      revenueShare: { key: 'number.ambiguousTwo', params: { text: '12,5', first: '12.5', second: '125' } },
    });
  });
});
