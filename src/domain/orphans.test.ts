import { expect, it } from 'vitest';
import { createMap, addCard, addLink } from './operations';
import { emptyWorkspace } from './types';
import { orphanRecords } from './orphans';

it('finds cards, links, stages and lanes that point at nothing, and nothing in a sound workspace', () => {
  const ws = emptyWorkspace();
  createMap(ws, { id: 'm', title: 'Map', stageNames: ['One', 'Two'], segmentId: null });
  const [one, two] = Object.values(ws.stages).sort((a, b) => a.order - b.order);
  const lane = Object.values(ws.lanes).find((l) => l.kind === 'barriers')!;
  addCard(ws, { id: 'a', stageId: one!.id, laneId: lane.id, text: 'kept' });
  addCard(ws, { id: 'b', stageId: two!.id, laneId: lane.id, text: 'on a stage another tab deleted' });
  addLink(ws, 'l', 'a', 'b');
  expect(orphanRecords(ws)).toEqual([]);

  delete ws.stages[two!.id]; // as another tab's delete arrives while card b is still being saved here
  ws.stages.stray = { ...one!, id: 'stray', mapId: 'gone' };
  expect(orphanRecords(ws)).toEqual([
    { table: 'stages', id: 'stray' },
    { table: 'cards', id: 'b' },
    { table: 'links', id: 'l' },
  ]);
});
