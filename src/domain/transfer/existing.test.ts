// Importing what the workspace already has (issue 13): identical segments and personas are
// reused, the maps that exist are named, and replacing puts the file's map in place of the
// workspace's without a second copy of anything. Pure: plans applied with immer.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { DEMO_MAP_ID, DEMO_PERSONA_ID, DEMO_SEGMENT_ID } from '../demo/demoWorkspace';
import * as ops from '../operations';
import { mapStages } from '../selectors';
import type { Workspace } from '../types';
import { existingMaps, matchPersonas, matchSegments, sameHypothesis } from './existing';
import { exportMap, exportWorkspace } from './exportFile';
import { readDocument } from './importFile';
import { addImported, planImport, type ImportMode, type ImportSummary } from './remap';
import type { TropaFile } from './schema';
import { describeMap, PHOTO_BYTES, richWorkspace } from './testData';

let counter = 0;
const naming = { renamed: (title: string) => `${title} (imported)` };

/** The photo bytes the app reads before an import, here known for the rich workspace's photo. */
function bytesOf(ws: Workspace) {
  const photo = ws.personas[DEMO_PERSONA_ID]!.photo;
  return (blob: Blob) => (blob === photo ? PHOTO_BYTES : undefined);
}

/** The file as an import reads it: through the checks, as plain JSON. */
function checked(file: TropaFile): TropaFile {
  const read = readDocument(JSON.parse(JSON.stringify(file)));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}

function importInto(ws: Workspace, file: TropaFile, mode: ImportMode): { after: Workspace; summary: ImportSummary } {
  let summary!: ImportSummary;
  const after = produce(ws, (draft) => {
    summary = addImported(draft, planImport(file, draft, { newId: () => `new-${++counter}`, now: 1_800_000_000_000, ...naming, mode, photoBytes: bytesOf(ws) }));
  });
  return { after, summary };
}

const hypothesesOf = (ws: Workspace, mapId: string) => Object.values(ws.hypotheses).filter((h) => h.mapId === mapId);

describe('what of a file the workspace already has', () => {
  it('a segment is the same whatever its id, times and rank; a persona also needs the same photo bytes', async () => {
    const ws = richWorkspace();
    const file = checked(await exportMap(ws, DEMO_MAP_ID));
    const moved = { ...file, segments: file.segments.map((s) => ({ ...s, id: 'elsewhere', rank: 9, createdAt: 1, updatedAt: 2 })) };
    moved.personas = moved.personas.map((p) => ({ ...p, id: 'p-elsewhere', segmentId: 'elsewhere' }));
    expect(matchSegments(moved, ws)).toEqual(new Map([['elsewhere', DEMO_SEGMENT_ID]]));
    expect(matchPersonas(moved, ws, matchSegments(moved, ws), bytesOf(ws))).toEqual(new Map([['p-elsewhere', DEMO_PERSONA_ID]]));

    // Other bytes, or bytes not read yet: not the same persona.
    const otherPhoto = { ...file, personas: file.personas.map((p) => ({ ...p, photo: p.photo!.replace(/.{4}$/, 'AAA=') })) };
    expect(matchPersonas(otherPhoto, ws, matchSegments(otherPhoto, ws), bytesOf(ws)).size).toBe(0);
    expect(matchPersonas(file, ws, matchSegments(file, ws), () => undefined).size).toBe(0);
    // A different description: a different segment, and so no persona of it is matched either.
    const edited = { ...file, segments: file.segments.map((s) => ({ ...s, description: `${s.description}!` })) };
    expect(matchSegments(edited, ws).size).toBe(0);
    expect(matchPersonas(edited, ws, matchSegments(edited, ws), bytesOf(ws)).size).toBe(0);
  });

  it('prefers the segment of the same id among identical ones, and never reads inherited keys as ids', async () => {
    const ws = produce(richWorkspace(), (draft) => {
      draft.segments.twin = { ...draft.segments[DEMO_SEGMENT_ID]!, id: 'twin', rank: 2 };
    });
    const file = checked(await exportMap(ws, DEMO_MAP_ID));
    const asTwin = { ...file, segments: file.segments.map((s) => ({ ...s, id: 'twin' })) };
    expect(matchSegments(asTwin, ws).get('twin')).toBe('twin');
    const asProto = { ...file, segments: file.segments.map((s) => ({ ...s, id: 'constructor' })) };
    expect(matchSegments(asProto, ws).get('constructor')).toBe(DEMO_SEGMENT_ID);
  });

  it('names the maps that exist: by id, else by title ignoring case, each workspace map once', async () => {
    const ws = richWorkspace();
    const file = checked(await exportWorkspace(ws));
    expect(existingMaps(file, ws).map((m) => [m.fileMapId, m.mapId])).toEqual([
      [DEMO_MAP_ID, DEMO_MAP_ID],
      ['m2', 'm2'],
    ]);
    const renamed = produce(ws, (draft) => void (draft.maps[DEMO_MAP_ID]!.title = 'Renamed here'));
    expect(existingMaps(file, renamed)[0]).toMatchObject({ title: 'Buying a family crossover (brand X)', existingTitle: 'Renamed here' });
    // Other ids, same titles: two file maps titled "second map" find the one workspace map once.
    const byTitle = { ...file, maps: [...file.maps.map((m) => ({ ...m, id: `x-${m.id}` })), { ...file.maps[1]!, id: 'y', title: 'SECOND MAP ' }] };
    expect(existingMaps(byTitle, ws).map((m) => [m.fileMapId, m.mapId])).toEqual([
      [`x-${DEMO_MAP_ID}`, DEMO_MAP_ID],
      ['x-m2', 'm2'],
    ]);
    expect(existingMaps({ ...file, maps: [{ ...file.maps[0]!, id: 'other', title: 'Something else' }] }, ws)).toEqual([]);
  });
});

