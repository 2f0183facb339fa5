import { create } from 'zustand';
import type { Id } from '../../domain/types';

/** View state of the map editor: never saved, never undone. */
interface EditorState {
  /** The cell where a new card is being typed, if any. */
  draftCell: { stageId: Id; laneId: Id } | null;
  editingCardId: Id | null;
  startDraft(stageId: Id, laneId: Id): void;
  editCard(cardId: Id | null): void;
  stopDraft(): void;
}

export const useEditorStore = create<EditorState>((set) => ({
  draftCell: null,
  editingCardId: null,
  startDraft: (stageId, laneId) => set({ draftCell: { stageId, laneId }, editingCardId: null }),
  editCard: (cardId) => set({ editingCardId: cardId, draftCell: null }),
  stopDraft: () => set({ draftCell: null }),
}));
