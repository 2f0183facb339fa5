import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import * as ops from '../operations';
import { DEMO_MAP_ID, DEMO_PERSONA_ID, DEMO_SEGMENT_ID } from '../demo/demoWorkspace';
import { loadPhotoBytes } from '../photoBytes';
import { emptyWorkspace, type Workspace } from '../types';
import { createWorkspaceStore } from '../../store/workspaceStore';
import { importFileText } from '../../store/importActions';
import {
  addImported,
  checkFileSize,
  CURRENT_VERSION,
  exportMap,
  exportWorkspace,
  fileToJson,
  MAX_CARDS_PER_MAP,
  MAX_RECORDS,
  migrate,
  MIGRATIONS,
  planImport,
  readDocument,
  readFileText,
  type Problem,
  type TropaFile,
} from './index';
import { describeMap, PHOTO_BYTES, richWorkspace } from './testData';

const naming = { renamed: (title: string, n: number) => (n === 1 ? `${title} (imported)` : `${title} (imported ${n})`) };
let counter = 0;
const options = { newId: () => `new-${++counter}`, now: 1_800_000_000_000, ...naming };

function storeWith(ws: Workspace) {
  const store = createWorkspaceStore();
  store.load(ws);
  return store;
}

const codes = (problems: Problem[]) => problems.map((p) => `${p.path}:${p.code}`);

