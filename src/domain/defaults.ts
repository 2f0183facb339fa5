import { LANE_KINDS, type BuiltInChannel, type Card, type ChannelIcon, type Id, type Lane, type LaneKind, type Stage } from './types';

/**
 * The method's seven steps give these lanes, top to bottom (domain.md section 2), plus
 * emotions: every kind but the free-text one, in the order LANE_KINDS lists them.
 */
export const DEFAULT_LANE_KINDS: readonly LaneKind[] = LANE_KINDS.filter((kind) => kind !== 'text');

export const DEFAULT_STAGE_WIDTH = 260;
export const MIN_STAGE_WIDTH = 160;
export const MAX_STAGE_WIDTH = 640;

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

export function makeStage(mapId: Id, id: Id, name: string, order: number): Stage {
  return { id, mapId, name, order, width: DEFAULT_STAGE_WIDTH, goalAlignment: 'unknown' };
}

/** A lane of the given kind; an empty name shows the kind's default title in the UI language. */
export function makeLane(mapId: Id, id: Id, kind: LaneKind, order: number, name = ''): Lane {
  return { id, mapId, kind, name, order, hidden: false, scores: {} };
}

export function makeCard(
  fields: Pick<Card, 'id' | 'mapId' | 'stageId' | 'laneId' | 'text' | 'order'> & Partial<Card>,
): Card {
  return { color: 'none', channel: null, severity: null, ...fields };
}

/** The icon each built-in channel shows. */
export const BUILT_IN_CHANNEL_ICONS: Record<BuiltInChannel, ChannelIcon> = {
  website: 'globe',
  email: 'mail',
  sms: 'messageSquare',
  phone: 'phone',
  messenger: 'messageCircle',
  social: 'users',
  outdoor: 'signpost',
  reviews: 'star',
  showroom: 'store',
  callCentre: 'headset',
  mobileApp: 'smartphone',
  other: 'circleDot',
};
