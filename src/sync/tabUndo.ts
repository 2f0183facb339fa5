// Undo per person. Each document has a Y.UndoManager that tracks only this tab's own
// transactions (its origin), so Undo never takes back what another tab or a room participant
// did. One gesture can touch several documents (deleting a segment with its maps), so a step
// here lists the documents whose managers took an item, and undoing it undoes each of them.
import * as Y from 'yjs';
import { tablesOf, type WorkspaceDocs } from './workspaceDocs';

export const HISTORY_LIMIT = 500;

export class TabUndo {
  private readonly managers = new Map<string, Y.UndoManager>();
  private past: string[][] = [];
  private future: string[][] = [];
  private moving = false;

  constructor(
    docs: WorkspaceDocs,
    origin: object,
    private readonly onStacks: (undo: number, redo: number) => void,
  ) {
    docs.onDoc((docId, doc) => {
      const scope = tablesOf(docId).map((table) => doc.getMap<unknown>(table));
      // captureTimeout 0: every gesture is its own step, never merged with the next.
      this.managers.set(docId, new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: 0 }));
    });
  }

  /** Sizes of every manager's undo stack, taken before a local write. */
  depths(): Map<string, number> {
    return new Map([...this.managers].map(([id, m]) => [id, m.undoStack.length]));
  }

  /** After a local write: the documents whose managers took an item make one step. */
  record(before: Map<string, number>): void {
    const grew = [...this.managers].filter(([id, m]) => m.undoStack.length > (before.get(id) ?? 0)).map(([id]) => id);
    if (grew.length === 0) return;
    this.past.push(grew);
    if (this.past.length > HISTORY_LIMIT) this.past.splice(0, this.past.length - HISTORY_LIMIT);
    this.future = [];
    this.report();
  }

  undo(): boolean {
    return this.travel('undo');
  }

  redo(): boolean {
    return this.travel('redo');
  }

  /** Forget everything (a new workspace was loaded). */
  clear(): void {
    for (const manager of this.managers.values()) manager.clear();
    this.past = [];
    this.future = [];
    this.report();
  }

  private travel(direction: 'undo' | 'redo'): boolean {
    if (this.moving) return false;
    const from = direction === 'undo' ? this.past : this.future;
    const to = direction === 'undo' ? this.future : this.past;
    const step = from.pop();
    if (!step) return false;
    this.moving = true;
    try {
      for (const docId of step) this.managers.get(docId)?.[direction]();
    } finally {
      this.moving = false;
    }
    to.push(step);
    this.report();
    return true;
  }

  private report(): void {
    this.onStacks(this.past.length, this.future.length);
  }
}