describe('import as a copy', () => {
  it('reuses the identical segment and persona; the hypotheses are copies tied to the copy', async () => {
    const ws = richWorkspace();
    const { after, summary } = importInto(ws, checked(await exportMap(ws, DEMO_MAP_ID)), 'copy');
    const copy = after.maps[summary.mapIds[0]!]!;
    expect(copy.title).toBe('Buying a family crossover (brand X) (imported)');
    expect([copy.segmentId, copy.personaId]).toEqual([DEMO_SEGMENT_ID, DEMO_PERSONA_ID]);
    expect(Object.keys(after.segments)).toEqual(Object.keys(ws.segments));
    expect(Object.keys(after.personas)).toEqual(Object.keys(ws.personas));
    const stages = new Set(mapStages(after, copy.id).map((s) => s.id));
    const copies = hypothesesOf(after, copy.id);
    expect(copies).toHaveLength(2);
    for (const h of copies) {
      expect(stages.has(h.stageId!)).toBe(true);
      expect(after.cards[h.recommendationCardId!]?.mapId).toBe(copy.id);
    }
    expect(hypothesesOf(after, DEMO_MAP_ID)).toEqual(hypothesesOf(ws, DEMO_MAP_ID));
    expect(describeMap(after, copy.id)).toEqual(describeMap(ws, DEMO_MAP_ID));
  });

  it('copies a segment that differs, with its personas, under a distinguishable name', async () => {
    const ws = richWorkspace();
    const file = checked(await exportMap(ws, DEMO_MAP_ID));
    file.segments[0]!.description = 'Edited in another workspace';
    const { after, summary } = importInto(ws, file, 'copy');
    const copy = after.maps[summary.mapIds[0]!]!;
    expect(copy.segmentId).not.toBe(DEMO_SEGMENT_ID);
    expect(after.segments[copy.segmentId!]).toMatchObject({ name: `${ws.segments[DEMO_SEGMENT_ID]!.name} (imported)`, rank: 2 });
    expect(after.personas[copy.personaId!]!.segmentId).toBe(copy.segmentId);
  });
});

