// A small file can describe a huge grid: 5,000 stages x 5,000 lanes is 0.9 MB of JSON and a
// frozen tab. Each map of a file is held to the editor's own limits (../limits.ts).
import { describe, expect, it } from 'vitest';
import { MAX_LANES_PER_MAP, MAX_STAGES_PER_MAP } from '../limits';
import { readFileText } from './importFile';

function gridFile(stageCount: number, laneCount: number): string {
  const mapId = 'grid';
  const stages = Array.from({ length: stageCount }, (_, i) => ({ id: `s${i}`, mapId, name: `S${i}`, order: i, width: 200, goalAlignment: 'unknown' }));
  const lanes = Array.from({ length: laneCount }, (_, i) => ({ id: `l${i}`, mapId, kind: 'text', name: `L${i}`, order: i, hidden: false, scores: [] }));
  const cards = [{ id: 'c', mapId, stageId: 's0', laneId: 'l0', text: 'one card', order: 0, color: 'none', channel: null, severity: null }];
  return JSON.stringify({
    format: 'tropa',
    version: 1,
    kind: 'map',
    exportedAt: '',
    segments: [],
    personas: [],
    maps: [{ id: mapId, title: 'Grid', segmentId: null, personaId: null, createdAt: 0, updatedAt: 0 }],
    stages,
    lanes,
    cards,
    links: [],
    hypotheses: [],
    channels: [],
  });
}

describe('stages and lanes per map', () => {
  it('refuses a 5,000 x 5,000 map, saying both counts and the limits', () => {
    const text = gridFile(5_000, 5_000);
    expect(text.length).toBeLessThan(1024 * 1024);
    const result = readFileText(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { path: 'maps[0]', code: 'tooManyStagesInMap', params: { count: 5_000, limit: MAX_STAGES_PER_MAP } },
      { path: 'maps[0]', code: 'tooManyLanesInMap', params: { count: 5_000, limit: MAX_LANES_PER_MAP } },
    ]);
  });

  it(`imports a map at the caps, ${MAX_STAGES_PER_MAP} x ${MAX_LANES_PER_MAP}, and refuses one stage or lane more`, () => {
    expect(readFileText(gridFile(MAX_STAGES_PER_MAP, MAX_LANES_PER_MAP)).ok).toBe(true);
    const codes = (text: string) => {
      const result = readFileText(text);
      return result.ok ? [] : result.problems.map((p) => p.code);
    };
    expect(codes(gridFile(MAX_STAGES_PER_MAP + 1, MAX_LANES_PER_MAP))).toEqual(['tooManyStagesInMap']);
    expect(codes(gridFile(MAX_STAGES_PER_MAP, MAX_LANES_PER_MAP + 1))).toEqual(['tooManyLanesInMap']);
  });
});
