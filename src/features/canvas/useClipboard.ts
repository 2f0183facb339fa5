import { useEffect } from 'react';
import type { CardContent } from '../../domain/operations';
import { MAX_TEXT } from '../../domain/limits';
import { cellCards } from '../../domain/selectors';
import { translate, type Params } from '../../i18n/translate';
import { useLanguageStore } from '../../i18n/useT';
import { useToasts } from '../../ui/toastStore';
import { actions } from '../../store/actions';
import { workspaceStore } from '../../store/workspace';
import { cardsActedOn, clearSelection, useEditorStore } from './editorStore';

/** Lines pasted as cards at once, at most: a stray paste of a long document stays manageable. */
export const MAX_PASTED_CARDS = 500;

/**
 * Plain text as cards, one per non-empty line; or why it is refused as a whole. Nothing is
 * dropped silently: a paste with more lines than that, or a line longer than a card holds, is
 * refused with its figures, and the clipboard still has all of it.
 */
export function linesAsCards(text: string): { contents: CardContent[] } | { refused: { key: 'limit.pasteTooManyLines' | 'limit.pasteLineTooLong'; params: Params } } {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > MAX_PASTED_CARDS) return { refused: { key: 'limit.pasteTooManyLines', params: { count: lines.length, limit: MAX_PASTED_CARDS } } };
  const long = lines.findIndex((line) => line.length > MAX_TEXT);
  if (long >= 0) return { refused: { key: 'limit.pasteLineTooLong', params: { line: long + 1, length: lines[long]!.length, limit: MAX_TEXT } } };
  return { contents: lines.map((line) => ({ text: line, color: 'none', channel: null, severity: null })) };
}

// What Tropa copied last, with colours, channels and severities; the system clipboard only
// carries the text. Kept in memory, so it also pastes into another map of this tab.
let copied: { text: string; contents: CardContent[] } | null = null;

function isTextEntry(el: Element | null): boolean {
  return !!el && (el.matches('input, textarea, select') || (el as HTMLElement).isContentEditable);
}

function focusedCardId(): string | null {
  const el = document.activeElement as HTMLElement | null;
  return el?.matches('.card[data-card-id]') ? el.dataset.cardId! : null;
}

/**
 * Ctrl/Cmd+C, X and V on cards: copy the selection (or the focused card), and paste into the
 * focused cell or after the focused card. Plain text from elsewhere becomes a card per line.
 */
export function useClipboard(): void {
  useEffect(() => {
    const copy = (event: ClipboardEvent, cut: boolean) => {
      if (isTextEntry(document.activeElement)) return;
      const focused = focusedCardId();
      const ids = focused ? cardsActedOn(focused) : useEditorStore.getState().selection;
      const cards = workspaceStore.store.getState().workspace.cards;
      const contents = ids.map((id) => cards[id]).filter((c) => c !== undefined);
      if (contents.length === 0) return;
      const picked = contents.map(({ text, color, channel, severity }) => ({ text, color, channel, severity }));
      const text = picked.map((c) => c.text).join('\n');
      copied = { text, contents: picked };
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
      if (cut) {
        actions.deleteCards(contents.map((c) => c.id));
        clearSelection();
      }
    };
    const onCopy = (e: ClipboardEvent) => copy(e, false);
    const onCut = (e: ClipboardEvent) => copy(e, true);
    const onPaste = (event: ClipboardEvent) => {
      const active = document.activeElement as HTMLElement | null;
      if (!active || isTextEntry(active)) return;
      const cell = active.closest<HTMLElement>('.cell[data-stage-id]');
      if (!cell) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      const read = copied && copied.text === text ? { contents: copied.contents } : linesAsCards(text);
      if ('refused' in read) {
        event.preventDefault();
        const { key, params } = read.refused;
        useToasts.getState().show({ message: translate(useLanguageStore.getState().language, key, params) });
        return;
      }
      const { contents } = read;
      if (contents.length === 0) return;
      event.preventDefault();
      const focused = focusedCardId();
      // Right after the focused card: its position among the cell's cards (orders are fractional).
      const ws = workspaceStore.store.getState().workspace;
      const position = focused ? cellCards(ws, cell.dataset.stageId!, cell.dataset.laneId!).findIndex((c) => c.id === focused) : -1;
      const index = position >= 0 ? position + 1 : Number.MAX_SAFE_INTEGER;
      const ids = actions.pasteCards(contents, cell.dataset.stageId!, cell.dataset.laneId!, index);
      useEditorStore.setState({ selection: ids });
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
