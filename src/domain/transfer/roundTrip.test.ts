// Every export imports again (issue 13): for any workspace within the limits the app enforces
// (../limits.ts), the map file, the workspace file - which is also the "Download backup" file,
// fileToJson(exportWorkspace(ws)) - and, where a table can say everything, the CSV come back
// as an equal workspace, fresh ids aside.
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { workspaceFileBytes } from '../fileSize';
import { checkEdit, MAX_NAME, MAX_RECORDS, MAX_TEXT } from '../limits';
import { rankedSegments } from '../operations/segments';
import {
  CARD_COLORS,
  CHANNEL_ICONS,
  CHANNELS,
  emptyWorkspace,
  ENTITY_TABLES,
  HYPOTHESIS_STATUSES,
  LANE_KINDS,
  RELATIONSHIP_TYPES,
  SEVERITIES,
  type Card,
  type Hypothesis,
  type Id,
  type Lane,
  type Persona,
  type Workspace,
} from '../types';
import { serialiseDelimited } from './delimited';
import { exportMap, exportWorkspace, fileToJson } from './exportFile';
import { readFileText } from './importFile';
import { addImported, planImport } from './remap';
import { createMapFromTable, mapToTable, readTableText } from './table';
import { describeMap, LANE_TITLES, PHOTO_BYTES } from './testData';

// ---- texts the app can hold: any shown character, at any length up to the field's limit ----

/** Characters people type and paste: letters, Cyrillic, CJK, emoji (surrogate pairs), quotes, CSV and formula marks, breaks. */
const char = fc.oneof(
  fc.constantFrom('a', 'Z', 'ж', 'Ё', 'é', '中', '😀', ' ', '\n', '\t', '\r\n', '"', "'", ',', ';', '=', '+', '-', '@', '<', '&', '\\', '…'),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
);

/** The first `length` UTF-16 units, not cutting an emoji in two. */
const upTo = (text: string, length: number) => {
  const cut = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
};

/** Short texts mostly, sometimes one exactly at the limit (a long paste that was allowed). */
const textUpTo = (limit: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: char, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: char, minLength: 1, maxLength: 4 }).map((seed) => upTo(seed.repeat(Math.ceil(limit / seed.length) + 1), limit)) },
  );
const name = textUpTo(MAX_NAME);
const text = textUpTo(MAX_TEXT);
/** Names that must differ (ignoring case) for an import not to rename them: numbered. */
const numbered = (i: number, value: string) => upTo(`${i}·${value}`, MAX_NAME);

const time = fc.integer({ min: 0, max: 4_000_000_000_000 });
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** A rate strictly between 0 and 1, never -0. */
const rate = fc.integer({ min: 1, max: 999 }).map((n) => n / 1000);

// ---- a workspace within the limits ----

interface Shape {
  channels: { name: string; icon: (typeof CHANNEL_ICONS)[number] }[];
  segments: { name: string; description: string; revenueShare: number | null; relationship: (typeof RELATIONSHIP_TYPES)[number] | null; personas: PersonaShape[] }[];
  maps: MapShape[];
  loose: HypothesisShape[];
}
type PersonaShape = Omit<Persona, 'id' | 'segmentId' | 'photo'> & { photo: boolean };
interface MapShape {
  title: string;
  segment: number | null;
  persona: number | null;
  stages: { name: string; order: number; width: number; goalAlignment: 'unknown' | 'aligned' | 'conflict' }[];
  lanes: { kind: Lane['kind']; name: string; order: number; hidden: boolean; scores: (number | null)[] }[];
  cards: { stage: number; lane: number; text: string; order: number; color: Card['color']; channel: number | null; severity: Card['severity'] }[];
  links: [number, number][];
  hypotheses: (HypothesisShape & { stage: number | null; card: number | null })[];
}
type HypothesisShape = Omit<Hypothesis, 'id' | 'mapId' | 'stageId' | 'recommendationCardId'>;

