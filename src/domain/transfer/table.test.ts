import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_MAP_ID } from '../demo/demoWorkspace';
import { mapLanes, mapStages } from '../selectors';
import type { Lane } from '../types';
import { createWorkspaceStore } from '../../store/workspaceStore';
import { importTableText } from '../../store/importActions';
import { en } from '../../i18n/en';
import { detectDelimiter, parseDelimited, serialiseDelimited } from './delimited';
import { MAX_TABLE_CARDS, MAX_TABLE_LANES, MAX_TABLE_STAGES } from './limits';
import { mapToTable, readTableText, type TablePlan } from './table';
import { LANE_TITLES } from './testData';

const options = {
  laneTitles: LANE_TITLES,
  stageName: (n: number) => `Stage ${n}`,
  fallbackTitle: 'Pasted table',
  renamed: (title: string, n: number) => `${title} (imported${n > 1 ? ` ${n}` : ''})`,
};
const laneTitle = (lane: Lane) => lane.name || en[`lane.kind.${lane.kind}`];

function plan(text: string): TablePlan {
  const result = readTableText(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function problems(text: string) {
  const result = readTableText(text, options);
  if (result.ok) throw new Error('expected the table to be refused');
  return result.problems.map((p) => `${p.path}:${p.code}`);
}

describe('delimited text', () => {
  it('reads quoted fields with delimiters, quotes and line breaks, CRLF and a BOM', () => {
    const text = '\ufeffa,"b, with comma","say ""hi"""\r\n"two\r\nlines",,x\r\n';
    expect(parseDelimited(text)).toEqual({
      ok: true,
      delimiter: ',',
      rows: [
        ['a', 'b, with comma', 'say "hi"'],
        ['two\r\nlines', '', 'x'],
      ],
    });
  });

  it('detects the delimiter from the first row, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,5;2,5;3')).toBe(';');
    expect(detectDelimiter('a\tb, c\tc')).toBe('\t');
    expect(detectDelimiter('"a;b";"c;d",e,f')).toBe(',');
    expect(detectDelimiter('just one cell')).toBe(',');
  });

  it('reports an unclosed quote with its row', () => {
    expect(parseDelimited('a,b\nc,"never closed\nd,e')).toEqual({ ok: false, unclosedQuoteRow: 2 });
  });

  it('keeps stray quotes inside unquoted fields, as spreadsheets do', () => {
    expect(parseDelimited('5" screen,ok\n')).toMatchObject({ rows: [['5" screen', 'ok']] });
  });

  it('writes what it reads, for any cells and each delimiter (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'б', ' ', ',', ';', '\t', '"', '\n', '\r\n', 'x', "'", '=') });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })),
        fc.constantFrom(',' as const, ';' as const, '\t' as const),
        (rows, delimiter) => {
          const parsed = parseDelimited(serialiseDelimited(rows, delimiter), delimiter);
          expect(parsed).toEqual({ ok: true, delimiter, rows });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('tables as maps', () => {
  it('reads stages from the first row and lanes from the first column, one card per line', () => {
    const result = plan('Road trip\tLook\tBuy\nbarriers\t"Too far\nNo price"\t\nЦЕЛИ КЛИЕНТА\tFind a car\tPay\nMy own lane\t\tnote\n');
    expect(result.title).toBe('Road trip');
    expect(result.stages).toEqual(['Look', 'Buy']);
    expect(result.lanes).toEqual([
      { kind: 'barriers', name: '', cells: [['Too far', 'No price'], []], scores: [] },
      { kind: 'customerGoals', name: '', cells: [['Find a car'], ['Pay']], scores: [] },
      { kind: 'text', name: 'My own lane', cells: [[], ['note']], scores: [] },
    ]);
    expect(result.cardCount).toBe(5);
  });

  it('reads an emotion row of numbers as scores, and a row of words as notes', () => {
    expect(plan(',A,B,C\nEmotions,-2,,+1\n').lanes).toEqual([{ kind: 'emotions', name: '', cells: [], scores: [-2, null, 1] }]);
    expect(plan(',A,B\nЭмоции,плохо,1\n').lanes[0]).toMatchObject({ kind: 'text', name: 'Эмоции', cells: [['плохо'], ['1']] });
  });

  it('names unnamed stages, uses a fallback title and drops the empty edges spreadsheets add', () => {
    const result = plan(';Look;;\r\nActions;a;b;\r\n;;;\r\n');
    expect(result).toMatchObject({ title: 'Pasted table', stages: ['Look', 'Stage 2'] });
    expect(result.lanes).toHaveLength(1);
  });

  it('strips the apostrophe that kept a formula from running, and writes it back', () => {
    expect(plan(",A\nNotes,'=HYPERLINK(\"x\")\n").lanes[0]!.cells).toEqual([['=HYPERLINK("x")']]);
    const store = createWorkspaceStore();
    const result = importTableText(",A\nNotes,'=1+1\n", options, store);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(mapToTable(store.store.getState().workspace, result.value.mapId, laneTitle)[1]).toEqual(['Notes', "'=1+1"]);
  });

  it('explains what is wrong', () => {
    expect(problems('')).toEqual([':empty']);
    expect(problems(' \n\t\n')).toEqual([':empty']);
    expect(problems('only\none\ncolumn')).toEqual(['B1:noStages']);
    expect(problems('x,Stage 1,Stage 2')).toEqual(['A2:noLanes']);
    expect(problems('x,"open\nActions,a')).toEqual(['A1:unclosedQuote']);
    expect(problems(`x${',s'.repeat(MAX_TABLE_STAGES + 1)}\nActions,a`)).toEqual([':tooManyStages']);
    expect(problems(`x,s\n${'Actions,a\n'.repeat(MAX_TABLE_LANES + 1)}`)).toEqual([':tooManyLanes']);
    const lines = Array.from({ length: MAX_TABLE_CARDS / 2 + 1 }, (_, i) => `card ${i}`).join('\n');
    expect(problems(`x,a,b\nActions,"${lines}","${lines}"`)).toEqual([':tooManyCards']);
    expect(problems(`x,a\nActions,${'y'.repeat(20_001)}`)).toEqual(['B2:cellTooLong']);
    expect(problems(`${'t'.repeat(501)},a\nActions,b`)).toEqual(['A1:cellTooLong']);
    expect(problems(`x,a\nActions,${'y'.repeat(10 * 1024 * 1024)}`)).toEqual([':tableTooLarge']);
  });

  it('round-trips the demo map: export, import, export again gives the same table', () => {
    for (const language of ['en', 'ru'] as const) {
      const ws = buildDemoWorkspace(language, 1);
      const store = createWorkspaceStore();
      store.load(ws);
      const exported = mapToTable(ws, DEMO_MAP_ID, laneTitle);
      const text = serialiseDelimited(exported);
      const result = importTableText(text, options, store);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const after = store.store.getState().workspace;
      expect(after.maps[result.value.mapId]!.title).toBe(`${ws.maps[DEMO_MAP_ID]!.title} (imported)`);
      const again = mapToTable(after, result.value.mapId, laneTitle);
      expect(again.slice(1)).toEqual(exported.slice(1));
      expect(mapStages(after, result.value.mapId).map((s) => s.name)).toEqual(mapStages(ws, DEMO_MAP_ID).map((s) => s.name));
      expect(mapLanes(after, result.value.mapId).map((l) => l.kind)).toEqual(mapLanes(ws, DEMO_MAP_ID).map((l) => l.kind));
      const texts = (mapId: string) => Object.values(store.store.getState().workspace.cards).filter((c) => c.mapId === mapId).map((c) => c.text).sort();
      expect(texts(result.value.mapId)).toEqual(texts(DEMO_MAP_ID));
      // One undo step removes the whole new map.
      store.undo();
      expect(store.store.getState().workspace).toEqual(ws);
    }
  });

  it('writes a multi-line card as one line, so it stays one card', () => {
    const store = createWorkspaceStore();
    const result = importTableText(',A\nActions,x\n', options, store);
    if (!result.ok) throw new Error('import failed');
    const ws = store.store.getState().workspace;
    const card = Object.values(ws.cards)[0]!;
    store.apply((draft) => {
      draft.cards[card.id]!.text = 'first\nsecond';
    });
    expect(mapToTable(store.store.getState().workspace, result.value.mapId, laneTitle)[1]).toEqual(['Actions', 'first second']);
  });
});
