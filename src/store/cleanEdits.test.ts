// Typed and pasted text is cleaned on its way into the workspace (issue 13): a manual line
// break pasted from Word (U+000B) becomes a line break, invisible controls go, broken UTF-16
// becomes �, so every text can be saved and exported.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_MAP_ID, DEMO_PERSONA_ID } from '../domain/demo/demoWorkspace';
import { mapLanes, mapStages } from '../domain/selectors';
import { actions } from './actions';
import { workspaceStore } from './workspace';

const ws = () => workspaceStore.store.getState().workspace;

beforeEach(() => workspaceStore.load(buildDemoWorkspace('en', 0)));

describe('edits with control characters', () => {
  it('typing and pasting cards', () => {
    const stage = mapStages(ws(), DEMO_MAP_ID)[0]!;
    const lane = mapLanes(ws(), DEMO_MAP_ID).find((l) => l.kind === 'barriers')!;
    const id = actions.addCard(stage.id, lane.id, 'first\u000Bsecond')!;
    expect(ws().cards[id]!.text).toBe('first\nsecond');
    actions.updateCard(id, { text: 'typed\u0000 \uD800' }, 'first\nsecond');
    expect(ws().cards[id]!.text).toBe('typed \uFFFD');
    const [pasted] = actions.pasteCards([{ text: 'from Word\u000Bline two\u0007', color: 'none', channel: null, severity: null }], stage.id, lane.id, 0);
    expect(ws().cards[pasted!]!.text).toBe('from Word\nline two');
  });

  it('names, persona fields and hypothesis texts', () => {
    const stage = mapStages(ws(), DEMO_MAP_ID)[0]!;
    actions.renameStage(stage.id, 'Stage\u000B');
    expect(ws().stages[stage.id]!.name).toBe('Stage\n');
    actions.renameMap(DEMO_MAP_ID, 'Map\u001F\uDC00');
    expect(ws().maps[DEMO_MAP_ID]!.title).toBe('Map\uFFFD');
    actions.updatePersona(DEMO_PERSONA_ID, { quote: 'quote\u0000', age: 40 });
    expect(ws().personas[DEMO_PERSONA_ID]).toMatchObject({ quote: 'quote', age: 40 });
    const hypothesis = Object.values(ws().hypotheses)[0]!;
    actions.updateHypothesis(hypothesis.id, { statement: 'we\u000Bthink', owner: '\u0000Ann' });
    expect(ws().hypotheses[hypothesis.id]).toMatchObject({ statement: 'we\nthink', owner: 'Ann' });
  });
});
