import { create } from 'zustand';
import type { SaveStatus } from '../db/saver';

interface SaveStatusState {
  status: SaveStatus;
  lastSavedAt: number | null;
  error: string | null;
}

export const useSaveStatus = create<SaveStatusState>(() => ({ status: 'saved', lastSavedAt: null, error: null }));

export function reportSaveStatus(status: SaveStatus, error?: unknown): void {
  useSaveStatus.setState((s) => ({
    status,
    lastSavedAt: status === 'saved' ? Date.now() : s.lastSavedAt,
    error: status === 'failed' ? String((error as Error)?.message ?? error) : null,
  }));
}
