// Whatever a hostile file brings past the import can be shown and exported (issue 13). The
// corpus of domain/transfer/hostileValues.ts (hostile.test.ts checks the import itself) is
// imported; then each hypothesis's dates are formatted as the hypotheses table and page show
// them, the table goes out as CSV, and each imported map is built as the picture's DOM and
// encoded the way html-to-image encodes it for the SVG and PNG exports: XML that parses, in a
// data: URL that encodeURIComponent could write.
import fc from 'fast-check';
import { nodeToDataURL } from 'html-to-image/lib/util';
import { produce } from 'immer';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MAP_ID, DEMO_PERSONA_ID } from '../../domain/demo/demoWorkspace';
import { hypothesisRows } from '../../domain/hypotheses/table';
import { NO_DATE } from '../../domain/showableTime';
import { exportMap, fileToJson } from '../../domain/transfer';
import { hostileFiles, hostileText } from '../../domain/transfer/hostileValues';
import { richWorkspace } from '../../domain/transfer/testData';
import type { Id, Workspace } from '../../domain/types';
import { translate } from '../../i18n/translate';
import type { T } from '../../i18n/useT';
import { importFileText } from '../../store/importActions';
import { createWorkspaceStore, type WorkspaceStore } from '../../store/workspaceStore';
import { formatDate, formatPp } from '../hypotheses/format';
import { hypothesesCsv } from '../hypotheses/hypothesesCsv';
import { buildExportDom, type ExportLook } from './buildExportDom';
import { exportModel } from './exportModel';

const t: T = (key, params) => translate('en', key, params);
const look: ExportLook = { title: true, date: true, persona: true, legend: true, transparent: false, photoUrl: null, now: new Date(2026, 10, 25) };
const naming = { renamed: (title: string, n: number) => `${title} (imported ${n})` };

afterEach(() => document.querySelectorAll('.xp-host').forEach((host) => host.remove()));

/** The picture of a map as the SVG file's text; throws where html-to-image would (URIError). */
async function exportedSvg(ws: Workspace, mapId: Id): Promise<string> {
  const { root, dispose } = buildExportDom(exportModel(ws, mapId, { kind: 'map' }, t, 'en'), look);
  try {
    // html-to-image's last step for toSvg and toPng: the node in a foreignObject, serialised, URI-encoded.
    const url = await nodeToDataURL(root.cloneNode(true) as HTMLElement, 100, 100);
    // What renderImage writes into the .svg file.
    return decodeURIComponent(url.slice(url.indexOf(',') + 1));
  } finally {
    dispose();
  }
}

/** The XML parser's complaint about `svg`, or null when it is well-formed. */
function xmlError(svg: string): string | null {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
}

/** Every date the hypotheses table and a hypothesis page show, and the table's CSV. */
function showHypotheses(ws: Workspace): void {
  for (const language of ['en', 'ru'] as const) {
    const rows = hypothesisRows(ws);
    for (const row of rows) {
      if (row.plannedStart) expect(formatDate(row.plannedStart, language)).not.toBe(NO_DATE);
      expect(formatDate(row.updatedAt, language)).not.toBe(NO_DATE);
      if (row.analysis) formatPp(row.analysis.difference, t, language);
    }
    hypothesesCsv(rows, t, language);
    for (const h of Object.values(ws.hypotheses)) {
      for (const change of h.history) expect(formatDate(change.at, language)).not.toBe(NO_DATE);
      for (const reading of h.readings) expect(formatDate(reading.date, language)).not.toBe(NO_DATE);
    }
  }
}

let validText = '';
let store: WorkspaceStore;

beforeAll(async () => {
  const workspace = richWorkspace();
  validText = fileToJson(await exportMap(workspace, DEMO_MAP_ID));
  store = createWorkspaceStore();
  store.load(workspace);
});

describe('what a hostile file brings in', () => {
  it('shows on the hypotheses table and page, and exports as an SVG that parses', async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(hostileFiles(validText), async (file) => {
        const result = importFileText(file.text, naming, store);
        if (!result.ok) return;
        try {
          const ws = store.store.getState().workspace;
          showHypotheses(ws);
          for (const mapId of result.value.mapIds) expect(xmlError(await exportedSvg(ws, mapId))).toBeNull();
          rendered++;
        } finally {
          store.undo();
        }
      }),
      { numRuns: 60 },
    );
    expect(rendered).toBeGreaterThan(10);
    // Each accepted file is a whole import and a picture: give a busy machine time for them.
  }, 120_000);
});

describe('the picture', () => {
  it('encodes any text the board can hold, even one saved before texts were cleaned', async () => {
    const base = richWorkspace();
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 6, maxLength: 6 }), async ([cardText, stage, title, lane, persona, channel]) => {
        // Written straight into the workspace, as an old database or another tab could hold it.
        const ws = produce(base, (draft) => {
          const card = Object.values(draft.cards).find((c) => c.mapId === DEMO_MAP_ID && c.channel === 'chan-1')!;
          card.text = cardText!;
          Object.values(draft.stages).find((s) => s.mapId === DEMO_MAP_ID)!.name = stage!;
          draft.maps[DEMO_MAP_ID]!.title = title!;
          Object.values(draft.lanes).find((l) => l.mapId === DEMO_MAP_ID && l.kind === 'barriers')!.name = lane!;
          Object.assign(draft.personas[DEMO_PERSONA_ID]!, { name: persona, quote: persona, goals: persona });
          draft.channels['chan-1']!.name = channel!;
        });
        const svg = await exportedSvg(ws, DEMO_MAP_ID);
        expect(xmlError(svg)).toBeNull();
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('keeps a manual line break (U+000B) as a line break and shows a broken character as �', async () => {
    const ws = produce(richWorkspace(), (draft) => {
      Object.values(draft.cards).find((c) => c.mapId === DEMO_MAP_ID)!.text = 'first\u000Bsecond\u0000 \uD800end';
    });
    const svg = await exportedSvg(ws, DEMO_MAP_ID);
    expect(xmlError(svg)).toBeNull();
    expect(svg).toContain('first\nsecond \uFFFDend');
  });
});