const persona: fc.Arbitrary<PersonaShape> = fc.record({
  name, gender: name, city: name, currency: fc.constantFrom('RUB', 'USD', 'EUR'),
  age: fc.option(fc.integer({ min: 0, max: 120 })), monthlyIncome: fc.option(fc.integer({ min: 0, max: 10_000_000 })),
  interests: text, onlineBehaviour: text, habits: text, goals: text, pains: text, quote: text, notes: text,
  photo: fc.boolean(), createdAt: time, updatedAt: time,
});

const hypothesis: fc.Arbitrary<HypothesisShape> = fc
  .record({
    title: name, statement: text, metric: text, treatment: text, control: text, owner: name, conclusion: text,
    plannedStart: fc.oneof(fc.constant(''), day), plannedEnd: fc.oneof(fc.constant(''), day),
    targetSample: fc.option(fc.nat(1_000_000)), status: fc.constantFrom(...HYPOTHESIS_STATUSES),
    history: fc.array(fc.record({ status: fc.constantFrom(...HYPOTHESIS_STATUSES), at: time }), { maxLength: 3 }),
    readings: fc.array(
      fc.record({ arm: fc.constantFrom('control' as const, 'treatment' as const), date: day, users: fc.integer({ min: 1, max: 1_000_000 }), share: fc.double({ min: 0, max: 1, noNaN: true }) }),
      { maxLength: 3 },
    ),
    plan: fc.option(
      fc.record({
        baselineRate: fc.option(rate), minDetectableEffect: fc.option(rate), effectMode: fc.constantFrom('absolute' as const, 'relative' as const),
        alpha: rate, power: rate, customersPerWeek: fc.option(fc.integer({ min: 1, max: 100_000 })),
      }),
      { nil: undefined },
    ),
    createdAt: time, updatedAt: time,
  })
  .map(({ readings, plan, ...h }) => ({
    ...h,
    readings: readings.map(({ share, ...r }, i) => ({ ...r, id: `r${i}`, conversions: Math.floor(share * r.users) })),
    ...(plan ? { plan } : {}),
  }));

const map = (segments: Shape['segments'], channels: number): fc.Arbitrary<MapShape> =>
  fc
    .record({
      title: name,
      segment: segments.length ? fc.option(fc.nat(segments.length - 1)) : fc.constant(null),
      personaPick: fc.nat(),
      stages: fc.array(fc.record({ name, order: fc.integer({ min: -5, max: 5 }), width: fc.integer({ min: 160, max: 640 }), goalAlignment: fc.constantFrom('unknown' as const, 'aligned' as const, 'conflict' as const) }), { maxLength: 4 }),
      lanes: fc.array(fc.record({ kind: fc.constantFrom(...LANE_KINDS), name, order: fc.integer({ min: -5, max: 5 }), hidden: fc.boolean(), scores: fc.array(fc.option(fc.integer({ min: -2, max: 2 })), { minLength: 4, maxLength: 4 }) }), { maxLength: 4 }),
      cards: fc.array(
        fc.record({ stage: fc.nat(), lane: fc.nat(), text, order: fc.integer({ min: -3, max: 3 }), color: fc.constantFrom(...CARD_COLORS), channel: fc.option(fc.nat()), builtIn: fc.constantFrom(...CHANNELS), severity: fc.option(fc.constantFrom(...SEVERITIES)) }),
        { maxLength: 6 },
      ),
      links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
      hypotheses: fc.array(fc.record({ h: hypothesis, stage: fc.option(fc.nat()), card: fc.option(fc.nat()) }), { maxLength: 2 }),
    })
    .map(({ personaPick, cards, hypotheses, ...m }) => {
      const personas = m.segment === null ? [] : segments[m.segment]!.personas;
      // Cards sit in a cell of a stage and a lane that is not the emotions lane.
      const cardLanes = m.lanes.map((l, i) => (l.kind === 'emotions' ? -1 : i)).filter((i) => i >= 0);
      const placed = m.stages.length && cardLanes.length
        ? cards.map(({ builtIn, ...c }) => ({
            ...c,
            stage: c.stage % m.stages.length,
            lane: cardLanes[c.lane % cardLanes.length]!,
            // A library channel when there is one, else a built-in one, or none.
            channel: c.channel === null ? null : channels && c.channel % 2 ? (c.channel % channels) : -1 - CHANNELS.indexOf(builtIn),
          }))
        : [];
      return {
        ...m,
        persona: personas.length && personaPick % 3 ? personaPick % personas.length : null,
        lanes: m.lanes.map((l) => (l.kind === 'emotions' ? l : { ...l, scores: [] })),
        cards: placed,
        links: placed.length > 1 ? m.links.map(([a, b]) => [a % placed.length, b % placed.length] as [number, number]).filter(([a, b]) => a !== b) : [],
        hypotheses: hypotheses.map(({ h, stage, card }) => ({
          ...h,
          stage: stage === null || !m.stages.length ? null : stage % m.stages.length,
          card: card === null || !placed.length ? null : card % placed.length,
        })),
      };
    });

