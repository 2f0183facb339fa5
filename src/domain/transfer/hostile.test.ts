// A generated corpus of broken and hostile files, each derived from a valid export or made
// from scratch, through the real import step. Whatever the input: nothing throws, every
// refusal comes with at least one message in plain words, a refused import leaves the
// workspace exactly as it was, and Object.prototype is never touched.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MAP_ID } from '../demo/demoWorkspace';
import { CHANNELS, type Workspace } from '../types';
import { createWorkspaceStore, type WorkspaceStore } from '../../store/workspaceStore';
import { importFileText } from '../../store/importActions';
import { dictionary } from '../../i18n/translate';
import { exportMap, fileToJson, PROBLEM_CODES } from './index';
import { richWorkspace } from './testData';
import { hostileFiles } from './hostileValues';
import { cleanText } from '../cleanText';
import { isShowableTime } from '../showableTime';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const naming = { renamed: (title: string, n: number) => `${title} (imported ${n})` };
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
/** Fields a file may leave out (docs/format.md): deleting them keeps the file valid. */
const OPTIONAL = new Set(['plan']);
const REFERENCES = new Set(['segmentId', 'personaId', 'mapId', 'stageId', 'laneId', 'fromCardId', 'toCardId', 'recommendationCardId', 'channel']);
const HUGE = 'x'.repeat(10 * 1024 * 1024);

let validText = '';
let workspace: Workspace;
/** Every property of every record (and of the envelope), as paths. */
let fieldPaths: Path[] = [];
let objectPaths: Path[] = [];
let referencePaths: Path[] = [];
let stringPaths: Path[] = [];
let ids = new Set<string>();

function walk(value: Json, path: Path): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, i]));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  objectPaths.push(path);
  for (const [key, child] of Object.entries(value)) {
    const at = [...path, key];
    if (!OPTIONAL.has(key)) fieldPaths.push(at);
    if (typeof child === 'string') stringPaths.push(at);
    if (key === 'id' && typeof child === 'string') ids.add(child);
    if (REFERENCES.has(key) && typeof child === 'string') referencePaths.push(at);
    walk(child, at);
  }
}

const fresh = (): Record<string, Json> => JSON.parse(validText) as Record<string, Json>;

function parentOf(doc: Json, path: Path): { parent: Record<string | number, Json>; key: string | number } {
  let node = doc as Record<string | number, Json>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, Json>;
  return { parent: node, key: path.at(-1)! };
}

/** A value of a JSON type the field does not accept (null excluded: some fields take it). */
function wrongTypeFor(value: Json, pick: number): Json {
  const options: Json[] =
    typeof value === 'string'
      ? [42, true, {}, []]
      : typeof value === 'number'
        ? ['7', true, {}, []]
        : typeof value === 'boolean'
          ? ['true', 1, {}]
          : value === null
            ? [{}, [], true]
            : Array.isArray(value)
              ? ['x', 1, {}]
              : ['x', 1, []];
  return options[pick % options.length]!;
}

let store: WorkspaceStore;
let seen = 0;

