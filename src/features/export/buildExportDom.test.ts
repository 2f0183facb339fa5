import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MAP_ID, buildDemoWorkspace } from '../../domain/demo/demoWorkspace';
import { mapStages } from '../../domain/selectors';
import { translate } from '../../i18n/translate';
import type { T } from '../../i18n/useT';
import { buildExportDom, type ExportLook } from './buildExportDom';
import { exportModel } from './exportModel';

const t: T = (key, params) => translate('en', key, params);
const look: ExportLook = { title: true, date: true, persona: true, legend: true, transparent: false, photoUrl: null, now: new Date(2026, 10, 25) };

afterEach(() => document.querySelectorAll('.xp-host').forEach((host) => host.remove()));

describe('buildExportDom', () => {
  it('renders every stage, lane and card of the map, the persona, the legend and the emotion curve', () => {
    const ws = buildDemoWorkspace('en', 0);
    const model = exportModel(ws, DEMO_MAP_ID, { kind: 'map' }, t, 'en');
    const { root, dispose } = buildExportDom(model, look);
    expect(root.isConnected).toBe(true);
    const stages = mapStages(ws, DEMO_MAP_ID);
    expect(root.querySelectorAll('.xp-stage')).toHaveLength(stages.length);
    const cards = Object.values(ws.cards).filter((c) => c.mapId === DEMO_MAP_ID);
    expect(root.querySelectorAll('.xp-card')).toHaveLength(cards.length);
    expect(root.querySelector('.xp-title')?.textContent).toBe(ws.maps[DEMO_MAP_ID]!.title);
    expect(root.querySelector('.xp-date')?.textContent).toBe('November 25, 2026');
    expect(root.querySelector('.xp-persona-name')?.textContent).toBe(ws.personas[ws.maps[DEMO_MAP_ID]!.personaId!]!.name);
    expect(root.querySelector('.xp-legend')?.textContent).toContain('Barrier severity');
    expect(root.querySelectorAll('path.xp-curve')).toHaveLength(1);
    // jsdom lays nothing out, but the arrows are still drawn, one per link.
    const links = Object.values(ws.links).filter((l) => l.mapId === DEMO_MAP_ID);
    expect(root.querySelectorAll('path.xp-link')).toHaveLength(links.length);
    dispose();
    expect(root.isConnected).toBe(false);
  });

  it('writes user text as text, never as markup', () => {
    const ws = buildDemoWorkspace('en', 0);
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    ws.maps[DEMO_MAP_ID]!.title = hostile;
    const card = Object.values(ws.cards).find((c) => c.mapId === DEMO_MAP_ID)!;
    card.text = hostile;
    const { root, dispose } = buildExportDom(exportModel(ws, DEMO_MAP_ID, { kind: 'map' }, t, 'en'), look);
    expect(root.querySelector('.xp-title')?.textContent).toBe(hostile);
    expect(root.querySelectorAll('.xp-card b, .xp-title img, .xp-card img:not(.xp-chip img)')).toHaveLength(0);
    expect(root.textContent).toContain(hostile);
    dispose();
  });

  it('leaves out what is switched off', () => {
    const ws = buildDemoWorkspace('en', 0);
    const model = exportModel(ws, DEMO_MAP_ID, { kind: 'map' }, t, 'en');
    const { root, dispose } = buildExportDom(model, { ...look, title: false, date: false, persona: false, legend: false, transparent: true });
    expect(root.querySelector('.xp-head, .xp-info, .xp-persona, .xp-legend')).toBeNull();
    expect(root.classList.contains('xp-clear')).toBe(true);
    dispose();
  });
});
