import { describe, expect, it } from 'vitest';
import { parseNumber } from './numberInput';

const en = (raw: string) => parseNumber(raw, 'en');
const ru = (raw: string) => parseNumber(raw, 'ru');
const NBSP = '\u00a0';
const NARROW = '\u202f';

describe('numbers typed in English', () => {
  it('groups thousands with commas and marks decimals with a point', () => {
    expect(en('10,000')).toBe(10000);
    expect(en('10,000.5')).toBe(10000.5);
    expect(en('12,345.6')).toBe(12345.6);
    expect(en('1,000,000')).toBe(1000000);
    expect(en('1,000')).toBe(1000);
    expect(en('1.000')).toBe(1);
    expect(en('12.5')).toBe(12.5);
    expect(en('50000')).toBe(50000);
    expect(en('0')).toBe(0);
    // Spaces in groups of three too, as a pasted figure may have them.
    expect(en('10 000')).toBe(10000);
    expect(en(`10${NBSP}000.5`)).toBe(10000.5);
  });

  it('refuses a comma that cannot group thousands, showing both ways it could be read', () => {
    expect(en('1,5')).toEqual({ key: 'number.ambiguousTwo', params: { text: '1,5', first: '1.5', second: '15' } });
    expect(en('12,50')).toEqual({ key: 'number.ambiguousTwo', params: { text: '12,50', first: '12.50', second: '1250' } });
    expect(en('0,500')).toEqual({ key: 'number.ambiguousTwo', params: { text: '0,500', first: '0.500', second: '500' } });
    expect(en('-1,5')).toEqual({ key: 'number.ambiguousTwo', params: { text: '-1,5', first: '-1.5', second: '-15' } });
  });

  it('refuses other conventions with the one reading they have', () => {
    expect(en('1.000,5')).toEqual({ key: 'number.ambiguous', params: { text: '1.000,5', first: '1000.5' } });
    expect(en('1.000.000')).toEqual({ key: 'number.ambiguous', params: { text: '1.000.000', first: '1000000' } });
    expect(en('1,00,000')).toEqual({ key: 'number.ambiguous', params: { text: '1,00,000', first: '100000' } });
    expect(en('10,000,5')).toEqual({ key: 'number.ambiguous', params: { text: '10,000,5', first: '100005' } });
  });
});

describe('numbers typed in Russian', () => {
  it('groups with any space, marks decimals with a comma (or a point), refuses other groupings', () => {
    expect(ru('10 000,5')).toBe(10000.5);
    expect(ru('10 000.5')).toBe(10000.5);
    expect(ru('10000.5')).toBe(10000.5);
    expect(ru(`10${NBSP}000`)).toBe(10000);
    expect(ru(`1${NARROW}000${NARROW}000,25`)).toBe(1000000.25);
    expect(ru('1,000')).toBe(1);
    expect(ru('12,5')).toBe(12.5);
    expect(ru('150 000')).toBe(150000);
    // English and German groupings are refused with the number they meant, written the Russian way.
    expect(ru('1,000.5')).toEqual({ key: 'number.ambiguous', params: { text: '1,000.5', first: '1000,5' } });
    expect(ru('1.000,5')).toEqual({ key: 'number.ambiguous', params: { text: '1.000,5', first: '1000,5' } });
    expect(ru('1,000,000')).toEqual({ key: 'number.ambiguous', params: { text: '1,000,000', first: '1000000' } });
    expect(ru('1.000.000')).toEqual({ key: 'number.ambiguous', params: { text: '1.000.000', first: '1000000' } });
  });

  it('refuses spaces that do not group thousands', () => {
    expect(ru('1 5')).toEqual({ key: 'number.ambiguous', params: { text: '1 5', first: '15' } });
    expect(ru('10 00')).toEqual({ key: 'number.ambiguous', params: { text: '10 00', first: '1000' } });
  });
});

describe('numbers in either language', () => {
  it('ignores leading and trailing spaces, and reads nothing typed as not given', () => {
    for (const language of ['en', 'ru'] as const) {
      expect(parseNumber('', language)).toBeNull();
      expect(parseNumber(`  ${NBSP}`, language)).toBeNull();
    }
    expect(en(' 150,000 ')).toBe(150000);
    expect(ru(`${NBSP}150 000${NARROW}`)).toBe(150000);
    expect(en('\t42\n')).toBe(42);
  });

  it('reads negative numbers and never gives -0', () => {
    expect(en('-5')).toBe(-5);
    expect(en('-10,000.5')).toBe(-10000.5);
    expect(ru('-10 000,5')).toBe(-10000.5);
    expect(Object.is(en('-0'), 0)).toBe(true);
  });

  it('refuses what is not a plain number', () => {
    for (const raw of ['1e5', 'abc', 'NaN', 'Infinity', '--5', '+5', '5-', '1,', ',5', '.5', '1..5', '1,,000', '1 ,000', '1,000 000', '12%', '0x10', '1_000']) {
      expect(en(raw), raw).toBe('invalid');
      expect(ru(raw), raw).toBe('invalid');
    }
    expect(en('9'.repeat(400))).toBe('invalid');
  });
});
