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

test('a map at the caps (200 stages x 100 lanes) imports and opens within the default timeouts', async ({ page }) => {
  await openApp(page, '/#/maps');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import file' }).click()]);
  const started = Date.now();
  await chooser.setFiles({ name: 'capped.json', mimeType: 'application/json', buffer: Buffer.from(cappedMapFile()) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The capped map');
  await expect(page.locator('.stage-name').first()).toHaveText('Stage 1');
  // Measured once for the report, never asserted: tests do not time things.
  console.log(`capped map: import to first stage shown in ${Date.now() - started} ms`);
});
