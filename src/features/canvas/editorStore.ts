import { create } from 'zustand';
import type { Channel, Id } from '../../domain/types';

/** View state of the map editor: never saved, never undone. */
interface EditorState {
  /** The cell where a new card is being typed, if any. */
  draftCell: { stageId: Id; laneId: Id } | null;
  editingCardId: Id | null;
  /** A column width being dragged, shown live before it is committed. */
  resizing: { stageId: Id; width: number } | null;
  /** Card search: matches are highlighted, the rest dimmed. */
  query: string;
  findOpen: boolean;
  /** Focus mode: only this stage is shown. */
  focusStageId: Id | null;
  /** Touchpoints of this channel are highlighted across the map. */
  channelFilter: Channel | null;
  startDraft(stageId: Id, laneId: Id): void;
  editCard(cardId: Id | null): void;
  stopDraft(): void;
}

export const INITIAL_EDITOR_STATE = {
  draftCell: null,
  editingCardId: null,
  resizing: null,
  query: '',
  findOpen: false,
  focusStageId: null,
  channelFilter: null,
} as const;

export const useEditorStore = create<EditorState>((set) => ({
  ...INITIAL_EDITOR_STATE,
  startDraft: (stageId, laneId) => set({ draftCell: { stageId, laneId }, editingCardId: null }),
  editCard: (cardId) => set({ editingCardId: cardId, draftCell: null }),
  stopDraft: () => set({ draftCell: null }),
}));

/** How a card stands out under the current search or channel filter. */
export type Emphasis = 'hit' | 'dim' | null;

export function normaliseQuery(query: string): string {
  return query.trim().toLocaleLowerCase();
}
