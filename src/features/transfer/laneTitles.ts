import { LANE_KINDS, type LaneKind } from '../../domain/types';
import { en } from '../../i18n/en';
import { ru } from '../../i18n/ru';

/** Every default lane title in every language: a pasted table may come from either. */
export const LANE_TITLES: ReadonlyArray<readonly [LaneKind, string]> = LANE_KINDS.flatMap((kind) =>
  [en, ru].map((dictionary) => [kind, dictionary[`lane.kind.${kind}`]] as const),
);
