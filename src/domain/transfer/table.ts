// A map as a spreadsheet and back: the first row names the stages (from the second column),
// the first column names the lanes (from the second row), and each line of a cell is a card.
// The top-left cell holds the map's title. Emotion lanes hold one score (-2..+2) per cell.
import { EMOTION_MAX, EMOTION_MIN, makeCard, makeLane, makeStage } from '../defaults';
import { mapLanes, mapStages, cardsByCell, cellKey } from '../selectors';
import type { Id, JourneyMap, Lane, LaneKind, Workspace } from '../types';
import { MAX_NAME, MAX_TABLE_CARDS, MAX_TABLE_CHARS, MAX_TABLE_LANES, MAX_TABLE_STAGES, MAX_TEXT } from './limits';
import { guardFormula, parseDelimited, unguardFormula } from './delimited';
import { cleanText } from '../cleanText';
import { fitName } from '../limits';
import { cellName, fail, MAX_LISTED_PROBLEMS, type Outcome, type Problem } from './problems';

export interface TableLane {
  kind: LaneKind;
  /** '' when the row named the kind by its default title: the lane then shows it in the UI language. */
  name: string;
  /** Card texts per stage (card lanes). */
  cells: string[][];
  /** Score per stage index (emotion lanes). */
  scores: (number | null)[];
}

export interface TablePlan {
  title: string;
  stages: string[];
  lanes: TableLane[];
  cardCount: number;
}

export interface TableOptions {
  /** Default lane titles in every language, e.g. ['barriers', 'Барьеры'], matched ignoring case. */
  laneTitles: ReadonlyArray<readonly [LaneKind, string]>;
  /** The name of an unnamed stage column, 1-based. */
  stageName: (n: number) => string;
  /** The title when the top-left cell is empty. */
  fallbackTitle: string;
}


const SCORE = /^[+-]?\d+$/;

/** Non-empty trimmed lines of a cell: one card each. */
function cellLines(value: string): string[] {
  return unguardFormula(value)
    .split(/\r\n|\r|\n/)
    // Cleaned after the split: a manual line break (U+000B) stays a break inside its card.
    .map((line) => cleanText(line).trim())
    .filter((line) => line !== '');
}

/** Rows of cells as a map plan, or what is wrong with them. */
export function readTable(rows: string[][], options: TableOptions): Outcome<TablePlan> {
  // Trailing empty rows and columns are what spreadsheets add around a selection.
  const filled = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (filled.length === 0) return fail([{ path: '', code: 'empty' }]);
  if (filled.length - 1 > MAX_TABLE_LANES) {
    return fail([{ path: '', code: 'tooManyLanes', params: { count: filled.length - 1, limit: MAX_TABLE_LANES } }]);
  }
  let width = 0;
  for (const row of filled) {
    let last = row.length - 1;
    while (last >= 0 && row[last]!.trim() === '') last--;
    width = Math.max(width, last + 1);
  }
  const [header, ...body] = filled;
  const stageCount = width - 1;
  if (stageCount < 1) return fail([{ path: 'B1', code: 'noStages' }]);
  if (stageCount > MAX_TABLE_STAGES) return fail([{ path: '', code: 'tooManyStages', params: { count: stageCount, limit: MAX_TABLE_STAGES } }]);
  if (body.length === 0) return fail([{ path: 'A2', code: 'noLanes' }]);

  const problems: Problem[] = [];
  const nameCell = (value: string, column: number, row: number): string => {
    const name = cleanText(unguardFormula(value)).replace(/\s+/g, ' ').trim();
    if (name.length > MAX_NAME) problems.push({ path: cellName(column, row), code: 'cellTooLong', params: { length: name.length, max: MAX_NAME } });
    return name;
  };
  const title = nameCell(header![0] ?? '', 0, 0) || options.fallbackTitle;
  const stages = Array.from({ length: stageCount }, (_, i) => nameCell(header![i + 1] ?? '', i + 1, 0) || options.stageName(i + 1));

  const kinds = new Map(options.laneTitles.map(([kind, title]) => [title.trim().toLocaleLowerCase(), kind]));
  let cardCount = 0;
  const lanes: TableLane[] = body.map((row, r) => {
    const rowIndex = r + 1;
    const label = nameCell(row[0] ?? '', 0, rowIndex);
    const kind = kinds.get(label.toLocaleLowerCase());
    const values = Array.from({ length: stageCount }, (_, i) => row[i + 1] ?? '');
    if (kind === 'emotions') {
      const texts = values.map((v) => v.trim());
      // A row of numbers in range is a curve; a row of words stays words, as notes.
      if (texts.every((v) => v === '' || (SCORE.test(v) && Number(v) >= EMOTION_MIN && Number(v) <= EMOTION_MAX))) {
        return { kind, name: '', cells: [], scores: texts.map((v) => (v === '' ? null : Number(v))) };
      }
    }
    const cells = values.map((value, i) => {
      const lines = cellLines(value);
      for (const line of lines) {
        if (line.length > MAX_TEXT) problems.push({ path: cellName(i + 1, rowIndex), code: 'cellTooLong', params: { length: line.length, max: MAX_TEXT } });
      }
      cardCount += lines.length;
      return lines;
    });
    if (kind && kind !== 'emotions') return { kind, name: '', cells, scores: [] };
    return { kind: 'text' as const, name: label, cells, scores: [] };
  });
  if (cardCount > MAX_TABLE_CARDS) problems.unshift({ path: '', code: 'tooManyCards', params: { count: cardCount, limit: MAX_TABLE_CARDS } });
  if (problems.length) return fail(problems.slice(0, MAX_LISTED_PROBLEMS));
  return { ok: true, value: { title, stages, lanes, cardCount } };
}