describe('import replacing the maps that exist', () => {
  it('puts the file in place of the map: same id, the file’s content, no second hypothesis', async () => {
    const exported = richWorkspace();
    const file = checked(await exportMap(exported, DEMO_MAP_ID));
    // Edited since the export: renamed, a card added, a stage renamed, a hypothesis retitled.
    const ws = produce(exported, (draft) => {
      ops.renameMap(draft, DEMO_MAP_ID, 'Renamed since', 5);
      const [first] = mapStages(draft, DEMO_MAP_ID);
      ops.renameStage(draft, first!.id, 'Renamed stage');
      const lane = Object.values(draft.lanes).find((l) => l.mapId === DEMO_MAP_ID && l.kind === 'thoughts')!;
      ops.addCard(draft, { id: 'added-since', stageId: first!.id, laneId: lane.id, text: 'Added since the export' });
      ops.updateHypothesis(draft, file.hypotheses[0]!.id, { title: 'Retitled since' }, 6);
    });
    const { after, summary } = importInto(ws, file, 'replace');
    expect(summary).toMatchObject({ mapIds: [DEMO_MAP_ID], replaced: 1 });
    expect(Object.keys(after.maps).sort()).toEqual(Object.keys(ws.maps).sort());
    expect(after.maps[DEMO_MAP_ID]).toMatchObject({ title: 'Buying a family crossover (brand X)', createdAt: ws.maps[DEMO_MAP_ID]!.createdAt });
    expect(after.cards['added-since']).toBeUndefined();
    expect(describeMap(after, DEMO_MAP_ID)).toEqual(describeMap(exported, DEMO_MAP_ID));
    // The file's ids were free again: the same stages, cards and hypotheses, written over.
    expect(mapStages(after, DEMO_MAP_ID).map((s) => s.id)).toEqual(mapStages(exported, DEMO_MAP_ID).map((s) => s.id));
    expect(Object.keys(after.hypotheses).sort()).toEqual(Object.keys(ws.hypotheses).sort());
    expect(Object.keys(after.segments)).toEqual(Object.keys(ws.segments));
    expect(Object.keys(after.personas)).toEqual(Object.keys(ws.personas));
    // The other map is untouched.
    expect(describeMap(after, 'm2')).toEqual(describeMap(ws, 'm2'));
  });

  it('writes over a hypothesis of the same content under another id, and keeps the map’s own ones', async () => {
    const exported = richWorkspace();
    const file = checked(await exportMap(exported, DEMO_MAP_ID));
    const original = exported.hypotheses[file.hypotheses[0]!.id]!;
    file.hypotheses[0]!.id = 'made-elsewhere';
    expect(sameHypothesis(file.hypotheses[0]!, original)).toBe(true);
    // A stage and a hypothesis on it, added since the export: the file has neither.
    const ws = produce(exported, (draft) => {
      ops.addStage(draft, DEMO_MAP_ID, 'new-stage', 'New stage');
      ops.addHypothesis(draft, 'own-hypothesis', { title: 'Only here', statement: '', control: '', plannedStart: '', plannedEnd: '' }, 7);
      Object.assign(draft.hypotheses['own-hypothesis']!, { mapId: DEMO_MAP_ID, stageId: 'new-stage' });
    });
    const { after } = importInto(ws, file, 'replace');
    const onMap = hypothesesOf(after, DEMO_MAP_ID);
    expect(onMap.map((h) => h.title).sort()).toEqual([...hypothesesOf(exported, DEMO_MAP_ID).map((h) => h.title), 'Only here'].sort());
    expect(after.hypotheses['made-elsewhere']).toBeUndefined();
    // Kept, but its stage is gone with the old version of the map.
    expect(after.hypotheses['own-hypothesis']).toMatchObject({ mapId: DEMO_MAP_ID, stageId: null });
    expect(after.stages['new-stage']).toBeUndefined();
  });

  it('a workspace file replaces every map it shares, adds the others, and duplicates nothing', async () => {
    const exported = richWorkspace();
    const file = checked(await exportWorkspace(exported));
    const ws = produce(exported, (draft) => ops.deleteMap(draft, 'm2'));
    const { after, summary } = importInto(ws, file, 'replace');
    expect(summary).toMatchObject({ maps: 2, replaced: 1 });
    expect(Object.keys(after.segments)).toEqual(Object.keys(exported.segments));
    expect(Object.keys(after.personas)).toEqual(Object.keys(exported.personas));
    expect(Object.keys(after.hypotheses).sort()).toEqual(Object.keys(exported.hypotheses).sort());
    expect(Object.keys(after.channels).sort()).toEqual(Object.keys(exported.channels).sort());
    const titles = Object.values(after.maps).map((m) => m.title).sort();
    expect(titles).toEqual(['Buying a family crossover (brand X)', 'Second map']);
    const second = Object.values(after.maps).find((m) => m.title === 'Second map')!;
    expect(describeMap(after, second.id)).toEqual(describeMap(exported, 'm2'));
  });
});
