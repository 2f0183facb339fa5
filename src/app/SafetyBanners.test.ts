import { expect, it } from 'vitest';
import { plainReason } from './SafetyBanners';

it('drops the web addresses library errors carry', () => {
  expect(plainReason('IndexedDB API missing. Please visit https://tinyurl.com/y2uuvskb')).toBe('IndexedDB API missing');
  expect(plainReason('QuotaExceededError: see https://example.org/x for more')).toBe('QuotaExceededError: see for more');
  expect(plainReason(null)).toBe('');
});