function expectProblems(text: string): Problem[] {
  const result = readFileText(text);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

describe('JSON export and import of one map', () => {
  it('exports a versioned file with the map, its segment, persona, photo, hypotheses and used channels only', async () => {
    const ws = richWorkspace();
    const file = await exportMap(ws, DEMO_MAP_ID, 1_800_000_000_000);
    expect(file).toMatchObject({ format: 'tropa', version: 1, kind: 'map', exportedAt: '2027-01-15T08:00:00.000Z' });
    expect(file.maps).toHaveLength(1);
    expect(file.segments).toHaveLength(1);
    expect(file.personas).toHaveLength(1);
    expect(file.personas[0]!.photo).toMatch(/^data:image\/jpeg;base64,/);
    expect(file.hypotheses).toHaveLength(2);
    expect(file.channels.map((c) => c.name)).toEqual(['Car fair']);
    expect(file.cards.every((c) => c.mapId === DEMO_MAP_ID)).toBe(true);
    expect(file.stages).toHaveLength(13);
  });

  it('imports back as a copy equal to the original, with fresh ids and a distinguishable title, on the same segment and persona', async () => {
    const ws = richWorkspace();
    const text = fileToJson(await exportMap(ws, DEMO_MAP_ID));
    // The app reads the photos' bytes before an import, to recognise an identical persona.
    await loadPhotoBytes(ws.personas[DEMO_PERSONA_ID]!.photo!);
    const store = storeWith(ws);
    const loaded = store.store.getState().workspace;
    const result = importFileText(text, naming, store);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = store.store.getState().workspace;
    const [copyId] = result.value.mapIds;
    expect(copyId).toBeDefined();
    expect(after.maps[copyId!]!.title).toBe('Buying a family crossover (brand X) (imported)');
    const { segment: copySegment, persona: copyPersona, ...copy } = describeMap(after, copyId!);
    const { segment, persona, ...original } = describeMap(ws, DEMO_MAP_ID);
    expect(copy).toEqual(original);
    expect(copySegment).toEqual(segment);
    expect(copyPersona).toEqual(persona);
    // Identical, so not duplicated: the copy is drawn for the existing segment and persona.
    expect(after.maps[copyId!]).toMatchObject({ segmentId: DEMO_SEGMENT_ID, personaId: DEMO_PERSONA_ID });
    // Nothing existing was touched, and no id of the copy existed before.
    for (const table of Object.keys(ws) as (keyof Workspace)[]) {
      for (const [id, record] of Object.entries(loaded[table])) expect(after[table][id]).toBe(record);
    }
    const newIds = Object.keys(after.cards).filter((id) => !(id in ws.cards));
    expect(newIds.length).toBe(Object.values(ws.cards).filter((c) => c.mapId === DEMO_MAP_ID).length);
    // The library channel of the same name is reused, not duplicated.
    expect(Object.keys(after.channels)).toEqual(Object.keys(ws.channels));
    // One undo step takes the whole import back.
    expect(store.store.getState().undoDepth).toBe(1);
    store.undo();
    expect(store.store.getState().workspace).toEqual(ws);
  });

  it('keeps the photo bytes', async () => {
    const ws = richWorkspace();
    const text = fileToJson(await exportMap(ws, DEMO_MAP_ID));
    const store = storeWith(emptyWorkspace());
    importFileText(text, naming, store);
    const [persona] = Object.values(store.store.getState().workspace.personas);
    expect(persona!.photo!.type).toBe('image/jpeg');
    expect(new Uint8Array(await persona!.photo!.arrayBuffer())).toEqual(PHOTO_BYTES);
  });

  it('numbers titles when the imported title is taken twice', async () => {
    const ws = richWorkspace();
    const text = fileToJson(await exportMap(ws, 'm2'));
    const store = storeWith(ws);
    importFileText(text, naming, store);
    importFileText(text, naming, store);
    const titles = Object.values(store.store.getState().workspace.maps).map((m) => m.title).sort();
    expect(titles).toContain('Second map (imported)');
    expect(titles).toContain('Second map (imported 2)');
  });

  it('adds library channels that the workspace lacks, with new ids', async () => {
    const ws = richWorkspace();
    const file = await exportMap(ws, DEMO_MAP_ID);
    const store = storeWith(emptyWorkspace());
    importFileText(JSON.stringify(file), naming, store);
    const after = store.store.getState().workspace;
    const [channel] = Object.values(after.channels);
    expect(channel!.name).toBe('Car fair');
    expect(channel!.id).not.toBe('chan-1');
    expect(Object.values(after.cards).filter((c) => c.channel === channel!.id)).toHaveLength(1);
  });
});

describe('JSON export and import of the workspace', () => {
  it('round-trips every map, segment, persona, hypothesis and channel', async () => {
    const ws = richWorkspace();
    const text = fileToJson(await exportWorkspace(ws));
    const store = storeWith(emptyWorkspace());
    const result = importFileText(text, naming, store);
    expect(result.ok && result.value).toMatchObject({ kind: 'workspace', maps: 2, segments: 1, personas: 1, hypotheses: 2, channelsAdded: 2 });
    const after = store.store.getState().workspace;
    for (const table of Object.keys(ws) as (keyof Workspace)[]) {
      expect(Object.keys(after[table]).length, table).toBe(Object.keys(ws[table]).length);
    }
    const byTitle = (w: Workspace, title: string) => Object.values(w.maps).find((m) => m.title === title)!.id;
    for (const title of ['Second map', 'Buying a family crossover (brand X)']) {
      expect(describeMap(after, byTitle(after, title))).toEqual(describeMap(ws, byTitle(ws, title)));
    }
  });

  it('ranks imported segments after the existing ones', async () => {
    const ws = richWorkspace();
    const file = await exportWorkspace(ws);
    // Edited elsewhere: no longer the workspace's own segment, so it is imported.
    file.segments = file.segments.map((segment) => ({ ...segment, description: `${segment.description} (edited)` }));
    const text = fileToJson(file);
    const store = storeWith(ws);
    importFileText(text, naming, store);
    const ranks = Object.values(store.store.getState().workspace.segments).map((s) => [s.name, s.rank]);
    expect(ranks).toContainEqual(['Family men 30+, income from 100k RUB a month (imported)', 2]);
  });
});

describe('exports always import again', () => {
  it('writes pointers to records that are gone as null, as the app shows them', async () => {
    const ws = produce(richWorkspace(), (draft) => {
      const hypothesis = Object.values(draft.hypotheses)[0]!;
      ops.deleteCards(draft, [hypothesis.recommendationCardId!]);
      // A library channel removed behind the cards' back, and a lane score of a deleted stage.
      delete draft.channels['chan-1'];
      Object.values(draft.lanes).find((l) => l.kind === 'emotions')!.scores['gone-stage'] = 1;
    });
    for (const file of [await exportMap(ws, DEMO_MAP_ID), await exportWorkspace(ws)]) {
      const result = readFileText(JSON.stringify(file));
      expect(result.ok, JSON.stringify(!result.ok && result.problems)).toBe(true);
      expect(file.hypotheses.filter((h) => h.recommendationCardId === null)).toHaveLength(1);
      expect(file.cards.some((c) => c.channel === 'chan-1')).toBe(false);
    }
  });
});

describe('migrations', () => {
  it('reads a version-0 file (the raw workspace dump) as a workspace', async () => {
    const ws = richWorkspace();
    const dump = JSON.stringify(ws); // photos dump as {}
    const result = readFileText(dump);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kind).toBe('workspace');
    expect(result.value.version).toBe(CURRENT_VERSION);
    expect(result.value.personas[0]!.photo).toBeNull();
    const store = storeWith(emptyWorkspace());
    store.apply((draft) => addImported(draft, planImport(result.value, draft, options)));
    const after = store.store.getState().workspace;
    const copy = Object.values(after.maps).find((m) => m.title.startsWith('Buying'))!;
    const { persona, ...shape } = describeMap(after, copy.id);
    const { persona: original, ...expected } = describeMap(ws, DEMO_MAP_ID);
    expect(shape).toEqual(expected);
    expect(persona).toEqual({ ...original, photo: null });
  });

  it('reads a version-0 dump whose tables have __proto__ keys without polluting anything', () => {
    const own = (target: object, key: string, value: unknown) =>
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    const dump = () => JSON.parse(JSON.stringify(richWorkspace())) as Record<string, Record<string, any>>;
    const emotions = (d: Record<string, Record<string, any>>) => Object.values(d.lanes!).find((l) => l.kind === 'emotions');
    const withMap = dump();
    own(withMap.maps!, '__proto__', { polluted: 'yes' });
    const result = readFileText(JSON.stringify(withMap));
    // The stray map record has none of a map's fields.
    expect(!result.ok && codes(result.problems)).toEqual(expect.arrayContaining(['maps[2].id:missing', 'maps[2].title:missing']));
    const withScore = dump();
    own(emotions(withScore).scores, '__proto__', 1);
    const scores = readFileText(JSON.stringify(withScore));
    // The stray score points to no stage.
    expect(!scores.ok && codes(scores.problems)).toEqual([expect.stringMatching(/^lanes\[\d+\]\.scores\[\d+\]\.stageId:danglingStage$/)]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads the backups of the first crash-safety release (a version-0 dump in an envelope)', () => {
    const ws = richWorkspace();
    const workspace = { ...ws, personas: Object.fromEntries(Object.entries(ws.personas).map(([id, p]) => [id, { ...p, photo: null }])) };
    const backup = JSON.stringify({ format: 'tropa-backup', version: 1, savedAt: '2026-11-25T08:00:00.000Z', workspace }, null, 2);
    const store = storeWith(emptyWorkspace());
    const result = importFileText(backup, naming, store);
    expect(result.ok && result.value).toMatchObject({ kind: 'workspace', maps: 2, hypotheses: 2, channelsAdded: 2 });
    const after = store.store.getState().workspace;
    const copy = Object.values(after.maps).find((m) => m.title.startsWith('Buying'))!;
    const { persona, ...shape } = describeMap(after, copy.id);
    const { persona: original, ...expected } = describeMap(ws, DEMO_MAP_ID);
    expect(shape).toEqual(expected);
    expect(persona).toEqual({ ...original, photo: null });
  });

  it('reads a version-0 dump from before the channel library', () => {
    const { channels: _drop, ...old } = JSON.parse(JSON.stringify(richWorkspace())) as Record<string, unknown>;
    // Without the library, the card that used a library channel points nowhere.
    const result = readFileText(JSON.stringify(old));
    expect(!result.ok && codes(result.problems)).toEqual([expect.stringMatching(/^cards\[\d+\]\.channel:danglingChannel$/)]);
  });

  it('runs the chain step by step from the file version up to the current one', () => {
    const steps: number[] = [];
    const chain = { 0: (doc: Record<string, unknown>) => (steps.push(0), MIGRATIONS[0]!(doc)) };
    const migrated = migrate({ maps: {}, stages: {}, lanes: {}, cards: {} }, 0, chain);
    expect(steps).toEqual([0]);
    expect(migrated).toMatchObject({ format: 'tropa', version: 1, kind: 'workspace', maps: [], channels: [] });
    expect(migrate({ format: 'tropa', version: 1 }, 1, {})).toEqual({ format: 'tropa', version: 1 });
    expect(() => migrate({}, 0, {})).toThrow(/No migration from format version 0/);
  });

  it('refuses files of a newer or a nonsense version, and other formats', async () => {
    const file = await exportMap(richWorkspace(), 'm2');
    expect(codes(expectProblems(JSON.stringify({ ...file, version: 2 })))).toEqual(['version:versionNewer']);
    expect(codes(expectProblems(JSON.stringify({ ...file, version: '1' })))).toEqual(['version:versionInvalid']);
    expect(codes(expectProblems(JSON.stringify({ ...file, version: 0 })))).toEqual(['version:versionInvalid']);
    expect(codes(expectProblems(JSON.stringify({ ...file, format: 'other' })))).toEqual(['format:notTropa']);
    expect(codes(expectProblems(JSON.stringify({ ...file, kind: 'segment' })))).toEqual(['kind:kindInvalid']);
    expect(codes(expectProblems('[1,2,3]'))).toEqual([':notTropa']);
    expect(codes(expectProblems('{"hello": "world"}'))).toEqual(['format:notTropa']);
  });
});

describe('broken and hostile files', () => {
  let fileCache: TropaFile | null = null;
  const valid = async (): Promise<TropaFile> => (fileCache ??= await exportMap(richWorkspace(), DEMO_MAP_ID));
  const mutated = async (change: (doc: Record<string, any>) => void) => {
    const doc = JSON.parse(JSON.stringify(await valid())) as Record<string, any>;
    change(doc);
    return JSON.stringify(doc);
  };

  it('refuses text that is not JSON or is empty', () => {
    expect(codes(expectProblems('not json at all'))).toEqual([':notJson']);
    expect(codes(expectProblems('{"format": "tropa",'))).toEqual([':notJson']);
    expect(codes(expectProblems('  \n'))).toEqual([':empty']);
    expect(codes(expectProblems('\ufeff'))).toEqual([':empty']);
  });

  it('names the field of a wrong type or a missing field', async () => {
    expect(codes(expectProblems(await mutated((d) => (d.stages[3].name = 42))))).toEqual(['stages[3].name:expectedText']);
    expect(codes(expectProblems(await mutated((d) => delete d.cards[0].text)))).toEqual(['cards[0].text:missing']);
    expect(codes(expectProblems(await mutated((d) => (d.lanes[1].hidden = 'no'))))).toEqual(['lanes[1].hidden:expectedBoolean']);
    expect(codes(expectProblems(await mutated((d) => (d.stages = {}))))).toEqual(['stages:expectedList']);
    expect(codes(expectProblems(await mutated((d) => (d.cards[2] = 'card'))))).toEqual(['cards[2]:expectedObject']);
    expect(codes(expectProblems(await mutated((d) => (d.personas[0].age = 36.5))))).toEqual(['personas[0].age:expectedWholeNumber']);
    expect(codes(expectProblems(await mutated((d) => (d.cards[0].color = 'red'))))).toEqual(['cards[0].color:oneOf']);
    expect(codes(expectProblems(await mutated((d) => delete d.lanes[0].kind)))).toEqual(['lanes[0].kind:missing']);
    expect(codes(expectProblems(await mutated((d) => (d.hypotheses[0].plannedStart = '01.02.2024'))))).toEqual(['hypotheses[0].plannedStart:badDate']);
    expect(codes(expectProblems(await mutated((d) => (d.personas[0].photo = 'javascript:alert(1)'))))).toEqual(['personas[0].photo:badPhoto']);
    expect(codes(expectProblems(await mutated((d) => (d.personas[0].photo = 'data:image/png;base64,a'))))).toEqual(['personas[0].photo:badPhoto']);
    expect(codes(expectProblems(await mutated((d) => (d.lanes[6].scores[0].score = 7))))).toEqual(['lanes[6].scores[0].score:tooLarge']);
    expect(codes(expectProblems(await mutated((d) => (d.channels[0].name = ''))))).toEqual(['channels[0].name:emptyText']);
    expect(codes(expectProblems(await mutated((d) => (d.maps[0].id = ''))))).toEqual(['maps[0].id:emptyText']);
  });

  it('refuses duplicate and dangling ids, and references across maps', async () => {
    expect(codes(expectProblems(await mutated((d) => (d.cards[1].id = d.cards[0].id))))).toEqual(['cards[1].id:duplicateId']);
    expect(codes(expectProblems(await mutated((d) => (d.cards[0].stageId = 'nope'))))).toEqual(['cards[0].stageId:danglingStage']);
    expect(codes(expectProblems(await mutated((d) => (d.cards[0].laneId = '__proto__'))))).toEqual(['cards[0].laneId:danglingLane']);
    expect(codes(expectProblems(await mutated((d) => (d.links[0].toCardId = 'gone'))))).toEqual(['links[0].toCardId:danglingCard']);
    expect(codes(expectProblems(await mutated((d) => (d.stages[0].mapId = 'other'))))).toEqual(
      expect.arrayContaining(['stages[0].mapId:danglingMap']),
    );
    expect(codes(expectProblems(await mutated((d) => (d.maps[0].personaId = 'x'))))).toEqual(['maps[0].personaId:danglingPersona']);
    expect(codes(expectProblems(await mutated((d) => (d.personas[0].segmentId = 'x'))))).toEqual(
      expect.arrayContaining(['personas[0].segmentId:danglingSegment', 'maps[0].personaId:personaOtherSegment']),
    );
    expect(codes(expectProblems(await mutated((d) => (d.hypotheses[0].stageId = 'x'))))).toEqual(['hypotheses[0].stageId:danglingStage']);
    expect(codes(expectProblems(await mutated((d) => (d.cards[0].channel = 'constructor'))))).toEqual(['cards[0].channel:danglingChannel']);
    const emotions = (await valid()).lanes.findIndex((l) => l.kind === 'emotions');
    expect(codes(expectProblems(await mutated((d) => (d.cards[0].laneId = d.lanes[emotions].id))))).toEqual(['cards[0].laneId:cardInEmotions']);
    expect(codes(expectProblems(await mutated((d) => d.lanes[emotions].scores.push({ ...d.lanes[emotions].scores[0] }))))).toEqual([
      `lanes[${emotions}].scores[13].stageId:duplicateId`,
    ]);
  });

  it('refuses a map file without exactly one map, and a file with nothing in it', async () => {
    expect(codes(expectProblems(await mutated((d) => d.maps.push({ ...d.maps[0], id: 'second' }))))).toEqual(['maps:mapCount']);
    const nothing = { format: 'tropa', version: 1, kind: 'workspace', exportedAt: '' } as Record<string, unknown>;
    for (const table of Object.keys(MAX_RECORDS)) nothing[table] = [];
    expect(codes(expectProblems(JSON.stringify(nothing)))).toEqual([':nothing']);
  });

  it('strips __proto__, constructor and prototype keys and leaves Object.prototype alone', async () => {
    const text = (await mutated(() => undefined)).replace(
      '"format":"tropa"',
      '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"format":"tropa"',
    ).replace(/"text":/g, '"__proto__":{"polluted":"yes"},"text":');
    expect(text).toContain('__proto__');
    const result = readFileText(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (result.ok) {
      const store = storeWith(emptyWorkspace());
      store.apply((ws) => addImported(ws, planImport(result.value, ws, options)));
      const card = Object.values(store.store.getState().workspace.cards)[0]!;
      expect(Object.getPrototypeOf(card)).toBe(Object.prototype);
      expect(Object.keys(card).sort()).toEqual(['channel', 'color', 'id', 'laneId', 'mapId', 'order', 'severity', 'stageId', 'text']);
    }
  });

  it('keeps HTML and script in texts as plain text', async () => {
    const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const result = readFileText(await mutated((d) => (d.cards[0].text = script)));
    expect(result.ok && result.value.cards[0]!.text).toBe(script);
  });

  it('refuses a 10 MB string naming its field', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const problems = expectProblems(await mutated((d) => (d.cards[5].text = huge)));
    expect(problems).toEqual([{ path: 'cards[5].text', code: 'tooLong', params: { length: huge.length, max: 20_000 } }]);
    expect(codes(expectProblems(await mutated((d) => (d.stages[0].name = huge))))).toEqual(['stages[0].name:tooLong']);
  });

  it('refuses 100,000 cards by count, before checking each one', async () => {
    const problems = expectProblems(
      await mutated((d) => {
        const card = d.cards[0];
        d.cards = Array.from({ length: 100_000 }, (_, i) => ({ ...card, id: `c${i}` }));
      }),
    );
    expect(problems).toEqual([{ path: 'cards', code: 'tooMany', params: { count: 100_000, limit: MAX_RECORDS.cards } }]);
  });

  it('imports a map at the card limit of a map, and refuses one card more', async () => {
    const withCards = (n: number) =>
      mutated((d) => {
        const card = d.cards[0];
        d.cards = Array.from({ length: n }, (_, i) => ({ ...card, id: `c${i}`, order: i }));
        d.links = [];
        d.hypotheses = [];
      });
    const store = storeWith(emptyWorkspace());
    const result = importFileText(await withCards(MAX_CARDS_PER_MAP), naming, store);
    expect(result.ok).toBe(true);
    expect(Object.keys(store.store.getState().workspace.cards)).toHaveLength(MAX_CARDS_PER_MAP);
    expect(expectProblems(await withCards(MAX_CARDS_PER_MAP + 1))).toEqual([
      { path: 'maps[0]', code: 'tooManyCardsInMap', params: { count: MAX_CARDS_PER_MAP + 1, limit: MAX_CARDS_PER_MAP } },
    ]);
  });

  // Four full maps; the workspace file limit (MAX_RECORDS.cards) is higher, sized for a thousand maps.
  it('imports a workspace of 20,000 cards in four full maps, in one step', async () => {
    const ws = produce(emptyWorkspace(), (draft) => {
      for (let m = 0; m < 4; m++) {
        ops.createMap(draft, { id: `m${m}`, title: `Map ${m}`, stageNames: ['A', 'B'], now: 1 });
        const stage = Object.values(draft.stages).find((s) => s.mapId === `m${m}`)!;
        const lane = Object.values(draft.lanes).find((l) => l.mapId === `m${m}` && l.kind === 'actions')!;
        for (let i = 0; i < MAX_CARDS_PER_MAP; i++) {
          draft.cards[`m${m}c${i}`] = { id: `m${m}c${i}`, mapId: `m${m}`, stageId: stage.id, laneId: lane.id, text: `card ${i}`, order: i, color: 'none', channel: null, severity: null };
        }
      }
    });
    const store = storeWith(emptyWorkspace());
    const result = importFileText(JSON.stringify(await exportWorkspace(ws)), naming, store);
    expect(result.ok && result.value.cards).toBe(4 * MAX_CARDS_PER_MAP);
    expect(store.store.getState().undoDepth).toBe(1);
  });

  it('refuses files larger than the limit by their size', () => {
    expect(checkFileSize(25 * 1024 * 1024)).toEqual({ path: '', code: 'fileTooLarge', params: { size: '25.0', limit: '20.0' } });
    expect(checkFileSize(1024)).toBeNull();
  });

  it('lists problems in file order with their paths', async () => {
    const result = readDocument({ ...(await valid()), stages: [{ id: 's', mapId: 1 }] });
    expect(!result.ok && codes(result.problems).slice(0, 3)).toEqual(['stages[0].mapId:expectedText', 'stages[0].name:missing', 'stages[0].order:missing']);
  });
});

describe('rules the statistics rely on', () => {
  it('refuses readings with more conversions than customers, impossible plans and days not on the calendar', async () => {
    const { readFileText } = await import('./importFile');
    const { exportMap, fileToJson } = await import('./exportFile');
    const { buildDemoWorkspace, DEMO_MAP_ID } = await import('../demo/demoWorkspace');
    const file = JSON.parse(fileToJson(await exportMap(buildDemoWorkspace('en', 0), DEMO_MAP_ID)));
    file.hypotheses[0].readings[0] = { id: 'r', arm: 'control', date: '2026-01-01', users: 5, conversions: 50 };
    file.hypotheses[0].plan = { baselineRate: 0, minDetectableEffect: 0, effectMode: 'absolute', alpha: 0, power: 1, customersPerWeek: 0 };
    file.hypotheses[1].plannedEnd = '2026-02-30';
    const outcome = readFileText(JSON.stringify(file));
    expect(outcome.ok).toBe(false);
    const codes = outcome.ok ? [] : outcome.problems.map((p) => `${p.path}:${p.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'hypotheses[0].readings[0].conversions:conversionsOverUsers',
        'hypotheses[0].plan.baselineRate:notAbove',
        'hypotheses[0].plan.minDetectableEffect:notZero',
        'hypotheses[0].plan.alpha:notAbove',
        'hypotheses[0].plan.power:notBelow',
        'hypotheses[0].plan.customersPerWeek:notAbove',
        'hypotheses[1].plannedEnd:badDate',
      ]),
    );
  });
});
