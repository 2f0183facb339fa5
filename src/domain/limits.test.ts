// One limits policy (limits.ts): the edits the app allows stay within what an import accepts.
import { enablePatches, produceWithPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_MAP_ID, DEMO_PERSONA_ID } from './demo/demoWorkspace';
import { workspaceFileBytes } from './fileSize';
import {
  checkEdit,
  clipText,
  FIELD_LIMITS,
  fitName,
  MAX_CARDS_PER_MAP,
  MAX_FILE_BYTES,
  MAX_HISTORY,
  MAX_LANES_PER_MAP,
  MAX_NAME,
  MAX_READINGS,
  MAX_RECORDS,
  MAX_STAGES_PER_MAP,
  MAX_TEXT,
} from './limits';
import * as ops from './operations';
import { mapLanes, mapStages } from './selectors';
import { exportWorkspace } from './transfer/exportFile';
import { readDocument } from './transfer/importFile';
import { ENTITY_TABLES, type EntityTable, type RecordKey, type Workspace } from './types';

enablePatches();

let n = 0;
const id = () => `id-${++n}`;

/** What the store does for an edit: the next workspace, the records written, and checkEdit's verdict. */
function edit(ws: Workspace, recipe: (draft: Workspace) => unknown) {
  const [next, patches] = produceWithPatches(ws, (draft) => void recipe(draft as Workspace));
  const keys = new Map<string, RecordKey>();
  for (const { path } of patches) keys.set(`${path[0]}/${path[1]}`, { table: path[0] as EntityTable, id: String(path[1]) });
  return { next, problem: checkEdit(ws, next, [...keys.values()]) };
}

const demo = () => buildDemoWorkspace('en', 0);
const firstCell = (ws: Workspace) => ({ stageId: mapStages(ws, DEMO_MAP_ID)[0]!.id, laneId: mapLanes(ws, DEMO_MAP_ID).find((l) => l.kind === 'barriers')!.id });

describe('texts', () => {
  it('a card holds MAX_TEXT characters, not one more, typed or pasted', () => {
    const ws = demo();
    const cell = firstCell(ws);
    expect(edit(ws, (d) => ops.addCard(d, { id: id(), ...cell, text: 'x'.repeat(MAX_TEXT) })).problem).toBeNull();
    expect(edit(ws, (d) => ops.addCard(d, { id: id(), ...cell, text: 'x'.repeat(MAX_TEXT + 1) })).problem).toEqual({
      code: 'tooLong', table: 'cards', field: 'text', length: MAX_TEXT + 1, limit: MAX_TEXT,
    });
    const card = Object.values(ws.cards)[0]!;
    expect(edit(ws, (d) => ops.updateCard(d, card.id, { text: 'y'.repeat(20_001) })).problem).toMatchObject({ code: 'tooLong', length: 20_001 });
    const paste = [{ text: 'y'.repeat(20_001), color: 'none' as const, channel: null, severity: null }];
    expect(edit(ws, (d) => ops.pasteCards(d, paste, cell.stageId, cell.laneId, 0, id)).problem).toMatchObject({ code: 'tooLong', table: 'cards' });
  });

  it('names and the texts of segments, personas and hypotheses have their limits too', () => {
    const ws = demo();
    expect(edit(ws, (d) => ops.renameMap(d, DEMO_MAP_ID, 'm'.repeat(MAX_NAME + 1))).problem).toMatchObject({ table: 'maps', field: 'title' });
    expect(edit(ws, (d) => ops.updatePersona(d, DEMO_PERSONA_ID, { notes: 'n'.repeat(MAX_TEXT + 1) })).problem).toMatchObject({ table: 'personas', field: 'notes' });
    const hypothesis = Object.values(ws.hypotheses)[0]!;
    expect(edit(ws, (d) => ops.updateHypothesis(d, hypothesis.id, { owner: 'o'.repeat(MAX_NAME + 1) })).problem).toMatchObject({ table: 'hypotheses', field: 'owner' });
    expect(edit(ws, (d) => ops.renameMap(d, DEMO_MAP_ID, 'm'.repeat(MAX_NAME))).problem).toBeNull();
  });

  it('a text already too long (an older Tropa) does not block other edits, only growing it', () => {
    const long = 'x'.repeat(MAX_TEXT + 10);
    const { next: legacy } = edit(demo(), (d) => void (Object.values(d.cards)[0]!.text = long));
    const card = Object.values(legacy.cards)[0]!;
    expect(edit(legacy, (d) => ops.updateCard(d, card.id, { color: 'pink' })).problem).toBeNull();
    expect(edit(legacy, (d) => ops.updateCard(d, card.id, { text: 'short' })).problem).toBeNull();
    expect(edit(legacy, (d) => ops.updateCard(d, card.id, { text: `${long}!` })).problem).toMatchObject({ code: 'tooLong' });
  });

  it('the field limits are the lengths the file schema checks', async () => {
    const file = await exportWorkspace(demo());
    const sample: Record<string, Record<string, unknown>> = {};
    for (const table of ENTITY_TABLES) sample[table] = (file[table] as unknown as Record<string, unknown>[])[0]!;
    // The demo has no channel: borrow one.
    sample.channels = { id: 'c', name: 'Fair', icon: 'car', createdAt: 1 };
    for (const table of ENTITY_TABLES) {
      for (const [field, limit] of Object.entries(FIELD_LIMITS[table] as Record<string, number>)) {
        const withText = (text: string) => {
          const copy = structuredClone(file);
          const records = [...(copy[table] as unknown as Record<string, unknown>[])];
          records[0] = { ...sample[table], [field]: text };
          return readDocument({ ...copy, [table]: records });
        };
        expect(withText('a'.repeat(limit)).ok, `${table}.${field} at ${limit}`).toBe(true);
        const over = withText('a'.repeat(limit + 1));
        expect(!over.ok && over.problems.map((p) => `${p.path}:${p.code}`), `${table}.${field}`).toEqual([`${table}[0].${field}:tooLong`]);
      }
    }
  });
});

