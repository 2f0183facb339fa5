// Reading a Tropa file: parse, recognise the version, migrate, check sizes, validate against
// the schema, check references. Pure and total: any input gives either a valid file or a list
// of problems, never an exception, and nothing is written until all of it passed.
import { MAX_FILE_BYTES, MAX_PER_MAP, MAX_RECORDS } from './limits';
import { detectVersion, migrate, unwrapLegacyBackup } from './migrations';
import { fail, MAX_LISTED_PROBLEMS, type Outcome, type Problem } from './problems';
import { checkReferences } from './references';
import { FILE_KINDS, fileSchema, FILE_TABLES, type TropaFile } from './schema';
import { issueToProblem } from './zodProblems';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A short, printable rendering of a value a person typed into a file, for a message. */
export function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(typeof value);
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The per-map limits, checked in this order, and the problem each one gives. */
const PER_MAP_CHECKS = [
  ['stages', 'tooManyStagesInMap'],
  ['lanes', 'tooManyLanesInMap'],
  ['cards', 'tooManyCardsInMap'],
] as const;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Refuse a file by its size before reading it. */
export function checkFileSize(bytes: number): Problem | null {
  return bytes > MAX_FILE_BYTES ? { path: '', code: 'fileTooLarge', params: { size: mb(bytes), limit: mb(MAX_FILE_BYTES) } } : null;
}

/** An already parsed document (JSON value) as a checked, current-version file. */
export function readDocument(input: unknown): Outcome<TropaFile> {
  if (!isObject(input)) return fail([{ path: '', code: 'notTropa' }]);
  const doc = unwrapLegacyBackup(input);
  const version = detectVersion(doc);
  if (!version.ok) {
    if (version.code === 'notTropa') return fail([{ path: 'format', code: 'notTropa' }]);
    if (version.version === undefined) return fail([{ path: 'version', code: 'missing' }]);
    return fail([{ path: 'version', code: version.code, params: { version: preview(version.version) } }]);
  }
  const current = migrate(doc, version.version);
  if (current.kind === undefined) return fail([{ path: 'kind', code: 'missing' }]);
  if (!FILE_KINDS.includes(current.kind as never)) {
    return fail([{ path: 'kind', code: 'kindInvalid', params: { kind: preview(current.kind) } }]);
  }
  // Counts first: a file of 100,000 cards is refused at once, not after checking each card.
  const tooMany: Problem[] = [];
  for (const table of FILE_TABLES) {
    const records = current[table];
    if (Array.isArray(records) && records.length > MAX_RECORDS[table]) {
      tooMany.push({ path: table, code: 'tooMany', params: { count: records.length, limit: MAX_RECORDS[table] } });
    }
  }
  if (tooMany.length) return fail(tooMany);

  const parsed = fileSchema.safeParse(current);
  if (!parsed.success) {
    // A union reports its branch's problem and its own: say each problem at a path once.
    const problems = new Map(parsed.error.issues.map((issue) => issueToProblem(issue, current)).map((p) => [`${p.path}\u0000${p.code}`, p]));
    return fail([...problems.values()].slice(0, MAX_LISTED_PROBLEMS));
  }
  const file = parsed.data;
  if (file.kind === 'map' && file.maps.length !== 1) return fail([{ path: 'maps', code: 'mapCount', params: { count: file.maps.length } }]);
  if (FILE_TABLES.every((table) => file[table].length === 0)) return fail([{ path: '', code: 'nothing' }]);
  // Each map within the editor's own limits: a 5,000 x 5,000 grid is a small file but a frozen tab.
  const bigMaps: Problem[] = [];
  for (const [table, code] of PER_MAP_CHECKS) {
    const perMap = new Map<string, number>();
    for (const record of file[table]) perMap.set(record.mapId, (perMap.get(record.mapId) ?? 0) + 1);
    file.maps.forEach((map, i) => {
      const count = perMap.get(map.id) ?? 0;
      if (count > MAX_PER_MAP[table]) bigMaps.push({ path: `maps[${i}]`, code, params: { count, limit: MAX_PER_MAP[table] } });
    });
  }
  if (bigMaps.length) return fail(bigMaps.slice(0, MAX_LISTED_PROBLEMS));
  const references = checkReferences(file);
  if (references.length) return fail(references.slice(0, MAX_LISTED_PROBLEMS));
  return { ok: true, value: file };
}

/** The text of a file as a checked, current-version file. */
export function readFileText(text: string): Outcome<TropaFile> {
  if (text.length > MAX_FILE_BYTES) return fail([checkFileSize(text.length)!]);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail([{ path: '', code: 'empty' }]);
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return fail([{ path: '', code: 'notJson' }]);
  }
  return readDocument(doc);
}
