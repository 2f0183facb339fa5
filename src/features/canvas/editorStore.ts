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
  /** Cards selected together (shift-click or a shift-drag box); moved, copied and deleted as one. */
  selection: Id[];
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
  selection: [] as Id[],
};

export const useEditorStore = create<EditorState>((set) => ({
  ...INITIAL_EDITOR_STATE,
  startDraft: (stageId, laneId) => set({ draftCell: { stageId, laneId }, editingCardId: null }),
  editCard: (cardId) => set({ editingCardId: cardId, draftCell: null }),
  stopDraft: () => set({ draftCell: null }),
}));

/** Select one card, or with `additive` add or remove it from the selection. */
export function selectCard(cardId: Id, additive: boolean): void {
  const { selection } = useEditorStore.getState();
  if (!additive) {
    if (selection.length !== 1 || selection[0] !== cardId) useEditorStore.setState({ selection: [cardId] });
    return;
  }
  useEditorStore.setState({
    selection: selection.includes(cardId) ? selection.filter((id) => id !== cardId) : [...selection, cardId],
  });
}

/** The cards selected now, read once (no subscription). */
export function selectedCards(): Id[] {
  return useEditorStore.getState().selection;
}

export function clearSelection(): void {
  if (useEditorStore.getState().selection.length) useEditorStore.setState({ selection: [] });
}

/** The cards an action applies to: the selection when it includes this card, else the card alone. */
export function cardsActedOn(cardId: Id): Id[] {
  const { selection } = useEditorStore.getState();
  return selection.includes(cardId) ? selection : [cardId];
}

/** How a card stands out under the current search or channel filter. */
export type Emphasis = 'hit' | 'dim' | null;

export function normaliseQuery(query: string): string {
  return query.trim().toLocaleLowerCase();
}
