import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, test, waitSaved } from './fixtures';

// A workspace saved by an earlier Tropa must open intact in this one. The fixture is a real
// workspace made through the UI of the Tropa that stored the database as Dexie schema version 2
// (IndexedDB version 20, one row per record): the demo workspace, a persona with a photo, a card
// on a channel added to the library, a linked barrier and recommendation, a hypothesis made from
// that recommendation with readings, a renamed lane, a hidden lane, a renamed stage. The test puts
// exactly that database in a fresh browser profile before Tropa ever runs there, then checks the
// workspace through the UI, after a reload, and in the workspace backup Tropa exports.

type Row = Record<string, any>;
interface StoreDefinition {
  keyPath: string;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string; unique: boolean; multiEntry: boolean }[];
}
interface Fixture {
  name: string;
  version: number;
  stores: Record<string, StoreDefinition>;
  /** Raw IndexedDB rows; a Blob is {"$blob": base64, "type": mime}. */
  rows: Record<string, Row[]>;
}

const FIXTURE: Fixture = JSON.parse(readFileSync(new URL('./files/workspace-v2.json', import.meta.url), 'utf8'));
const rows = FIXTURE.rows;
const TABLES = ['segments', 'personas', 'maps', 'stages', 'lanes', 'cards', 'links', 'hypotheses', 'channels'] as const;

const byOrder = (a: Row, b: Row) => a.order - b.order;
const ofMap = (table: string, mapId: string) => rows[table]!.filter((r) => r.mapId === mapId);
const segmentOf = (id: string | null) => rows.segments!.find((s) => s.id === id);
const personaOf = (id: string | null) => rows.personas!.find((p) => p.id === id);
const mapOf = (id: string | null) => rows.maps!.find((m) => m.id === id);
const stageOf = (id: string | null) => rows.stages!.find((s) => s.id === id);
const channelOf = (id: string | null) => rows.channels!.find((c) => c.id === id);
const number = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n);

/**
 * From a page of the app's origin that does not run the app, create the database exactly as
 * the old Tropa left it: its stores and indexes at its IndexedDB version, and its rows.
 */
async function installOldDatabase(page: Page): Promise<void> {
  await page.goto('/favicon.svg');
  const stored = await page.evaluate(
    (fixture) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const decode = (value: unknown): unknown => {
          if (Array.isArray(value)) return value.map(decode);
          if (value && typeof value === 'object') {
            const blob = value as { $blob?: string; type?: string };
            if (typeof blob.$blob === 'string') {
              const binary = atob(blob.$blob);
              return new Blob([Uint8Array.from(binary, (c) => c.charCodeAt(0))], { type: blob.type ?? '' });
            }
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
          }
          return value;
        };
        const request = indexedDB.open(fixture.name, fixture.version);
        request.onblocked = () => reject(new Error('the database is held open'));
        request.onerror = () => reject(request.error);
        request.onupgradeneeded = (event) => {
          // Nothing may be there yet: not a database the app made itself.
          if (event.oldVersion !== 0) {
            request.transaction!.abort();
            reject(new Error(`a database of version ${event.oldVersion} was already there`));
            return;
          }
          for (const [name, def] of Object.entries(fixture.stores)) {
            const store = request.result.createObjectStore(name, { keyPath: def.keyPath, autoIncrement: def.autoIncrement });
            for (const index of def.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
          }
        };
        request.onsuccess = () => {
          const db = request.result;
          const names = Object.keys(fixture.rows);
          const tx = db.transaction(names, 'readwrite');
          for (const name of names) for (const row of fixture.rows[name]!) tx.objectStore(name).add(decode(row));
          tx.oncomplete = () => {
            // Read back what landed, then let go of the database so that the app can open it.
            const check = db.transaction(names, 'readonly');
            const counts: Record<string, number> = {};
            for (const name of names) check.objectStore(name).count().onsuccess = (e) => (counts[name] = (e.target as IDBRequest<number>).result);
            check.oncomplete = () => {
              db.close();
              resolve(counts);
            };
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    FIXTURE,
  );
  expect(stored).toEqual(Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length])));
}