/** Pasted or uploaded text (CSV, TSV, Excel or Google Sheets clipboard) as a map plan. */
export function readTableText(text: string, options: TableOptions): Outcome<TablePlan> {
  if (text.length > MAX_TABLE_CHARS) {
    return fail([{ path: '', code: 'tableTooLarge', params: { size: (text.length / 1024 / 1024).toFixed(1), limit: (MAX_TABLE_CHARS / 1024 / 1024).toFixed(1) } }]);
  }
  if (text.replace(/^\ufeff/, '').trim() === '') return fail([{ path: '', code: 'empty' }]);
  const parsed = parseDelimited(text);
  if (!parsed.ok) return fail([{ path: `A${parsed.unclosedQuoteRow}`, code: 'unclosedQuote', params: { row: parsed.unclosedQuoteRow } }]);
  return readTable(parsed.rows, options);
}

export interface TableMapOptions {
  newId: () => Id;
  now: number;
  renamed: (title: string, attempt: number) => string;
}

/** The store step of a table import: a new map with the plan's stages, lanes and cards. */
export function createMapFromTable(ws: Workspace, plan: TablePlan, options: TableMapOptions): JourneyMap {
  const { newId, now } = options;
  const titles = new Set(Object.values(ws.maps).map((m) => m.title.toLocaleLowerCase()));
  let title = plan.title;
  for (let attempt = 1; titles.has(title.toLocaleLowerCase()); attempt++) title = fitName(plan.title, (base) => options.renamed(base, attempt));
  const map: JourneyMap = { id: newId(), title, segmentId: null, personaId: null, createdAt: now, updatedAt: now };
  ws.maps[map.id] = map;
  const stageIds = plan.stages.map((name, order) => {
    const stage = makeStage(map.id, newId(), name, order);
    ws.stages[stage.id] = stage;
    return stage.id;
  });
  plan.lanes.forEach((tableLane, order) => {
    const lane = makeLane(map.id, newId(), tableLane.kind, order, tableLane.name);
    tableLane.scores.forEach((score, i) => {
      if (score !== null) lane.scores[stageIds[i]!] = score;
    });
    ws.lanes[lane.id] = lane;
    tableLane.cells.forEach((texts, i) => {
      texts.forEach((text, position) => {
        const card = makeCard({ id: newId(), mapId: map.id, stageId: stageIds[i]!, laneId: lane.id, text, order: position });
        ws.cards[card.id] = card;
      });
    });
  });
  return map;
}

/**
 * A map as rows of cells, the same shape `readTable` reads. A card's own line breaks become
 * spaces: in the table every line is a card.
 */
export function mapToTable(ws: Workspace, mapId: Id, laneTitle: (lane: Lane) => string): string[][] {
  const map = ws.maps[mapId];
  if (!map) throw new Error(`Map ${mapId} does not exist`);
  const stages = mapStages(ws, mapId);
  const cells = cardsByCell(Object.values(ws.cards), mapId);
  const rows: string[][] = [[guardFormula(map.title), ...stages.map((s) => guardFormula(s.name))]];
  for (const lane of mapLanes(ws, mapId)) {
    if (lane.kind === 'emotions') {
      rows.push([guardFormula(laneTitle(lane)), ...stages.map((s) => (lane.scores[s.id] === undefined ? '' : String(lane.scores[s.id])))]);
      continue;
    }
    rows.push([
      guardFormula(laneTitle(lane)),
      ...stages.map((s) =>
        guardFormula((cells.get(cellKey(s.id, lane.id)) ?? []).map((card) => card.text.replace(/\s*[\r\n]+\s*/g, ' ').trim()).join('\n')),
      ),
    ]);
  }
  return rows;
}