const shape: fc.Arbitrary<Shape> = fc
  .record({
    channels: fc.array(fc.record({ name, icon: fc.constantFrom(...CHANNEL_ICONS) }), { maxLength: 3 }),
    segments: fc.array(fc.record({ name, description: text, revenueShare: fc.option(fc.integer({ min: 0, max: 100 })), relationship: fc.option(fc.constantFrom(...RELATIONSHIP_TYPES)), personas: fc.array(persona, { maxLength: 2 }) }), { maxLength: 3 }),
    loose: fc.array(hypothesis, { maxLength: 1 }),
  })
  .chain((s) => fc.record({ maps: fc.array(map(s.segments, s.channels.length), { maxLength: 3 }) }).map((m) => ({ ...s, ...m })));

/** The shape as records, the way the app keeps them. */
function build(s: Shape): Workspace {
  const ws = emptyWorkspace();
  const channelIds = s.channels.map((c, i) => {
    const id = `ch${i}`;
    // Library names are trimmed and differ ignoring case (operations/channels.ts).
    ws.channels[id] = { id, name: numbered(i, c.name).trim() || `${i}`, icon: c.icon, createdAt: i };
    return id;
  });
  const personaIds = s.segments.map((seg, i) => {
    const id = `seg${i}`;
    ws.segments[id] = { id, name: numbered(i, seg.name), description: seg.description, rank: i + 1, revenueShare: seg.revenueShare, relationship: seg.relationship, createdAt: i, updatedAt: i };
    return seg.personas.map(({ photo, ...p }, j) => {
      const pid = `p${i}-${j}`;
      ws.personas[pid] = { ...p, id: pid, segmentId: id, photo: photo ? new Blob([PHOTO_BYTES], { type: 'image/jpeg' }) : null };
      return pid;
    });
  });
  s.maps.forEach((m, i) => {
    const mapId = `m${i}`;
    const segmentId = m.segment === null ? null : `seg${m.segment}`;
    ws.maps[mapId] = { id: mapId, title: numbered(i, m.title), segmentId, personaId: m.segment === null || m.persona === null ? null : personaIds[m.segment]![m.persona]!, createdAt: i, updatedAt: i };
    const stageIds = m.stages.map((st, j) => {
      const id = `${mapId}s${j}`;
      ws.stages[id] = { id, mapId, ...st };
      return id;
    });
    const laneIds = m.lanes.map(({ scores, ...l }, j) => {
      const id = `${mapId}l${j}`;
      const byStage: Record<Id, number> = {};
      scores.forEach((score, k) => {
        if (score !== null && stageIds[k]) byStage[stageIds[k]!] = score;
      });
      ws.lanes[id] = { id, mapId, ...l, scores: byStage };
      return id;
    });
    const cardIds = m.cards.map((c, j) => {
      const id = `${mapId}c${j}`;
      const channel = c.channel === null ? null : c.channel >= 0 ? channelIds[c.channel]! : CHANNELS[-1 - c.channel]!;
      ws.cards[id] = { id, mapId, stageId: stageIds[c.stage]!, laneId: laneIds[c.lane]!, text: c.text, order: c.order, color: c.color, channel, severity: c.severity };
      return id;
    });
    m.links.forEach(([from, to], j) => {
      ws.links[`${mapId}k${j}`] = { id: `${mapId}k${j}`, mapId, fromCardId: cardIds[from]!, toCardId: cardIds[to]! };
    });
    m.hypotheses.forEach(({ stage, card, ...h }, j) => {
      const id = `${mapId}h${j}`;
      ws.hypotheses[id] = { ...h, id, mapId, stageId: stage === null ? null : stageIds[stage]!, recommendationCardId: card === null ? null : cardIds[card]! };
    });
  });
  s.loose.forEach((h, j) => {
    ws.hypotheses[`loose${j}`] = { ...h, id: `loose${j}`, mapId: null, stageId: null, recommendationCardId: null };
  });
  return ws;
}

