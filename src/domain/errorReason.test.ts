import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { errorReason, isQuotaError } from './errorReason';

describe('storage errors', () => {
  it('recognises storage full in each shape browsers and Dexie give it', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    const dexieAbort = new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError'));
    expect(dexieAbort.name).toBe('AbortError');
    expect(isQuotaError(dexieAbort)).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Persistent storage maximum size reached' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'NS_ERROR_DOM_QUOTA_REACHED' } })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
  });

  it('does not mistake other failures for a full disk', () => {
    expect(isQuotaError(new DOMException('closed', 'InvalidStateError'))).toBe(false);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new Error('constraint')))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('gives the innermost reason', () => {
    expect(errorReason(new Dexie.AbortError('aborted', new DOMException('The disk is full', 'QuotaExceededError')))).toBe('The disk is full');
    expect(errorReason('plain')).toBe('plain');
  });
});
