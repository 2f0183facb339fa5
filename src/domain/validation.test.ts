import { describe, expect, it } from 'vitest';
import { parseNumber, validatePersona, validateSegment } from './validation';

describe('validation', () => {
  it('parses numbers as people type them', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(' 150 000 ')).toBe(150000);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1e5')).toBe('invalid');
    expect(parseNumber('abc')).toBe('invalid');
    expect(parseNumber('NaN')).toBe('invalid');
  });

  it('requires a segment name and a share between 0 and 100', () => {
    expect(validateSegment({ name: ' ', revenueShare: '' })).toEqual({ name: 'validation.nameRequired' });
    expect(validateSegment({ name: 'A', revenueShare: '-1' })).toEqual({ revenueShare: 'validation.negative' });
    expect(validateSegment({ name: 'A', revenueShare: '101' })).toEqual({ revenueShare: 'validation.share' });
    expect(validateSegment({ name: 'A', revenueShare: 'x' })).toEqual({ revenueShare: 'validation.notNumber' });
    expect(validateSegment({ name: 'A', revenueShare: '35' })).toEqual({});
  });

  it('keeps persona ages in 0-120 and incomes non-negative', () => {
    expect(validatePersona({ name: 'A', age: '121', monthlyIncome: '' })).toEqual({ age: 'validation.age' });
    expect(validatePersona({ name: 'A', age: '30.5', monthlyIncome: '' })).toEqual({ age: 'validation.age' });
    expect(validatePersona({ name: 'A', age: '30', monthlyIncome: '-5' })).toEqual({ monthlyIncome: 'validation.negative' });
    expect(validatePersona({ name: '', age: '', monthlyIncome: '' })).toEqual({ name: 'validation.nameRequired' });
    expect(validatePersona({ name: 'A', age: '0', monthlyIncome: '0' })).toEqual({});
  });
});