describe('records per map', () => {
  it(`a map holds ${MAX_STAGES_PER_MAP} stages, ${MAX_LANES_PER_MAP} lanes and ${MAX_CARDS_PER_MAP} cards`, () => {
    let ws = demo();
    const stages = mapStages(ws, DEMO_MAP_ID).length;
    ({ next: ws } = edit(ws, (d) => {
      for (let i = stages; i < MAX_STAGES_PER_MAP; i++) ops.addStage(d, DEMO_MAP_ID, id(), `S${i}`);
    }));
    expect(mapStages(ws, DEMO_MAP_ID)).toHaveLength(MAX_STAGES_PER_MAP);
    expect(edit(ws, (d) => ops.addStage(d, DEMO_MAP_ID, id(), 'one more')).problem).toEqual({
      code: 'tooManyInMap', table: 'stages', mapId: DEMO_MAP_ID, count: MAX_STAGES_PER_MAP + 1, limit: MAX_STAGES_PER_MAP,
    });
    const lanes = mapLanes(ws, DEMO_MAP_ID).length;
    const full = edit(ws, (d) => {
      for (let i = lanes; i <= MAX_LANES_PER_MAP; i++) ops.addLane(d, DEMO_MAP_ID, id(), 'text', `L${i}`);
    });
    expect(full.problem).toMatchObject({ code: 'tooManyInMap', table: 'lanes', count: MAX_LANES_PER_MAP + 1 });

    const cell = firstCell(ws);
    const cards = Object.values(ws.cards).filter((c) => c.mapId === DEMO_MAP_ID).length;
    const texts = (count: number) => Array.from({ length: count }, (_, i) => ({ text: `c${i}`, color: 'none' as const, channel: null, severity: null }));
    ({ next: ws } = edit(ws, (d) => ops.pasteCards(d, texts(MAX_CARDS_PER_MAP - cards), cell.stageId, cell.laneId, 0, id)));
    expect(edit(ws, (d) => ops.pasteCards(d, texts(1), cell.stageId, cell.laneId, 0, id)).problem).toMatchObject({ code: 'tooManyInMap', table: 'cards', count: MAX_CARDS_PER_MAP + 1 });
    // Another map is not held to this map's count, and deleting is always allowed.
    expect(edit(ws, (d) => ops.createMap(d, { id: id(), title: 'Other', stageNames: ['A'] })).problem).toBeNull();
    const some = Object.values(ws.cards).slice(0, 3).map((c) => c.id);
    expect(edit(ws, (d) => ops.deleteCards(d, some)).problem).toBeNull();
  });
});

