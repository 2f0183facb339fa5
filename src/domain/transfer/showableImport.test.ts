// Issue 13: values that passed the import and then broke a page or an export. Texts with
// control characters or broken UTF-16 are cleaned on the way in (nothing visible is lost);
// times a Date cannot hold are refused, naming the field.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MAP_ID } from '../demo/demoWorkspace';
import { translate } from '../../i18n/translate';
import { MAX_TIME_MS } from '../showableTime';
import { exportMap, fileToJson, readFileText, readTableText } from './index';
import { LANE_TITLES, richWorkspace } from './testData';

type Doc = any;
let validText = '';
const fresh = (): Doc => JSON.parse(validText);

beforeAll(async () => {
  validText = fileToJson(await exportMap(richWorkspace(), DEMO_MAP_ID));
});

describe('hostile values in a Tropa file', () => {
  it('cleans control characters and lone surrogates out of every kind of text', () => {
    const doc = fresh();
    doc.cards[0].text = 'line\u000Bbreak\u0000 and \uD800';
    doc.maps[0].title = 'Title\u0007';
    doc.stages[0].name = 'Stage\u001B';
    doc.personas[0].quote = '\uDC00quote';
    doc.hypotheses[0].statement = 'we\u000Bthink';
    doc.channels[0].name = 'Fair\uFFFF';
    const read = readFileText(JSON.stringify(doc));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const file = read.value;
    expect(file.cards[0]!.text).toBe('line\nbreak and \uFFFD');
    expect(file.maps[0]!.title).toBe('Title');
    expect(file.stages[0]!.name).toBe('Stage');
    expect(file.personas[0]!.quote).toBe('\uFFFDquote');
    expect(file.hypotheses[0]!.statement).toBe('we\nthink');
    expect(file.channels[0]!.name).toBe('Fair\uFFFD');
  });

  it('refuses a channel name that is only control characters: nothing would be left of it', () => {
    const doc = fresh();
    doc.channels[0].name = '\u0000\u0001';
    const read = readFileText(JSON.stringify(doc));
    expect(read.ok ? [] : read.problems).toEqual([{ path: 'channels[0].name', code: 'emptyText' }]);
  });

  it('refuses times a Date cannot hold, naming each, in plain words, and takes those at its very edges', () => {
    const doc = fresh();
    doc.hypotheses[0].createdAt = 1e300;
    doc.hypotheses[0].updatedAt = 9e15;
    doc.hypotheses[0].history[0].at = -9e15;
    doc.segments[0].updatedAt = MAX_TIME_MS + 1;
    const read = readFileText(JSON.stringify(doc));
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems;
    expect(problems.map((p) => `${p.path} ${p.code}`).sort()).toEqual([
      'hypotheses[0].createdAt badTime',
      'hypotheses[0].history[0].at badTime',
      'hypotheses[0].updatedAt badTime',
      'segments[0].updatedAt badTime',
    ]);
    expect(translate('en', 'transfer.problem.badTime')).toMatch(/calendar/);

    // Only what cannot be shown is refused: the edges of the range, and of four-digit years, pass.
    const edges = fresh();
    edges.hypotheses[0].updatedAt = MAX_TIME_MS;
    edges.hypotheses[0].history[0].at = -MAX_TIME_MS;
    edges.hypotheses[0].plannedStart = '0100-01-01';
    edges.hypotheses[0].plannedEnd = '9999-12-31';
    expect(readFileText(JSON.stringify(edges)).ok).toBe(true);
  });
});

describe('hostile values in a table', () => {
  it('keeps a manual line break inside its card and drops other control characters from cards and names', () => {
    const read = readTableText('Map\u0000,Stage\u000B1\nBarriers,"one\u000Btwo\nthree\u0001\n\u0000"', {
      laneTitles: LANE_TITLES,
      stageName: (n) => `Stage ${n}`,
      fallbackTitle: 'Pasted table',
    });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value.title).toBe('Map');
    expect(read.value.stages).toEqual(['Stage 1']);
    expect(read.value.lanes[0]!.cells).toEqual([['one\ntwo', 'three']]);
  });
});
