import { create } from 'zustand';
import type { SaveStatus } from '../db/saver';
import { errorReason, isQuotaError } from '../domain/errorReason';

interface SaveStatusState {
  status: SaveStatus;
  lastSavedAt: number | null;
  error: string | null;
  /** Why the last write failed: the disk is full, or anything else. */
  failure: 'quota' | 'other' | null;
}

export const useSaveStatus = create<SaveStatusState>(() => ({ status: 'saved', lastSavedAt: null, error: null, failure: null }));

export function reportSaveStatus(status: SaveStatus, error?: unknown): void {
  useSaveStatus.setState((s) => ({
    status,
    lastSavedAt: status === 'saved' ? Date.now() : s.lastSavedAt,
    // A failure stays reported through the retries, until a write succeeds.
    error: status === 'failed' ? errorReason(error) : status === 'saved' ? null : s.error,
    failure: status === 'failed' ? (isQuotaError(error) ? 'quota' : 'other') : status === 'saved' ? null : s.failure,
  }));
}
