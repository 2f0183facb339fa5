import { create } from 'zustand';
import type { Id } from '../../domain/types';

/** View state of the map editor: never saved, never undone. */
interface EditorState {
  /** The cell where a new card is being typed, if any. */
  draftCell: { stageId: Id; laneId: Id } | null;
  editingCardId: Id | null;
  /** A column width being dragged, shown live before it is committed. */
  resizing: { stageId: Id; width: number } | null;
  startDraft(stageId: Id, laneId: Id): void;
  editCard(cardId: Id | null): void;
  stopDraft(): void;
}

export const useEditorStore = create<EditorState>((set) => ({
  draftCell: null,
  editingCardId: null,
  resizing: null,
  startDraft: (stageId, laneId) => set({ draftCell: { stageId, laneId }, editingCardId: null }),
  editCard: (cardId) => set({ editingCardId: cardId, draftCell: null }),
  stopDraft: () => set({ draftCell: null }),
}));
