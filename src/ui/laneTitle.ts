import type { Lane } from '../domain/types';
import type { T } from '../i18n/useT';

/** The lane's own name, or the default title of its kind in the UI language. */
export function laneTitle(lane: Lane, t: T): string {
  return lane.name.trim() || t(`lane.kind.${lane.kind}`);
}
