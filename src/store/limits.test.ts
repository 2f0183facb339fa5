// Edits past a limit (domain/limits.ts) are refused whole, said, and leave nothing behind; so
// whatever the workspace holds, its backup imports again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_MAP_ID } from '../domain/demo/demoWorkspace';
import { LimitExceeded, MAX_NAME, MAX_RECORDS, MAX_STAGES_PER_MAP, MAX_TEXT, type LimitProblem } from '../domain/limits';
import { mapLanes, mapStages } from '../domain/selectors';
import { exportMap, exportWorkspace, fileToJson } from '../domain/transfer/exportFile';
import { readFileText } from '../domain/transfer/importFile';
import { actions } from './actions';
import { importFileText } from './importActions';
import { onRefused } from './refusals';
import { workspaceStore } from './workspace';

const ws = () => workspaceStore.store.getState().workspace;
const naming = { renamed: (title: string, n: number) => (n === 1 ? `${title} (imported)` : `${title} (imported ${n})`) };

let refused: LimitProblem[] = [];
let stop = () => {};
beforeEach(() => {
  workspaceStore.load(buildDemoWorkspace('en', 0));
  refused = [];
  stop = onRefused((problem) => refused.push(problem));
});
afterEach(() => stop());

describe('edits past a limit', () => {
  it('a card of 20,001 characters is refused, said, and nothing changes', () => {
    const stage = mapStages(ws(), DEMO_MAP_ID)[0]!;
    const lane = mapLanes(ws(), DEMO_MAP_ID).find((l) => l.kind === 'barriers')!;
    const before = ws();
    const depth = workspaceStore.store.getState().undoDepth;
    expect(actions.addCard(stage.id, lane.id, 'x'.repeat(MAX_TEXT + 1))).toBeNull();
    expect(ws()).toBe(before);
    expect(workspaceStore.store.getState().undoDepth).toBe(depth);
    expect(refused).toEqual([{ code: 'tooLong', table: 'cards', field: 'text', length: MAX_TEXT + 1, limit: MAX_TEXT }]);
    // One character less is a card like any other.
    expect(actions.addCard(stage.id, lane.id, 'x'.repeat(MAX_TEXT))).not.toBeNull();
  });

  it(`the stage after the ${MAX_STAGES_PER_MAP}th is refused with the count and the limit`, () => {
    for (let n = mapStages(ws(), DEMO_MAP_ID).length; n < MAX_STAGES_PER_MAP; n++) expect(actions.addStage(DEMO_MAP_ID, `Stage ${n + 1}`)).not.toBeNull();
    expect(refused).toEqual([]);
    expect(actions.addStage(DEMO_MAP_ID, 'One too many')).toBeNull();
    expect(refused).toEqual([{ code: 'tooManyInMap', table: 'stages', mapId: DEMO_MAP_ID, count: MAX_STAGES_PER_MAP + 1, limit: MAX_STAGES_PER_MAP }]);
    expect(mapStages(ws(), DEMO_MAP_ID)).toHaveLength(MAX_STAGES_PER_MAP);
  });

  it('an import that would take the workspace past the map count is refused whole', async () => {
    const full = buildDemoWorkspace('en', 0);
    for (let i = Object.keys(full.maps).length; i < MAX_RECORDS.maps; i++) {
      full.maps[`m${i}`] = { id: `m${i}`, title: `Map ${i}`, segmentId: null, personaId: null, createdAt: 0, updatedAt: 0 };
    }
    workspaceStore.load(full);
    const file = fileToJson(await exportMap(full, DEMO_MAP_ID));
    const before = ws();
    expect(() => importFileText(file, naming)).toThrow(LimitExceeded);
    expect(ws()).toBe(before);
  });
});

describe('names made by the app fit too', () => {
  it('a 500-character title imported twice is renamed within 500, and the backup imports again', async () => {
    const title = 't'.repeat(MAX_NAME);
    actions.renameMap(DEMO_MAP_ID, title);
    const file = fileToJson(await exportMap(ws(), DEMO_MAP_ID));
    expect(importFileText(file, naming).ok).toBe(true);
    const titles = Object.values(ws().maps).map((m) => m.title);
    expect(titles).toHaveLength(2);
    for (const t of titles) expect(t.length).toBeLessThanOrEqual(MAX_NAME);
    expect(titles.some((t) => t.endsWith('… (imported)'))).toBe(true);
    const backup = readFileText(fileToJson(await exportWorkspace(ws())));
    expect(backup.ok).toBe(true);
  });
});