/** Import one input and check every promise; returns whether it was imported. `inspect` sees an imported workspace before the undo. */
function check(text: string, inspect?: (imported: Workspace) => void): boolean {
  seen++;
  const before = store.store.getState().workspace;
  let result: ReturnType<typeof importFileText>;
  try {
    result = importFileText(text, naming, store);
  } catch (error) {
    throw new Error(`import threw on input ${text.slice(0, 200)}: ${String(error)}`);
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (result.ok) {
    inspect?.(store.store.getState().workspace);
    // Keep the corpus independent: take the import back.
    store.undo();
    expect(store.store.getState().workspace).toEqual(before);
    return true;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(PROBLEM_CODES).toContain(problem.code);
    // That each code has on-screen text is checked in features/transfer/problemText.test.ts.
    // Every placeholder of the message is given (the values are the file's own text, so the
    // message itself may legitimately contain braces).
    const template = dictionary('en')[`transfer.problem.${problem.code}`];
    for (const [, name] of template.matchAll(/\{(\w+)\}/g)) expect(problem.params ?? {}, problem.code).toHaveProperty(name!);
    for (const value of Object.values(problem.params ?? {})) expect(String(value)).not.toMatch(/^(undefined|NaN|\[object \w+\])$/);
  }
  expect(store.store.getState().workspace).toBe(before);
  expect(store.store.getState().workspace).toEqual(workspace);
  expect(store.store.getState().undoDepth).toBe(0);
  return false;
}

beforeAll(async () => {
  workspace = richWorkspace();
  validText = fileToJson(await exportMap(workspace, DEMO_MAP_ID));
  fieldPaths = [];
  objectPaths = [];
  referencePaths = [];
  stringPaths = [];
  ids = new Set();
  walk(JSON.parse(validText) as Json, []);
  store = createWorkspaceStore();
  store.load(workspace);
});

const pickFrom = (paths: () => Path[]) => fc.nat().map((n) => paths()[n % paths().length]!);

describe('a corpus of broken and hostile files', () => {
  it('imports the untouched export (the corpus starts from a valid file)', () => {
    expect(check(validText)).toBe(true);
  });

  it('refuses a file with any one field deleted', () => {
    fc.assert(
      fc.property(pickFrom(() => fieldPaths), (path) => {
        const doc = fresh();
        const { parent, key } = parentOf(doc, path);
        delete parent[key];
        expect(check(JSON.stringify(doc))).toBe(false);
      }),
      { numRuns: 120 },
    );
  });

  it('refuses a file with any one field of the wrong type', () => {
    fc.assert(
      fc.property(pickFrom(() => fieldPaths), fc.nat(), (path, pick) => {
        const doc = fresh();
        const { parent, key } = parentOf(doc, path);
        parent[key] = wrongTypeFor(parent[key]!, pick);
        expect(check(JSON.stringify(doc))).toBe(false);
      }),
      { numRuns: 120 },
    );
  });

  it('refuses a file with a reference to a record that is not there', () => {
    const strangeId = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '<script>alert(1)</script>'),
      fc.string({ minLength: 1, maxLength: 40 }),
    );
    fc.assert(
      fc.property(
        pickFrom(() => referencePaths),
        strangeId.filter((id) => !ids.has(id) && !(CHANNELS as readonly string[]).includes(id)),
        (path, id) => {
          const doc = fresh();
          const { parent, key } = parentOf(doc, path);
          parent[key] = id;
          expect(check(JSON.stringify(doc))).toBe(false);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('refuses a file where two records of a table share an id', () => {
    const tables = ['stages', 'lanes', 'cards', 'links', 'hypotheses'];
    fc.assert(
      fc.property(fc.constantFrom(...tables), fc.nat(), fc.nat(), (table, a, b) => {
        const doc = fresh();
        const records = doc[table] as Record<string, Json>[];
        const i = a % records.length;
        const j = (i + 1 + (b % (records.length - 1))) % records.length;
        records[i]!.id = records[j]!.id!;
        expect(check(JSON.stringify(doc))).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('drops __proto__, constructor and prototype keys anywhere, without polluting anything', () => {
    fc.assert(
      fc.property(
        pickFrom(() => objectPaths),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.constantFrom<Json>({ polluted: 'yes' }, { prototype: { polluted: 'yes' } }, 'polluted', [{ polluted: 1 }]),
        (path, key, value) => {
          const doc = fresh();
          let node = doc as Json;
          for (const segment of path) node = (node as Record<string | number, Json>)[segment]!;
          // defineProperty makes an own key named __proto__, as JSON.parse does.
          Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
          const text = JSON.stringify(doc);
          expect(text).toContain(`"${key}"`);
          expect(check(text)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses a 10 MB string in any text field, naming it', () => {
    fc.assert(
      fc.property(pickFrom(() => stringPaths), (path) => {
        const doc = fresh();
        const { parent, key } = parentOf(doc, path);
        parent[key] = HUGE;
        expect(check(JSON.stringify(doc))).toBe(false);
      }),
      { numRuns: 12 },
    );
  });

  it('refuses a file cut off anywhere', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(check(validText.slice(0, n % validText.length))).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(check(new TextDecoder().decode(bytes))).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses random JSON', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        expect(check(text)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses random data in a Tropa envelope, and random versions and kinds', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
        fc.oneof(fc.constantFrom('map', 'workspace'), fc.jsonValue({ maxDepth: 1 })),
        fc.dictionary(fc.constantFrom('segments', 'maps', 'stages', 'lanes', 'cards'), fc.jsonValue({ maxDepth: 3 })),
        (version, kind, tables) => {
          const doc = { ...JSON.parse(validText), version, kind, ...tables } as Record<string, Json>;
          const changed = version !== 1 || (kind !== 'map' && kind !== 'workspace') || Object.keys(tables).length > 0;
          const imported = check(JSON.stringify(doc));
          if (changed) expect(imported).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('cleans control characters and broken UTF-16 out of every text, and refuses times and days no calendar has', () => {
    // What an imported file adds must be showable (features/export/hostileRender.test.ts
    // renders the same files): no text that cleaning would change, no time beyond a Date.
    const showable = (imported: Workspace) => {
      for (const table of Object.values(imported)) {
        for (const record of Object.values(table as Record<string, Record<string, unknown>>)) {
          for (const [key, value] of Object.entries(record)) {
            if (typeof value === 'string') expect(cleanText(value), key).toBe(value);
            if (key === 'createdAt' || key === 'updatedAt') expect(isShowableTime(value as number), key).toBe(true);
          }
          for (const change of (record.history ?? []) as { at: number }[]) expect(isShowableTime(change.at)).toBe(true);
        }
      }
    };
    let imported = 0;
    fc.assert(
      fc.property(hostileFiles(validText), (file) => {
        const ok = check(file.text, showable);
        expect(ok, file.text.slice(0, 200)).toBe(!file.refused);
        if (ok) imported++;
      }),
      { numRuns: 100 },
    );
    // Both halves of the corpus were exercised.
    expect(imported).toBeGreaterThan(15);
    expect(imported).toBeLessThan(90);
    // Each accepted file is a whole import and undo: give a busy machine time for them.
  }, 120_000);

  it('went through at least 500 inputs', () => {
    expect(seen).toBeGreaterThanOrEqual(500);
  });
});
