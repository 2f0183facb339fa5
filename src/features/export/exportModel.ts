import { legendFor, scopeGrid, type ExportScope, type Legend } from '../../domain/exportImage';
import { cardsByCell, mapLanes, mapLinks, mapStages } from '../../domain/selectors';
import type { Card, ChannelIcon, Id, JourneyMap, Lane, Link, Persona, Stage, Workspace } from '../../domain/types';
import type { Language } from '../../i18n/language';
import type { T } from '../../i18n/useT';
import { channelInfo } from '../../ui/useChannels';
import { laneTitle } from '../../ui/laneTitle';
import { hypothesisBadges, type HypothesisBadge } from '../hypotheses/badges';

/** Everything the export picture shows, resolved to plain data and words in the UI language. */
export interface ExportModel {
  map: JourneyMap;
  stages: Stage[];
  lanes: { lane: Lane; title: string }[];
  /** Cards of each shown cell, keyed by cellKey(stageId, laneId), in order. */
  cells: Map<string, Card[]>;
  links: Link[];
  /** Barriers that some recommendation answers (the others carry a "!" flag). */
  answered: Set<Id>;
  /** Shown recommendation cards' hypotheses, with the words the board's badges say. */
  badges: Map<Id, HypothesisBadge[]>;
  persona: Persona | null;
  legend: Legend;
  channel: (id: string) => { name: string; icon: ChannelIcon };
  t: T;
  language: Language;
  /** Stage numbers as on the board, 1-based among all the map's stages. */
  stageNumber: (stageId: Id) => number;
}

export function exportModel(ws: Workspace, mapId: Id, scope: ExportScope, t: T, language: Language): ExportModel {
  const map = ws.maps[mapId]!;
  const allStages = mapStages(ws, mapId);
  const allLanes = mapLanes(ws, mapId);
  const allCards = Object.values(ws.cards).filter((c) => c.mapId === mapId);
  const grid = scopeGrid(allStages, allLanes, allCards, scope);
  const shownCards = new Set(grid.cards.map((c) => c.id));
  const allLinks = mapLinks(ws, mapId);
  const links = allLinks.filter((l) => shownCards.has(l.fromCardId) && shownCards.has(l.toCardId));
  const cells = cardsByCell(grid.cards, mapId);
  const numbers = new Map(allStages.map((s, i) => [s.id, i + 1]));
  const answered = new Set(allLinks.map((l) => l.toCardId));
  // As on the board, only cards in a recommendations lane carry badges.
  const recommendationLanes = new Set(grid.lanes.filter((l) => l.kind === 'recommendations').map((l) => l.id));
  const recommendations = new Set(grid.cards.filter((c) => recommendationLanes.has(c.laneId)).map((c) => c.id));
  return {
    map,
    stages: grid.stages,
    lanes: grid.lanes.map((lane) => ({ lane, title: laneTitle(lane, t) })),
    cells,
    links,
    answered,
    badges: hypothesisBadges(ws.hypotheses, recommendations, t, language),
    persona: map.personaId ? (ws.personas[map.personaId] ?? null) : null,
    legend: legendFor(grid, links.length, answered),
    channel: (id) => channelInfo(id, ws.channels, t),
    t,
    language,
    stageNumber: (stageId) => numbers.get(stageId) ?? 0,
  };
}

