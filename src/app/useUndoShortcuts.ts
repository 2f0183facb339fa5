import { useEffect } from 'react';
import { actions } from '../store/actions';
import { matchKey } from '../ui/matchKey';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo - except inside a text field, which keeps its own undo.
 * The letters match on any keyboard layout (matchKey): on a Russian one Z types 'я'.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const z = matchKey(event, 'z');
      if (z && !event.shiftKey) {
        event.preventDefault();
        actions.undo();
      } else if ((z && event.shiftKey) || (matchKey(event, 'y') && event.ctrlKey)) {
        event.preventDefault();
        actions.redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
