import { useStore } from 'zustand';
import type { Workspace } from '../domain/types';
import { createWorkspaceStore, type WorkspaceState } from './workspaceStore';

/** The one workspace store of the running app. Tests create their own with createWorkspaceStore. */
export const workspaceStore = createWorkspaceStore();

export function useWorkspaceState<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(workspaceStore.store, selector);
}

/** Subscribe to a slice of the workspace; re-renders only when that slice changes identity. */
export function useWorkspace<T>(selector: (workspace: Workspace) => T): T {
  return useStore(workspaceStore.store, (state) => selector(state.workspace));
}

export function useCanUndo(): boolean {
  return useStore(workspaceStore.store, (s) => s.undoDepth > 0);
}

export function useCanRedo(): boolean {
  return useStore(workspaceStore.store, (s) => s.redoDepth > 0);
}
