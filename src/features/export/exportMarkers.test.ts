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

describe('markers in the exported picture', () => {
  it('draws the hypotheses’ results on their recommendation cards, as the board does', () => {
    const ws = buildDemoWorkspace('en', 0);
    const { root, dispose } = buildExportDom(exportModel(ws, DEMO_MAP_ID, { kind: 'map' }, t, 'en'), look);
    const adopted = Object.values(ws.hypotheses).find((h) => h.status === 'adopted')!;
    const text = ws.cards[adopted.recommendationCardId!]!.text;
    const card = [...root.querySelectorAll('.xp-card')].find((c) => c.textContent!.startsWith(text));
    // The demo's adopted test stopped before its planned 150 per group: the badge says it was not yet decided.
    const adoptedBadge = card?.querySelector('.xp-hyp')?.textContent;
    expect(adoptedBadge).toMatch(/^\+9\.8 pp(, adopted| \(p = [\d.]+, provisional; not yet decided\), adopted)$/);
    // The running one says its status and its verdict so far; no other card carries a badge.
    const badges = [...root.querySelectorAll('.xp-hyp')].map((b) => b.textContent).sort();
    expect(badges).toHaveLength(2);
    expect(badges[0]).toBe(adoptedBadge);
    expect(badges[1]).toMatch(/^Running: /);
    dispose();
  });

  it('lists "!" in the legend only when a barrier in the picture carries it', () => {
    const ws = buildDemoWorkspace('en', 0);
    // Every demo barrier is answered: no "!" on the map, none in the legend.
    const all = buildExportDom(exportModel(ws, DEMO_MAP_ID, { kind: 'map' }, t, 'en'), look);
    expect(all.root.querySelectorAll('.xp-flag')).toHaveLength(0);
    expect(all.root.querySelector('.xp-legend')?.textContent).toContain('Barrier severity');
    all.dispose();
    // Take the links away from one stage's barriers: there, and only there, "!" is drawn and explained.
    const [first, second] = mapStages(ws, DEMO_MAP_ID).filter((s) =>
      Object.values(ws.cards).some((c) => c.stageId === s.id && c.severity),
    );
    for (const [id, link] of Object.entries(ws.links)) if (ws.cards[link.toCardId]!.stageId === first!.id) delete ws.links[id];
    const flagged = buildExportDom(exportModel(ws, DEMO_MAP_ID, { kind: 'stage', stageId: first!.id }, t, 'en'), look);
    expect(flagged.root.querySelectorAll('.xp-grid .xp-flag').length).toBeGreaterThan(0);
    expect(flagged.root.querySelectorAll('.xp-legend .xp-flag')).toHaveLength(1);
    flagged.dispose();
    const clean = buildExportDom(exportModel(ws, DEMO_MAP_ID, { kind: 'stage', stageId: second!.id }, t, 'en'), look);
    expect(clean.root.querySelectorAll('.xp-flag')).toHaveLength(0);
    clean.dispose();
  });
});
