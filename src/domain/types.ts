// The workspace model. Every entity is a flat record keyed by id, so that one edit
// touches one record, and the database can store one row per entity.

export type Id = string;

/** Relationship types of the business model canvas (domain.md section 1). */
export const RELATIONSHIP_TYPES = [
  'personal',
  'dedicatedPersonal',
  'selfService',
  'automated',
  'communities',
  'coCreation',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export interface Segment {
  id: Id;
  name: string;
  description: string;
  /** 1 = the most profitable group; segments are listed by rank. */
  rank: number;
  /** Share of revenue in percent, when known. */
  revenueShare: number | null;
  relationship: RelationshipType | null;
  createdAt: number;
  updatedAt: number;
}

export interface Persona {
  id: Id;
  segmentId: Id;
  name: string;
  age: number | null;
  gender: string;
  city: string;
  monthlyIncome: number | null;
  currency: string;
  interests: string;
  onlineBehaviour: string;
  habits: string;
  goals: string;
  pains: string;
  quote: string;
  notes: string;
  /** A small JPEG made from the uploaded photo; stays in IndexedDB, never leaves the browser. */
  photo?: Blob | null;
  createdAt: number;
  updatedAt: number;
}

export interface JourneyMap {
  id: Id;
  title: string;
  segmentId: Id | null;
  personaId: Id | null;
  createdAt: number;
  updatedAt: number;
}

export type GoalAlignment = 'unknown' | 'aligned' | 'conflict';

export interface Stage {
  id: Id;
  mapId: Id;
  name: string;
  /** Position among the map's stages; stages are shown by ascending order. */
  order: number;
  /** Column width in px on the canvas. */
  width: number;
  /** Whether the customer's goal and the brand's goal agree at this stage. */
  goalAlignment: GoalAlignment;
}

export const LANE_KINDS = [
  'customerGoals',
  'thoughts',
  'actions',
  'brandGoals',
  'touchpoints',
  'experience',
  'emotions',
  'barriers',
  'recommendations',
  'text',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export interface Lane {
  id: Id;
  mapId: Id;
  kind: LaneKind;
  /** The lane's title as the user wrote it; empty means "the default title of its kind". */
  name: string;
  order: number;
  hidden: boolean;
  /** Emotion lanes only: one score per stage, -2..+2, keyed by stage id. */
  scores: Record<Id, number>;
}

export const CHANNELS = [
  'website',
  'email',
  'sms',
  'phone',
  'messenger',
  'social',
  'outdoor',
  'reviews',
  'showroom',
  'callCentre',
  'mobileApp',
  'other',
] as const;
export type BuiltInChannel = (typeof CHANNELS)[number];
/** A built-in channel key, or the id of a channel the user added to the library. */
export type Channel = string;

/** Icons a channel can show; built-in channels have their own, added ones pick from these. */
export const CHANNEL_ICONS = [
  'globe',
  'mail',
  'messageSquare',
  'phone',
  'messageCircle',
  'users',
  'signpost',
  'star',
  'store',
  'headset',
  'smartphone',
  'circleDot',
  'radio',
  'tv',
  'newspaper',
  'gift',
  'mapPin',
  'car',
  'ticket',
  'megaphone',
] as const;
export type ChannelIcon = (typeof CHANNEL_ICONS)[number];

/** A channel added to the workspace's library by the user. */
export interface CustomChannel {
  id: Id;
  name: string;
  icon: ChannelIcon;
  createdAt: number;
}

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CARD_COLORS = ['none', 'yellow', 'green', 'blue', 'pink', 'purple', 'grey'] as const;
export type CardColor = (typeof CARD_COLORS)[number];

export interface Card {
  id: Id;
  mapId: Id;
  stageId: Id;
  laneId: Id;
  text: string;
  /** Position inside its cell. */
  order: number;
  color: CardColor;
  /** Touchpoint cards: the channel where brand and customer meet. */
  channel: Channel | null;
  /** Barrier cards: how hard the barrier stops the customer. */
  severity: Severity | null;
}

/** A directed link between two cards, e.g. a recommendation -> the barrier it removes. */
export interface Link {
  id: Id;
  mapId: Id;
  fromCardId: Id;
  toCardId: Id;
}

export const HYPOTHESIS_STATUSES = [
  'idea',
  'planned',
  'running',
  'analysing',
  'adopted',
  'rejected',
  'inconclusive',
] as const;
export type HypothesisStatus = (typeof HYPOTHESIS_STATUSES)[number];

export interface StatusChange {
  status: HypothesisStatus;
  /** Epoch ms. */
  at: number;
  /** Adopted (or rejected) before the planned sample or a decision: the test was stopped early. */
  early?: boolean;
}

export type Arm = 'control' | 'treatment';

/** One dated count of customers and conversions in one group. */
export interface Reading {
  id: Id;
  arm: Arm;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  users: number;
  /** For a value metric 0: only the sums below count. */
  conversions: number;
  /** Value metric only: the sum of the customers' values (revenue, options bought...). */
  sum?: number;
  /** Value metric only: the sum of the squared values, so periods add up to a standard deviation. */
  sumSquares?: number;
}

/** What a hypothesis measures: the share of customers who convert, or a value per customer. */
export type MetricKind = 'conversion' | 'value';

/** How the test is sized (the sample-size planner); all rates are fractions, not percent. */
export interface HypothesisPlan {
  /** The control group's expected conversion, 0..1. */
  baselineRate: number | null;
  /** The smallest change worth detecting, absolute (0.02 = 2 percentage points), may be negative. */
  minDetectableEffect: number | null;
  /** How the user entered the effect: in percentage points or relative to the baseline. */
  effectMode: 'absolute' | 'relative';
  alpha: number;
  power: number;
  /** Customers entering the test per week, both groups together. */
  customersPerWeek: number | null;
  /** Value metric: the expected standard deviation of the value per customer. */
  valueSd?: number | null;
  /** Value metric: the smallest change of the mean value worth detecting, in the value's units. */
  valueEffect?: number | null;
}

export interface Hypothesis {
  id: Id;
  mapId: Id | null;
  stageId: Id | null;
  /** The recommendation card the hypothesis came from. */
  recommendationCardId: Id | null;
  title: string;
  /** "If we ..., then ... because ...". */
  statement: string;
  /** What counts as a customer and as a success. */
  metric: string;
  treatment: string;
  control: string;
  /** ISO dates, yyyy-mm-dd, or empty. */
  plannedStart: string;
  plannedEnd: string;
  targetSample: number | null;
  owner: string;
  status: HypothesisStatus;
  history: StatusChange[];
  readings: Reading[];
  /** Absent on hypotheses saved before value metrics existed: a conversion metric. */
  metricKind?: MetricKind;
  conclusion: string;
  /** Absent on hypotheses saved before the planner existed: read it through hypothesisPlan(). */
  plan?: HypothesisPlan;
  createdAt: number;
  updatedAt: number;
}

/** Everything the user has, normalised: one record per entity, keyed by id. */
export interface Workspace {
  segments: Record<Id, Segment>;
  personas: Record<Id, Persona>;
  maps: Record<Id, JourneyMap>;
  stages: Record<Id, Stage>;
  lanes: Record<Id, Lane>;
  cards: Record<Id, Card>;
  links: Record<Id, Link>;
  hypotheses: Record<Id, Hypothesis>;
  channels: Record<Id, CustomChannel>;
}

export type EntityTable = keyof Workspace;
export const ENTITY_TABLES: readonly EntityTable[] = [
  'segments',
  'personas',
  'maps',
  'stages',
  'lanes',
  'cards',
  'links',
  'hypotheses',
  'channels',
];

export function emptyWorkspace(): Workspace {
  return { segments: {}, personas: {}, maps: {}, stages: {}, lanes: {}, cards: {}, links: {}, hypotheses: {}, channels: {} };
}

/** One record of the workspace: the unit the database writes. */
export interface RecordKey {
  table: EntityTable;
  id: Id;
}