/** The map list: exactly the saved maps, each with its segment and its stage and card counts. */
async function checkMapsList(page: Page) {
  await page.getByRole('link', { name: 'Maps', exact: true }).click();
  await expect(page.locator('.map-row')).toHaveCount(rows.maps!.length);
  for (const map of rows.maps!) {
    const row = page.locator('.map-row').filter({ has: page.getByRole('link', { name: `Open map ${map.title}`, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(`${ofMap('stages', map.id).length} stages · ${ofMap('cards', map.id).length} cards`);
    const segment = segmentOf(map.segmentId);
    if (segment) await expect(row).toContainText(`Segment: ${segment.name}`);
  }
}

/** What the board should show of a map, lane by lane (visible lanes only) and stage by stage. */
function expectedBoard(mapId: string) {
  const stages = ofMap('stages', mapId).sort(byOrder);
  const cards = ofMap('cards', mapId);
  const answered = new Set(ofMap('links', mapId).map((l) => l.toCardId));
  const nonEmpty = expect.stringMatching(/\S/);
  return {
    stages: stages.map((s) => ({ name: s.name, alignment: s.goalAlignment })),
    lanes: ofMap('lanes', mapId)
      .filter((l) => !l.hidden)
      .sort(byOrder)
      .map((lane) => ({
        kind: lane.kind,
        // An empty name shows the default title of the lane's kind.
        title: lane.name.trim() || nonEmpty,
        emotions: lane.kind === 'emotions' ? stages.map((s) => lane.scores[s.id] ?? null) : [],
        cells:
          lane.kind === 'emotions'
            ? []
            : stages.map((stage) =>
                cards
                  .filter((c) => c.stageId === stage.id && c.laneId === lane.id)
                  .sort(byOrder)
                  .map((c) => ({
                    text: c.text,
                    color: c.color,
                    // A built-in channel shows its label; a library channel its name.
                    channel: c.channel === null ? null : (channelOf(c.channel)?.name ?? nonEmpty),
                    severity: c.severity,
                    unanswered: lane.kind === 'barriers' && !answered.has(c.id),
                    hypotheses: rows
                      .hypotheses!.filter((h) => h.recommendationCardId === c.id)
                      .map((h) => expect.stringContaining(`“${h.title}”`)),
                  })),
              ),
      })),
  };
}

/** The board as it is on screen, in the same shape. */
function boardOnScreen(page: Page) {
  return page.locator('.board').evaluate((board) => {
    const classWith = (el: Element, prefix: string, not: string[] = []) =>
      [...el.classList].find((c) => c.startsWith(prefix) && !not.includes(c))?.slice(prefix.length) ?? null;
    return {
      stages: [...board.querySelectorAll('.stage-header')].map((header) => ({
        name: header.querySelector('.stage-name')?.textContent ?? null,
        alignment: header.querySelector('.goal-conflict') ? 'conflict' : header.querySelector('.goal-aligned') ? 'aligned' : 'unknown',
      })),
      lanes: [...board.querySelectorAll('.board-row')]
        .filter((row) => row.querySelector('.lane-header'))
        .map((row) => ({
          kind: classWith(row.querySelector('.lane-header')!, 'lane-', ['lane-header']),
          title: row.querySelector('.lane-name')?.textContent ?? null,
          emotions: [...row.querySelectorAll('[role="slider"]')].map((s) => (s.hasAttribute('aria-valuenow') ? Number(s.getAttribute('aria-valuenow')) : null)),
          cells: [...row.querySelectorAll('[role="list"].cell')].map((cell) =>
            [...cell.querySelectorAll('.card')].map((card) => ({
              text: card.getAttribute('aria-label'),
              color: classWith(card, 'card-', ['card-more', 'card-text']),
              channel: card.querySelector('.chip.channel')?.textContent ?? null,
              severity: card.querySelector('.chip.severity') ? classWith(card.querySelector('.chip.severity')!, 'severity-') : null,
              unanswered: card.querySelector('.chip.unanswered') !== null,
              hypotheses: [...card.querySelectorAll('a.hypothesis-badge')].map((a) => a.getAttribute('aria-label')),
            })),
          ),
        })),
    };
  });
}

/** Open each map from the list: title, segment and persona, every stage, lane and card in its place, the links. */
async function checkMaps(page: Page) {
  for (const map of rows.maps!) {
    await page.getByRole('link', { name: 'Maps', exact: true }).click();
    await page.getByRole('link', { name: `Open map ${map.title}`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(map.title);
    const segment = segmentOf(map.segmentId);
    const persona = personaOf(map.personaId);
    if (segment) await expect(page.getByRole('combobox', { name: 'Segment of this map' }).locator('option:checked')).toHaveText(segment.name);
    if (persona) await expect(page.getByRole('combobox', { name: 'Persona of this map' }).locator('option:checked')).toHaveText(persona.name);
    await expect(page.locator('.stage-name')).toHaveText(ofMap('stages', map.id).sort(byOrder).map((s) => s.name));
    await expect.poll(() => boardOnScreen(page), { message: `the board of “${map.title}”` }).toEqual(expectedBoard(map.id));
    // Every card of the map is on the board (none in a hidden lane here).
    const hidden = new Set(ofMap('lanes', map.id).filter((l) => l.hidden).map((l) => l.id));
    expect(ofMap('cards', map.id).filter((c) => hidden.has(c.laneId))).toEqual([]);
    await expect(page.locator('.board .card')).toHaveCount(ofMap('cards', map.id).length);
    if (hidden.size) await expect(page.getByRole('button', { name: `Hidden lanes: ${hidden.size}` })).toBeVisible();
    await expect(page.locator('.link-path')).toHaveCount(ofMap('links', map.id).length);
    // Channels of the library are offered by the channel filter.
    const custom = [...new Set(ofMap('cards', map.id).map((c) => channelOf(c.channel)?.name).filter(Boolean))];
    for (const name of custom) {
      await expect(page.getByRole('combobox', { name: 'Highlight a channel' }).locator('option', { hasText: name })).toHaveCount(1);
    }
  }
}

/** Segments by rank with their share and maps; each persona's fields, and its photo, byte for byte. */
async function checkSegments(page: Page) {
  await page.getByRole('link', { name: 'Segments' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Segments and personas');
  const segments = [...rows.segments!].sort((a, b) => a.rank - b.rank);
  await expect(page.locator('.segment-main h2')).toHaveText(segments.map((s) => s.name));
  for (const segment of segments) {
    const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: segment.name, exact: true }) });
    if (segment.revenueShare !== null) await expect(row).toContainText(`${segment.revenueShare}% of revenue`);
    for (const map of rows.maps!.filter((m) => m.segmentId === segment.id)) {
      await expect(row.getByRole('link', { name: `Open map ${map.title}`, exact: true })).toBeVisible();
    }
    const personas = rows.personas!.filter((p) => p.segmentId === segment.id);
    await expect(row.getByRole('article')).toHaveCount(personas.length);
    for (const persona of personas) {
      const article = row.getByRole('article', { name: persona.name, exact: true });
      await expect(article).toBeVisible();
      if (persona.quote) await expect(article.locator('blockquote')).toHaveText(persona.quote);
      const photo = article.getByRole('img', { name: `Photo of ${persona.name}` });
      if (persona.photo) {
        await expect(photo).toBeVisible();
        await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.naturalHeight > 0)).toBe(true);
        const shown = await photo.evaluate(async (img: HTMLImageElement) => {
          const blob = await (await fetch(img.src)).blob();
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          return btoa(binary);
        });
        expect(shown, `the photo of ${persona.name}`).toBe(persona.photo.$blob);
      } else {
        await expect(photo).toHaveCount(0);
      }
      // Every field, as the edit form shows it.
      await row.getByRole('button', { name: `Edit persona ${persona.name}`, exact: true }).click();
      const form = page.getByRole('dialog', { name: `Edit persona ${persona.name}` });
      const fields: [string, string][] = [
        ['Name', persona.name],
        ['Age', persona.age?.toString() ?? ''],
        ['Gender', persona.gender],
        ['City', persona.city],
        ['Monthly income', persona.monthlyIncome?.toString() ?? ''],
        ['Currency', persona.currency],
        ['Interests and hobbies', persona.interests],
        ['Online behaviour (networks, sites)', persona.onlineBehaviour],
        ['Habits and brand loyalties', persona.habits],
        ['Goals', persona.goals],
        ['Pains', persona.pains],
        ['In their own words', persona.quote],
        ['Notes', persona.notes],
      ];
      for (const [label, value] of fields) await expect(form.getByLabel(label, { exact: true }), label).toHaveValue(value);
      await form.getByRole('button', { name: 'Cancel' }).click();
      await expect(form).toHaveCount(0);
    }
  }
}

/** The hypotheses board, then each hypothesis: where it comes from, its status history and readings. */
async function checkHypotheses(page: Page) {
  await page.getByRole('link', { name: 'Hypotheses', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'shown' })).toHaveText(`${rows.hypotheses!.length} shown`);
  for (const h of rows.hypotheses!) {
    await expect(page.getByRole('combobox', { name: `Status of ${h.title}`, exact: true })).toHaveValue(h.status);
  }
  for (const h of rows.hypotheses!) {
    await page.getByRole('link', { name: 'Hypotheses', exact: true }).click();
    await page.getByRole('link', { name: `Open hypothesis ${h.title}`, exact: true }).click();
    await expect(page.getByLabel('Hypothesis title')).toHaveValue(h.title);
    await expect(page.getByLabel(/^Statement/)).toHaveValue(h.statement);
    await expect(page.getByLabel('Owner', { exact: true })).toHaveValue(h.owner);
    await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue(h.status);
    await expect(page.getByRole('list', { name: 'Status history' }).getByRole('listitem')).toHaveCount(h.history.length);
    const source = page.getByRole('region', { name: 'Where it comes from' });
    const map = mapOf(h.mapId);
    if (map) await expect(source.getByRole('link', { name: map.title, exact: true })).toBeVisible();
    const stage = stageOf(h.stageId);
    if (stage) await expect(source).toContainText(stage.name);
    if (h.plan?.customersPerWeek != null) await expect(page.getByLabel('Customers per week (both groups)')).toHaveValue(String(h.plan.customersPerWeek));
    const table = page.getByRole('table', { name: 'Readings' });
    await expect(table.getByRole('row')).toHaveCount(h.readings.length + 1);
    const arm = { control: 'Control', treatment: 'Treatment' } as Record<string, string>;
    await expect(table.locator('tbody tr td:nth-child(2)')).toHaveText(h.readings.map((r: Row) => arm[r.arm]!));
    await expect(table.locator('tbody tr td:nth-child(3)')).toHaveText(h.readings.map((r: Row) => number(r.users)));
    await expect(table.locator('tbody tr td:nth-child(4)')).toHaveText(h.readings.map((r: Row) => number(r.conversions)));
    if (new Set(h.readings.map((r: Row) => r.arm)).size === 2) await expect(page.getByRole('status', { name: 'Verdict' })).toContainText('Treatment converts');
  }
}

/** A fixture row as the workspace backup writes it. */
function asExported(table: string, row: Row): Row {
  if (table === 'personas') return { ...row, photo: row.photo ? `data:${row.photo.type};base64,${row.photo.$blob}` : null };
  if (table === 'lanes') {
    const scores = Object.entries(row.scores as Record<string, number>).map(([stageId, score]) => ({ stageId, score }));
    return { ...row, scores: scores.sort((a, b) => a.stageId.localeCompare(b.stageId)) };
  }
  return row;
}

/** The backup Tropa writes holds every record of the fixture, field by field, and nothing else. */
async function checkBackup(page: Page) {
  await page.getByRole('link', { name: 'Maps', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export workspace (JSON)' }).click()]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'tropa', kind: 'workspace' });
  for (const table of TABLES) {
    const exported = new Map<string, Row>((file[table] as Row[]).map((r) => [r.id, r]));
    expect([...exported.keys()].sort(), table).toEqual(rows[table]!.map((r) => r.id).sort());
    for (const row of rows[table]!) {
      const got = exported.get(row.id)!;
      if (table === 'lanes') got.scores = [...got.scores].sort((a: Row, b: Row) => a.stageId.localeCompare(b.stageId));
      expect(got, `${table} ${row.id}`).toMatchObject(asExported(table, row));
    }
  }
}

async function checkWorkspace(page: Page) {
  await checkMapsList(page);
  await checkMaps(page);
  await checkSegments(page);
  await checkHypotheses(page);
  await checkBackup(page);
}

test('a workspace saved by the Dexie version-2 Tropa opens intact, stays intact after a reload, and exports whole', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await installOldDatabase(page);

  await openApp(page, '/#/maps');
  await checkWorkspace(page);
  // Whatever the opening wrote is on disk before the reload.
  await waitSaved(page);

  await page.reload();
  await expect(page.locator('.app-header')).toBeVisible();
  await checkWorkspace(page);
  await waitSaved(page);
  expect(errors).toEqual([]);
});