describe('the workspace', () => {
  it(`holds ${MAX_RECORDS.maps} maps; the next is refused, and a full workspace can still shrink`, () => {
    let ws = demo();
    ({ next: ws } = edit(ws, (d) => {
      for (let i = Object.keys(d.maps).length; i < MAX_RECORDS.maps; i++) ops.createMap(d, { id: `m${i}`, title: `Map ${i}`, stageNames: [] });
    }));
    expect(Object.keys(ws.maps)).toHaveLength(MAX_RECORDS.maps);
    expect(edit(ws, (d) => ops.createMap(d, { id: id(), title: 'One more', stageNames: [] })).problem).toEqual({
      code: 'tooMany', table: 'maps', count: MAX_RECORDS.maps + 1, limit: MAX_RECORDS.maps,
    });
    expect(edit(ws, (d) => ops.duplicateMap(d, DEMO_MAP_ID, id(), 'Copy')).problem).toMatchObject({ code: 'tooMany', table: 'maps' });
    expect(edit(ws, (d) => ops.deleteMap(d, 'm5')).problem).toBeNull();
  });

  it('readings and status changes of a hypothesis are bounded like the file', () => {
    const ws = demo();
    const hypothesis = Object.values(ws.hypotheses)[0]!;
    const { next: full } = edit(ws, (d) => {
      const h = d.hypotheses[hypothesis.id]!;
      h.readings = Array.from({ length: MAX_READINGS }, (_, i) => ({ id: `r${i}`, arm: 'control', date: '2026-01-01', users: 1, conversions: 0 }));
      h.history = Array.from({ length: MAX_HISTORY }, () => ({ status: 'idea', at: 0 }));
    });
    expect(edit(full, (d) => ops.addReading(d, hypothesis.id, id(), { arm: 'treatment', date: '2026-01-02', users: 5, conversions: 1 })).problem).toMatchObject({
      code: 'listTooLong', field: 'readings', limit: MAX_READINGS,
    });
    expect(edit(full, (d) => ops.setHypothesisStatus(d, hypothesis.id, 'running')).problem).toMatchObject({ code: 'listTooLong', field: 'history' });
  });

  it(`its backup file stays under ${MAX_FILE_BYTES / 1024 / 1024} MB, measured as it would be written`, async () => {
    const ws = demo();
    const written = new TextEncoder().encode(JSON.stringify(await exportWorkspace(ws), null, 1)).length;
    // An upper bound, close to the truth.
    expect(workspaceFileBytes(ws)).toBeGreaterThanOrEqual(written);
    expect(workspaceFileBytes(ws) - written).toBeLessThan(1024);
    const cell = firstCell(ws);
    const long = 'ж'.repeat(MAX_TEXT);
    // Cyrillic is two bytes in UTF-8: 40 KB a card, so ~500 cards pass 20 MB.
    const { next, problem } = edit(ws, (d) => {
      for (let i = 0; i < 600; i++) ops.addCard(d, { id: id(), ...cell, text: long });
    });
    expect(problem).toMatchObject({ code: 'backupTooLarge', limit: MAX_FILE_BYTES });
    expect(workspaceFileBytes(next)).toBeGreaterThan(MAX_FILE_BYTES);
    expect(edit(ws, (d) => ops.addCard(d, { id: id(), ...cell, text: long })).problem).toBeNull();
  });
});

describe('derived texts are cut to fit, typed ones never', () => {
  it('fitName keeps the wrapping and shortens the name', () => {
    const imported = (title: string) => `${title} (imported 2)`;
    expect(fitName('Plan', imported)).toBe('Plan (imported 2)');
    const long = fitName('t'.repeat(MAX_NAME), imported);
    expect(long).toHaveLength(MAX_NAME);
    expect(long.endsWith('t… (imported 2)')).toBe(true);
    // A character is never cut in two.
    const emoji = fitName('😀'.repeat(MAX_NAME / 2), imported);
    expect(emoji.length).toBeLessThanOrEqual(MAX_NAME);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('clipText ends a cut text in an ellipsis', () => {
    expect(clipText('short', 10)).toBe('short');
    expect(clipText('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