// ---- importing, and what must come back ----

let counter = 0;
const options = { newId: () => `new-${++counter}`, now: 1_800_000_000_000, renamed: (title: string, n: number) => `${title} (imported ${n})` };

/** A file's text imported into an empty workspace, as the store step does it; throws when refused. */
function importText(fileText: string): { ws: Workspace; mapIds: Id[] } {
  const read = readFileText(fileText);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems.slice(0, 3))}`);
  let mapIds: Id[] = [];
  const ws = produce(emptyWorkspace(), (draft) => {
    mapIds = addImported(draft as Workspace, planImport(read.value, draft as Workspace, options)).mapIds;
  });
  return { ws, mapIds };
}

/** Everything but ids, times the import sets and the ranks' numbers (their order stays). */
function describeWorkspace(ws: Workspace, mapIds: Id[]) {
  const strip = <T extends object>(record: T, ...keys: string[]) => Object.fromEntries(Object.entries(record).filter(([k]) => !['id', ...keys].includes(k)));
  return {
    maps: mapIds.map((id) => ({ title: ws.maps[id]!.title, ...describeMap(ws, id) })),
    segments: rankedSegments(ws).map((s) => ({
      ...strip(s, 'rank', 'updatedAt'),
      personas: Object.values(ws.personas)
        .filter((p) => p.segmentId === s.id)
        .map((p) => ({ ...strip(p, 'segmentId', 'photo'), photo: p.photo ? p.photo.size : null })),
    })),
    loose: Object.values(ws.hypotheses)
      .filter((h) => h.mapId === null)
      .map((h) => ({ ...strip(h, 'readings'), readings: h.readings.map((r) => strip(r)) })),
    channels: Object.values(ws.channels).map((c) => [c.name, c.icon]),
  };
}

/** Both exports of `ws` import back equal; its backup's size is what the limits measure. */
async function roundTrips(ws: Workspace): Promise<void> {
  // Within the limits the app enforces: an empty workspace could be edited into this one.
  const keys = ENTITY_TABLES.flatMap((table) => Object.keys(ws[table]).map((id) => ({ table, id })));
  expect(checkEdit(emptyWorkspace(), ws, keys)).toBeNull();
  const mapIds = Object.keys(ws.maps);

  const backup = fileToJson(await exportWorkspace(ws));
  expect(workspaceFileBytes(ws)).toBeGreaterThanOrEqual(new TextEncoder().encode(backup).length);
  if (keys.length === 0) {
    // Nothing lost either way: the import says there is nothing in it.
    expect(readFileText(backup)).toMatchObject({ ok: false, problems: [{ code: 'nothing' }] });
    return;
  }
  const restored = importText(backup);
  expect(describeWorkspace(restored.ws, restored.mapIds)).toEqual(describeWorkspace(ws, mapIds));

  for (const mapId of mapIds) {
    const copy = importText(fileToJson(await exportMap(ws, mapId)));
    expect({ title: copy.ws.maps[copy.mapIds[0]!]!.title, ...describeMap(copy.ws, copy.mapIds[0]!) }).toEqual({ title: ws.maps[mapId]!.title, ...describeMap(ws, mapId) });
  }
}

/** 201 maps: more than an import took before the limits were one policy, fewer than the app holds. */
function manyMaps(): Workspace {
  const ws = emptyWorkspace();
  for (let i = 0; i < 201; i++) {
    ws.maps[`m${i}`] = { id: `m${i}`, title: `Map ${i}`, segmentId: null, personaId: null, createdAt: i, updatedAt: i };
    ws.stages[`s${i}`] = { id: `s${i}`, mapId: `m${i}`, name: 'Stage', order: 0, width: 260, goalAlignment: 'unknown' };
  }
  return ws;
}

describe('every export imports back', () => {

  // A table keeps texts and the emotion curve only: maps that use nothing else, with names a
  // spreadsheet cell keeps as they are (one line, no edge spaces, no leading apostrophe).
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'Ж', 'ё', '中', '😀', '1', '=', '+', '@', ',', ';', '"', '-'), minLength: 1, maxLength: 8 });
  const cellText = fc.oneof(
    { weight: 5, arbitrary: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')) },
    { weight: 1, arbitrary: word.map((w) => upTo(`x${w}`.repeat(MAX_TEXT), MAX_TEXT)) },
  );
  const defaultTitles = new Set(LANE_TITLES.map(([, title]) => title.toLocaleLowerCase()));
  const tableMap = fc.record({
    title: cellText.map((t) => upTo(`T ${t}`, MAX_NAME)),
    stages: fc.array(cellText.map((t) => upTo(`S ${t}`, MAX_NAME)), { minLength: 1, maxLength: 4 }),
    lanes: fc.array(fc.record({ kind: fc.constantFrom(...LANE_KINDS), name: fc.option(cellText.map((t) => upTo(`L ${t}`, MAX_NAME))), scores: fc.array(fc.option(fc.integer({ min: -2, max: 2 })), { minLength: 4, maxLength: 4 }), cells: fc.array(fc.array(cellText, { maxLength: 3 }), { minLength: 4, maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
  });

  it('map files, the workspace file (the backup) and, where a table holds all of a map, its CSV', async () => {
    expect(201).toBeLessThanOrEqual(MAX_RECORDS.maps);
    await fc.assert(
      fc.asyncProperty(shape.map(build), roundTrips),
      // The first run is a workspace at a count the old import refused.
      { numRuns: 60, examples: [[manyMaps()]] },
    );
    fc.assert(
      fc.property(tableMap, (t) => {
        const ws = emptyWorkspace();
        ws.maps.m = { id: 'm', title: t.title, segmentId: null, personaId: null, createdAt: 0, updatedAt: 0 };
        const stageIds = t.stages.map((name, i) => {
          ws.stages[`s${i}`] = { id: `s${i}`, mapId: 'm', name, order: i, width: 260, goalAlignment: 'unknown' };
          return `s${i}`;
        });
        t.lanes.forEach((l, i) => {
          // Only a free-text lane has a name of its own; others show their kind's title.
          const name = l.kind === 'text' && l.name !== null && !defaultTitles.has(l.name.toLocaleLowerCase()) ? l.name : '';
          const scores: Record<Id, number> = {};
          if (l.kind === 'emotions') l.scores.forEach((s, k) => s !== null && stageIds[k] && (scores[stageIds[k]!] = s));
          ws.lanes[`l${i}`] = { id: `l${i}`, mapId: 'm', kind: l.kind, name, order: i, hidden: false, scores };
          if (l.kind === 'emotions') return;
          stageIds.forEach((stageId, k) =>
            l.cells[k]!.forEach((text, n) => {
              const id = `c${i}-${k}-${n}`;
              ws.cards[id] = { id, mapId: 'm', stageId, laneId: `l${i}`, text, order: n, color: 'none', channel: null, severity: null };
            }),
          );
        });
        const csv = serialiseDelimited(mapToTable(ws, 'm', (lane) => lane.name || en[`lane.kind.${lane.kind}`]));
        const read = readTableText(csv, { laneTitles: LANE_TITLES, stageName: (n) => `Stage ${n}`, fallbackTitle: 'Imported' });
        if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems.slice(0, 3))}`);
        let copyId = '';
        const copy = produce(emptyWorkspace(), (draft) => {
          copyId = createMapFromTable(draft as Workspace, read.value, options).id;
        });
        expect({ title: copy.maps[copyId]!.title, ...describeMap(copy, copyId) }).toEqual({ title: 'm' in ws.maps ? t.title : '', ...describeMap(ws, 'm') });
      }),
      { numRuns: 60 },
    );
  });
});
