// What kind of storage failure an error is, whatever shape the browser and Dexie gave it.

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
}

/**
 * Storage full. Chromium throws QuotaExceededError; Dexie wraps a failed transaction in an
 * AbortError whose `inner` is the QuotaExceededError; Firefox names it NS_ERROR_DOM_QUOTA_REACHED
 * (legacy code 1014); old WebKit reports DOMException code 22.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as ErrorLike;
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (e.code === 22 || e.code === 1014) return true;
  return isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}

/** A short reason for a message: the innermost error's message, or its name. */
export function errorReason(error: unknown): string {
  let e = error as ErrorLike & { message?: unknown };
  for (let i = 0; i < 4 && e && typeof e === 'object' && e.inner; i++) e = e.inner as typeof e;
  if (e && typeof e === 'object') {
    if (typeof e.message === 'string' && e.message) return e.message;
    if (typeof e.name === 'string') return e.name;
  }
  return String(error);
}
