// The limits every map lives within (src/domain/limits.ts): a map at the caps still opens
// promptly, and the editor refuses to go past them with a message.
import { expect, openApp, test } from './fixtures';

const STAGES = 200;
const LANES = 100;

/** A version-1 map file at the caps: 200 stages x 100 lanes and a few cards. */
function cappedMapFile(): string {
  const mapId = 'capped';
  const stages = Array.from({ length: STAGES }, (_, i) => ({
    id: `s${i}`, mapId, name: `Stage ${i + 1}`, order: i, width: 200, goalAlignment: 'unknown',
  }));
  const lanes = Array.from({ length: LANES }, (_, i) => ({
    id: `l${i}`, mapId, kind: 'text', name: `Lane ${i + 1}`, order: i, hidden: false, scores: [],
  }));
  const cards = Array.from({ length: 20 }, (_, i) => ({
    id: `c${i}`, mapId, stageId: `s${i * 10}`, laneId: `l${i * 5}`, text: `Card ${i + 1}`, order: 0, color: 'none', channel: null, severity: null,
  }));
  return JSON.stringify({
    format: 'tropa', version: 1, kind: 'map', exportedAt: '2026-01-01T00:00:00.000Z',
    segments: [], personas: [], maps: [{ id: mapId, title: 'The capped map', segmentId: null, personaId: null, createdAt: 1, updatedAt: 1 }],
    stages, lanes, cards, links: [], hypotheses: [], channels: [],
  });
}

test('a map at the caps (200 stages x 100 lanes) opens within the default timeouts, and refuses one stage or lane more', async ({ page }) => {
  await openApp(page, '/#/maps');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import file' }).click()]);
  const started = Date.now();
  await chooser.setFiles({ name: 'capped.json', mimeType: 'application/json', buffer: Buffer.from(cappedMapFile()) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The capped map');
  await expect(page.locator('.stage-name').first()).toHaveText('Stage 1');
  // Measured once for the report, never asserted: tests do not time things.
  console.log(`capped map: import to first stage shown in ${Date.now() - started} ms`);

  // At the caps, adding a stage or a lane is refused with a message, and the buttons say why.
  // (By class: a role query weighs up 20,000 "Add card" buttons on every poll.)
  const addStage = page.locator('button.add-stage');
  await expect(addStage).toHaveAttribute('title', 'This map has 200 stages, the most a map holds: delete one to add another.');
  await addStage.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.toasts')).toContainText('Not added: a map holds at most 200 stages, and this one would have 201.');
  const addLane = page.locator('button.add-lane');
  await expect(addLane).toHaveAttribute('title', 'This map has 100 lanes, the most a map holds: delete one to add another.');
  await addLane.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.toasts')).toContainText('Not added: a map holds at most 100 lanes, and this one would have 101.');
  await expect(page.locator('.stage-name')).toHaveCount(STAGES);
  await expect(page.locator('.lane-name')).toHaveCount(LANES);
});
