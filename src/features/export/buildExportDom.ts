import { EMOTION_COLORS, EMOTION_ROW_HEIGHT, emotionY, smoothPath } from '../../domain/curve';
import { emotionPoints, linkArrow, type Box } from '../../domain/exportImage';
import type { Card, Id, Lane, Persona, Stage } from '../../domain/types';
import { cellKey } from '../../domain/selectors';
import type { ExportModel } from './exportModel';
import { iconImage } from './iconImage';
import { cleanExportText } from './cleanExportText';
import './exportStyles.css';
import { initials, personaFacts } from '../segments/personaFacts';
import { GRID_GAP, LANE_HEADER_WIDTH } from '../../ui/boardMetrics';

export interface ExportLook {
  title: boolean;
  date: boolean;
  persona: boolean;
  legend: boolean;
  transparent: boolean;
  /** The persona's photo as a data URL (read beforehand: building stays synchronous). */
  photoUrl: string | null;
  now: Date;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LINK_COLOR = '#1b8a6b';
const CURVE_COLOR = '#2f5bea';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  // User text is always text, never markup.
  if (text !== undefined) node.textContent = text;
  return node;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

function channelChip(model: ExportModel, channel: string): HTMLElement {
  const info = model.channel(channel);
  const chip = el('span', 'xp-chip');
  const img = el('img', '');
  img.src = iconImage(info.icon);
  img.alt = '';
  chip.append(img, info.name);
  return chip;
}

function cardElement(model: ExportModel, card: Card, lane: Lane): HTMLElement {
  const node = el('div', `xp-card xp-k-${lane.kind}${card.color !== 'none' ? ` xp-c-${card.color}` : ''}`);
  if (lane.kind === 'touchpoints' && card.channel) node.append(channelChip(model, card.channel));
  if (lane.kind === 'barriers' && card.severity) {
    node.append(el('span', `xp-chip xp-sev-${card.severity}`, model.t(`severity.${card.severity}`)));
  }
  if (lane.kind === 'barriers' && !model.answered.has(card.id)) node.append(el('span', 'xp-chip xp-flag', '!'));
  node.append(card.text || model.t('card.empty'));
  // The hypotheses' status or result, as the board's badges say it (no link on paper).
  for (const badge of model.badges.get(card.id) ?? []) node.append(el('span', 'xp-chip xp-hyp', badge.summary));
  return node;
}

function emotionCell(lane: Lane, stages: Stage[]): HTMLElement {
  const cell = el('div', 'xp-emo');
  cell.style.gridColumn = `2 / span ${stages.length}`;
  const width = stages.reduce((sum, s) => sum + s.width, 0) + GRID_GAP * (stages.length - 1);
  const picture = svg('svg', { width, height: EMOTION_ROW_HEIGHT, viewBox: `0 0 ${width} ${EMOTION_ROW_HEIGHT}` });
  picture.append(svg('line', { x1: 0, x2: width, y1: emotionY(0), y2: emotionY(0), stroke: '#d9dee8', 'stroke-dasharray': '4 4' }));
  const points = emotionPoints(stages, lane.scores, GRID_GAP);
  if (points.length > 1) {
    picture.append(
      svg('path', { d: smoothPath(points), fill: 'none', stroke: CURVE_COLOR, 'stroke-width': 3, 'stroke-linecap': 'round', class: 'xp-curve' }),
    );
  }
  for (const p of points) {
    picture.append(svg('circle', { cx: p.x, cy: p.y, r: 9, fill: EMOTION_COLORS[p.score] ?? '#9e9e9e', stroke: '#fff', 'stroke-width': 2 }));
  }
  cell.append(picture);
  return cell;
}

function stageHeader(model: ExportModel, stage: Stage, barriers: number | null): HTMLElement {
  const header = el('div', 'xp-stage');
  header.append(el('span', 'xp-num', String(model.stageNumber(stage.id))), stage.name);
  if (stage.goalAlignment === 'conflict') header.append(el('span', 'xp-badge', `⚡ ${model.t('goal.conflict')}`));
  if (stage.goalAlignment === 'aligned') header.append(el('span', 'xp-badge xp-ok', `✓ ${model.t('goal.aligned')}`));
  if (barriers) header.append(el('span', 'xp-badge', `⚑ ${model.t('stage.barrierCount', { n: barriers })}`));
  return header;
}

function personaBlock(model: ExportModel, persona: Persona, photoUrl: string | null): HTMLElement {
  const { t } = model;
  const block = el('div', 'xp-persona');
  const head = el('div', 'xp-persona-head');
  if (photoUrl) {
    const img = el('img', 'xp-avatar');
    img.src = photoUrl;
    img.alt = '';
    head.append(img);
  } else {
    head.append(el('span', 'xp-avatar', initials(persona.name)));
  }
  const facts = personaFacts(persona, t, model.language);
  const who = el('div', '');
  who.append(el('div', 'xp-persona-name', persona.name), el('div', 'xp-muted', facts.join(' · ')));
  head.append(who);
  block.append(head);
  if (persona.quote) block.append(el('div', 'xp-quote', persona.quote));
  for (const key of ['goals', 'pains', 'interests', 'onlineBehaviour', 'habits'] as const) {
    if (!persona[key]) continue;
    const fact = el('div', 'xp-fact');
    fact.append(el('b', '', t(`persona.${key}`)), persona[key]);
    block.append(fact);
  }
  return block;
}

function legendBlock(model: ExportModel): HTMLElement | null {
  const { legend, t } = model;
  if (!legend.channels.length && !legend.severities.length && !legend.hasUnanswered && !legend.hasLinks && !legend.hasEmotions) {
    return null;
  }
  const block = el('div', 'xp-legend');
  block.append(el('div', 'xp-legend-title', t('imageExport.legend')));
  if (legend.channels.length) {
    const row = el('div', 'xp-legend-row');
    row.append(el('b', '', t('imageExport.legendChannels')));
    for (const channel of legend.channels) row.append(channelChip(model, channel));
    block.append(row);
  }
  // The barrier row explains what barrier cards carry: severities, and "!" only when drawn.
  if (legend.severities.length || legend.hasUnanswered) {
    const row = el('div', 'xp-legend-row');
    row.append(el('b', '', t(legend.severities.length ? 'imageExport.legendSeverities' : 'lane.kind.barriers')));
    for (const severity of legend.severities) row.append(el('span', `xp-chip xp-sev-${severity}`, t(`severity.${severity}`)));
    if (legend.hasUnanswered) {
      const flag = el('span', '');
      flag.append(el('span', 'xp-chip xp-flag', '!'), t('link.unlinked'));
      row.append(flag);
    }
    block.append(row);
  }
  if (legend.hasLinks || legend.hasEmotions) {
    const row = el('div', 'xp-legend-row');
    row.append(el('b', '', t('imageExport.legendLines')));
    if (legend.hasLinks) {
      const sample = svg('svg', { width: 40, height: 12, class: 'xp-swatch' });
      sample.append(
        svg('path', { d: 'M 2 6 L 30 6', stroke: LINK_COLOR, 'stroke-width': 2, 'stroke-dasharray': '6 4', fill: 'none' }),
        svg('polygon', { points: '38,6 29,1 29,11', fill: LINK_COLOR }),
      );
      row.append(sample, t('imageExport.legendLink'));
    }
    if (legend.hasEmotions) {
      const sample = svg('svg', { width: 40, height: 12, class: 'xp-swatch' });
      sample.append(svg('path', { d: 'M 2 9 C 12 0, 26 12, 38 3', stroke: CURVE_COLOR, 'stroke-width': 3, fill: 'none' }));
      row.append(sample, t('imageExport.legendEmotion'));
    }
    block.append(row);
  }
  return block;
}

export interface BuiltExport {
  /** The element to hand to html-to-image; attached to the document, out of sight. */
  root: HTMLElement;
  /** Takes the element out of the document. */
  dispose(): void;
}

/**
 * Renders the map as lean, plain DOM into an off-screen host, lays it out, and draws the link
 * arrows from the laid-out card positions. The root carries its size as data attributes.
 */
export function buildExportDom(model: ExportModel, look: ExportLook, host?: HTMLElement): BuiltExport {
  const { t, stages } = model;
  const root = el('div', `xp-root${look.transparent ? ' xp-clear' : ''}`);
  if (look.title || look.date) {
    const head = el('div', 'xp-head');
    if (look.title) head.append(el('h1', 'xp-title', model.map.title || t('common.untitled')));
    if (look.date) {
      head.append(el('div', 'xp-date', new Intl.DateTimeFormat(model.language, { dateStyle: 'long' }).format(look.now)));
    }
    root.append(head);
  }
  const persona = look.persona && model.persona ? personaBlock(model, model.persona, look.photoUrl) : null;
  const legend = look.legend ? legendBlock(model) : null;
  if (persona || legend) {
    const info = el('div', 'xp-info');
    if (persona) info.append(persona);
    if (legend) info.append(legend);
    root.append(info);
  }

  const grid = el('div', 'xp-grid');
  grid.style.gridTemplateColumns = `${LANE_HEADER_WIDTH}px ${stages.map((s) => `${s.width}px`).join(' ')}`;
  grid.append(el('div', 'xp-corner'));
  const barrierLanes = model.lanes.filter(({ lane }) => lane.kind === 'barriers');
  for (const stage of stages) {
    const barriers = barrierLanes.reduce((n, { lane }) => n + (model.cells.get(cellKey(stage.id, lane.id))?.length ?? 0), 0);
    grid.append(stageHeader(model, stage, barrierLanes.length ? barriers : null));
  }
  const linked = new Set<Id>();
  for (const link of model.links) linked.add(link.fromCardId).add(link.toCardId);
  const cardNodes = new Map<Id, HTMLElement>();
  for (const { lane, title } of model.lanes) {
    grid.append(el('div', 'xp-lane', title));
    if (lane.kind === 'emotions') {
      if (stages.length) grid.append(emotionCell(lane, stages));
      continue;
    }
    for (const stage of stages) {
      const cell = el('div', 'xp-cell');
      for (const card of model.cells.get(cellKey(stage.id, lane.id)) ?? []) {
        const node = cardElement(model, card, lane);
        if (linked.has(card.id)) cardNodes.set(card.id, node);
        cell.append(node);
      }
      grid.append(cell);
    }
  }
  root.append(grid);
  // Before layout, so the picture is measured with the text it will hold.
  cleanExportText(root);

  const owner = host ?? el('div', 'xp-host');
  owner.append(root);
  if (!host) document.body.append(owner);

  // Arrows need the laid-out positions: read every box first, then write once.
  if (model.links.length) {
    const origin = grid.getBoundingClientRect();
    const boxOf = (id: Id): Box | null => {
      const r = cardNodes.get(id)?.getBoundingClientRect();
      return r ? { left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top } : null;
    };
    const layer = svg('svg', { class: 'xp-links', width: Math.ceil(origin.width), height: Math.ceil(origin.height) });
    for (const link of model.links) {
      const from = boxOf(link.fromCardId);
      const to = boxOf(link.toCardId);
      if (!from || !to) continue;
      const arrow = linkArrow(from, to);
      layer.append(
        svg('path', { d: arrow.d, fill: 'none', stroke: LINK_COLOR, 'stroke-width': 2, 'stroke-dasharray': '6 4', class: 'xp-link' }),
        svg('polygon', { points: arrow.head, fill: LINK_COLOR }),
      );
    }
    grid.append(layer);
  }
  root.dataset.exportWidth = String(Math.ceil(root.offsetWidth));
  root.dataset.exportHeight = String(Math.ceil(root.offsetHeight));
  return { root, dispose: () => (host ? root.remove() : owner.remove()) };
}
