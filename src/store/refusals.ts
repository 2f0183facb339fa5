// Edits refused for a limit (domain/limits.ts) are told to whoever listens: the app shows
// them as toasts in the user's language. The store does not know about toasts or words.
import type { LimitProblem } from '../domain/limits';

type Listener = (problem: LimitProblem) => void;

const listeners = new Set<Listener>();

/** Hear about every refused edit; returns the unsubscribe. */
export function onRefused(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportRefused(problem: LimitProblem): void {
  for (const listener of listeners) listener(problem);
}
