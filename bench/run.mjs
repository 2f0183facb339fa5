// npm run bench: builds Tropa, opens generated maps in headless Chromium and prints figures,
// each next to a baseline measured in the same run. Writes bench/results.json.
//
// A generated map is stored as the app stores it: its Yjs document, built in Node by the app's
// own encoder (bench/appCode.mjs), written as a row of the `docUpdates` table (bench/seed.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { getNodesBounds, getViewportForBounds } from '@xyflow/system';
import { build, preview } from 'vite';
import { chromiumPath } from '../test/e2e/chromium.mjs';
import { baselineHtml } from './baseline.mjs';
import { loadAppCode } from './appCode.mjs';
import { generateMap } from './generate.mjs';
import { encodeMap, seed } from './seed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}/`;
const RUNS = 3;
const EXPORT_ONLY = process.argv.includes('--export-only');
// Exports are long and the machine is shared: the median of five.
const EXPORT_RUNS = 5;
const SIZES = [
  { key: '960', stages: 12, lanes: 10, cardsPerCell: 8 },
  { key: '5000', stages: 25, lanes: 10, cardsPerCell: 20 },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

function initialJsGzipKB() {
  const dist = join(root, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
  return round(bytes / 1024);
}

/** Waits until `count` cards are in the page and a frame has been produced; returns ms since navigation start. */
async function paintedAt(page, selector, count) {
  await page.waitForFunction(([s, n]) => document.querySelectorAll(s).length >= n, [selector, count], { polling: 'raf', timeout: 120_000 });
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))));
}

async function startFrames(page) {
  await page.evaluate(() => {
    const frames = [];
    window.__frames = frames;
    window.__framesOn = true;
    const loop = (t) => {
      frames.push(t);
      if (window.__framesOn) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

async function stopFrames(page) {
  return page.evaluate(() => {
    window.__framesOn = false;
    const f = window.__frames;
    const gaps = f.slice(1).map((t, i) => t - f[i]);
    const seconds = (f.at(-1) - f[0]) / 1000;
    return { fps: (f.length - 1) / seconds, worstMs: Math.max(...gaps) };
  });
}

/**
 * The IndexedDB requests a page makes, by table and method (a cursor's steps count as reads),
 * recorded from before the app's first script: an untimed load shows what opening reads.
 */
async function countDatabaseRequests(page) {
  await page.addInitScript(() => {
    const counts = (window.__idbRequests = {});
    const wrap = (proto, methods, tableOf) => {
      for (const method of methods) {
        const original = proto[method];
        if (typeof original !== 'function') continue;
        proto[method] = function (...args) {
          const key = `${tableOf(this)}.${method}`;
          counts[key] = (counts[key] ?? 0) + 1;
          return original.apply(this, args);
        };
      }
    };
    const reads = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'];
    wrap(IDBObjectStore.prototype, [...reads, 'add', 'put', 'delete', 'clear'], (store) => store.name);
    wrap(IDBIndex.prototype, reads, (index) => index.objectStore.name);
    wrap(IDBCursor.prototype, ['continue', 'advance', 'continuePrimaryKey'], (cursor) =>
      cursor.source instanceof IDBIndex ? cursor.source.objectStore.name : cursor.source.name,
    );
  });
}

async function fitView(page) {
  await page.getByRole('button', { name: /fit view/i }).click();
  await page.waitForTimeout(300);
}

async function measureMap(browser, app, size) {
  const id = `bench-${size.key}`;
  const data = generateMap({ id, ...size });
  const rows = await encodeMap(app, data);
  const total = Object.keys(data.cards).length;
  // The offline service worker would answer navigations itself, out of page.route's reach (the
  // baseline page is routed) and unlike a first visit: benchmarks run without it.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  const stored = await seed(page, BASE, rows);
  const url = `${BASE}#/maps/${id}`;

  // Open: from navigation to the frame after every card is in the page. This includes opening
  // the database, reading the documents (one read: checked at the end), applying them and the
  // first render.
  const open = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'commit' });
    open.push(await paintedAt(page, '.board .card', total));
  }
  const baselinePage = await context.newPage();
  await baselinePage.route(`${BASE}bench-baseline.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: baselineHtml(data) }),
  );
  const baseline = [];
  for (let i = 0; i < RUNS; i++) {
    await baselinePage.goto('about:blank');
    await baselinePage.goto(`${BASE}bench-baseline.html`, { waitUntil: 'commit' });
    baseline.push(await paintedAt(baselinePage, '.c', total));
  }
  await baselinePage.close();

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');

  // Edit latency: keypress in a card's editor -> the next frame after the input. Any page
  // pays the wait for the next frame, so the same is measured in the baseline's text field.
  const typingLatencies = async (p) => {
    await p.evaluate(() => {
    window.__lat = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0), 0));
      },
      true,
    );
    });
    await p.keyboard.type(' typing into the card to time each keypress', { delay: 40 });
    await p.waitForTimeout(200);
    return p.evaluate(() => window.__lat);
  };
  const baselineKeys = await (async () => {
    const p = await context.newPage();
    await p.route(`${BASE}bench-baseline.html`, (route) => route.fulfill({ contentType: 'text/html', body: baselineHtml(data) }));
    await p.goto(`${BASE}bench-baseline.html`);
    await p.getByRole('textbox', { name: 'Card text' }).focus();
    const result = await typingLatencies(p);
    await p.close();
    return result;
  })();
  await page.locator('.board .card').first().dblclick();
  await page.getByRole('textbox', { name: 'Card text' }).waitFor();
  const keyLatencies = await typingLatencies(page);
  await page.keyboard.press('Enter');

  // One edited card at a time (Enter commits its text; each edit is its own save batch):
  // - commit: main-thread time of the Enter keypress task, from the keydown to the end of that
  //   task - the edit applied to the store, written into its Yjs document (which produces the
  //   update the saver stores) and the board re-rendered;
  // - saver main thread (tropa:save-main-thread in src/db/saver.ts): the saver's synchronous
  //   share of writing the batch - merging the batch's Yjs updates per document and starting the
  //   IndexedDB write. Encoding the edit as a Yjs update is not in it: that happens at the commit;
  // - durable (tropa:save-durable): from the edit reaching the saver to the committed
  //   IndexedDB transaction, including the saver's 250 ms batching wait.
  await page.evaluate(() => {
    window.__commits = [];
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Enter') return;
        const t0 = performance.now();
        setTimeout(() => window.__commits.push(performance.now() - t0), 0);
      },
      true,
    );
  });
  const saves = [];
  for (let i = 0; i < 8; i++) {
    const target = page.locator('.board .card').nth(3 + i);
    await target.dblclick();
    await page.keyboard.type(` ${i}`);
    await page.keyboard.press('Enter');
    await page.locator('[data-save-status="saved"]').waitFor();
    await page.waitForTimeout(50);
    saves.push(
      await page.evaluate(() => {
        const last = (name) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN;
        return { main: last('tropa:save-main-thread'), durable: last('tropa:save-durable'), commit: window.__commits.at(-1) ?? NaN };
      }),
    );
  }

  // Frame rates at fit view: panning by scrolling, dragging one card, dragging 100 selected.
  await fitView(page);
  const canvas = (await page.locator('.react-flow').boundingBox());
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await startFrames(page);
  for (let i = 0; i < 90; i++) {
    await page.mouse.wheel(i % 60 < 30 ? 12 : -12, i % 40 < 20 ? 8 : -8);
    await page.waitForTimeout(16);
  }
  const pan = await stopFrames(page);
  await fitView(page);

  const dragCard = async (locator) => {
    const box = await locator.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await startFrames(page);
    for (let i = 1; i <= 60; i++) {
      await page.mouse.move(box.x + box.width / 2 + i * (canvas.width / 3 / 60), box.y + box.height / 2 + (i % 10));
      await page.waitForTimeout(16);
    }
    const result = await stopFrames(page);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await page.getByRole('button', { name: 'Undo' }).click();
    return result;
  };
  const drag = await dragCard(page.locator('.board .card').nth(1));
  const cards = page.locator('.board .card');
  // At fit view a 5,000-card map's cards are a pixel or two high and the hit test may find the
  // neighbour: click without the actionability check; the count actually selected is reported.
  for (let i = 0; i < 100; i++) await cards.nth(i * 2).click({ modifiers: ['Shift'], force: true });
  const selected = await page.locator('.card.selected').count();
  const dragMany = await dragCard(cards.nth(0));

  // Opening a saved map reads its document from IndexedDB: checked in one more, untimed load
  // (last, so the timed ones run as they always did), that this is one read of the docUpdates
  // table (every document's rows at once), not a read per card.
  await page.goto('about:blank');
  const probe = await context.newPage();
  await countDatabaseRequests(probe);
  await probe.goto(url, { waitUntil: 'commit' });
  await paintedAt(probe, '.board .card', total);
  const requests = await probe.evaluate(() => window.__idbRequests);
  const writes = ['add', 'put', 'delete', 'clear'];
  const docReads = Object.entries(requests)
    .filter(([key]) => key.startsWith('docUpdates.') && !writes.includes(key.slice('docUpdates.'.length)))
    .reduce((sum, [, n]) => sum + n, 0);
  console.log(`  Opening reads from IndexedDB (the map's document ${round(stored.mapBytes / 1024)} KB, ${stored.rows} rows at the start):`, JSON.stringify(requests));
  if (docReads !== 1) console.warn(`  WARNING: opening made ${docReads} requests on docUpdates, not one read`);

  await context.close();
  const openMs = median(open);
  const baselineOpenMs = median(baseline);
  return {
    openMs: round(openMs),
    baselineOpenMs: round(baselineOpenMs),
    openRatio: round(openMs / baselineOpenMs, 2),
    editP50Ms: round(percentile(keyLatencies, 50)),
    editP95Ms: round(percentile(keyLatencies, 95)),
    baselineEditP50Ms: round(percentile(baselineKeys, 50)),
    baselineEditP95Ms: round(percentile(baselineKeys, 95)),
    panFps: round(pan.fps),
    panWorstFrameMs: round(pan.worstMs),
    dragFps: round(drag.fps),
    dragWorstFrameMs: round(drag.worstMs),
    dragManyFps: round(dragMany.fps),
    dragManySelected: selected,
    commitMainThreadMs: round(median(saves.map((s) => s.commit))),
    saveMainThreadMs: round(median(saves.map((s) => s.main)), 2),
    durableMs: round(median(saves.map((s) => s.durable))),
    heapMB: round(heap.usedSize / 2 ** 20),
    cards: total,
    openDocUpdatesReads: docReads,
    storedMapKB: round(stored.mapBytes / 1024),
  };
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/**
 * Image export of the 960-card map at 2x: Tropa's export (the dialog, timed from the click
 * on "Export image" to the download) against the straightforward method on the same page,
 * html-to-image's toPng of the live React Flow viewport with computed bounds.
 */
async function measureExport(browser, app) {
  const size = SIZES[0];
  const id = `bench-export-${size.key}`;
  const data = generateMap({ id, ...size });
  const total = Object.keys(data.cards).length;
  // bypassCSP: the bench injects its own copy of html-to-image for the straightforward method.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', acceptDownloads: true, bypassCSP: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await seed(page, BASE, await encodeMap(app, data));
  // A fresh load, so the app reads the seeded map from IndexedDB.
  await page.goto('about:blank');
  await page.goto(`${BASE}#/maps/${id}`);
  await paintedAt(page, '.board .card', total);

  const tropa = [];
  let tropaSize = null;
  for (let i = 0; i < EXPORT_RUNS; i++) {
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Export image' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the map as a picture' });
    await dialog.getByRole('radio', { name: '2×' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const path = await download.path();
    tropa.push(Date.now() - t0);
    console.log(
      `  Tropa export run ${i + 1}: ${tropa[i]} ms; steps (ms):`,
      JSON.stringify(await page.evaluate(() =>
        Object.fromEntries(['layout', 'fonts', 'clone', 'decode', 'fonts-in-picture', 'draw', 'encode'].map((n) => [n, Math.round(performance.getEntriesByName(`tropa:export-${n}`).at(-1)?.duration ?? NaN)])),
      )),
    );
    tropaSize = pngSize(readFileSync(path));
    await dialog.waitFor({ state: 'detached' });
  }

  // The straightforward method (stack.md): bounds of the nodes, the viewport that shows them
  // at zoom 1, and toPng of .react-flow__viewport at that size and transform, pixelRatio 2.
  await page.addScriptTag({ path: join(root, 'node_modules/html-to-image/dist/html-to-image.js') });
  const measured = await page.evaluate(() => {
    const node = document.querySelector('.react-flow__node');
    return { width: node.offsetWidth, height: node.offsetHeight };
  });
  const bounds = getNodesBounds([{ id: 'board', position: { x: 0, y: 0 }, measured }]);
  const width = Math.ceil(bounds.width);
  const height = Math.ceil(bounds.height);
  const viewport = getViewportForBounds(bounds, width, height, 0.5, 2, 0);
  const stock = [];
  let stockSize = null;
  for (let i = 0; i < EXPORT_RUNS; i++) {
    const result = await page.evaluate(
      async ({ width, height, viewport }) => {
        const t0 = performance.now();
        const url = await window.htmlToImage.toPng(document.querySelector('.react-flow__viewport'), {
          backgroundColor: '#ffffff',
          width,
          height,
          pixelRatio: 2,
          style: { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
        });
        const ms = performance.now() - t0;
        const head = atob(url.slice(url.indexOf(',') + 1, url.indexOf(',') + 1 + 44));
        const int = (at) => ((head.charCodeAt(at) << 24) | (head.charCodeAt(at + 1) << 16) | (head.charCodeAt(at + 2) << 8) | head.charCodeAt(at + 3)) >>> 0;
        return { ms, width: int(16), height: int(20) };
      },
      { width, height, viewport },
    );
    stock.push(result.ms);
    stockSize = { width: result.width, height: result.height };
  }
  await context.close();
  const tropaMs = median(tropa);
  const stockMs = median(stock);
  return {
    tropaMs: round(tropaMs),
    stockMs: round(stockMs),
    ratio: round(stockMs / tropaMs, 2),
    width: tropaSize.width,
    height: tropaSize.height,
    stockWidth: stockSize.width,
    stockHeight: stockSize.height,
  };
}

async function main() {
  console.log('Building…');
  const app = await loadAppCode();
  await build({ root, logLevel: 'warn' });
  const server = await preview({ root, preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results = { date: new Date().toISOString(), chromium: browser.version(), maps: {}, initialJsGzipKB: initialJsGzipKB() };
  try {
    for (const size of EXPORT_ONLY ? [] : SIZES) {
      console.log(`Measuring the ${size.key}-card map…`);
      results.maps[size.key] = await measureMap(browser, app, size);
    }
    console.log('Exporting the 960-card map to PNG at 2x…');
    results.export = await measureExport(browser, app);
  } finally {
    await browser.close();
    await server.close();
  }
  results.export.measuredAt = new Date().toISOString();
  // `npm run bench -- --export-only` measures the export alone and updates only its figures.
  const file = join(root, 'bench', 'results.json');
  const saved = EXPORT_ONLY ? { ...JSON.parse(readFileSync(file, 'utf8')), export: results.export } : results;
  writeFileSync(file, JSON.stringify(saved, null, 2) + '\n');
  console.table(results.maps);
  console.log(`Initial JS (gzip): ${results.initialJsGzipKB} KB`);
  const x = results.export;
  console.log(
    `Export PNG 2x of the 960-card map: Tropa ${x.tropaMs} ms (${x.width}x${x.height} px), ` +
      `html-to-image on the live viewport ${x.stockMs} ms (${x.stockWidth}x${x.stockHeight} px), ${x.ratio}x faster`,
  );
  console.log('Written to bench/results.json');
}

// The workshop room under load (bench/room.mjs), after the rest; alone: npm run bench -- --room-only.
const ROOM_ONLY = process.argv.includes('--room-only');
if (!ROOM_ONLY) await main();
if (!EXPORT_ONLY) await (await import('./room.mjs')).measureRoom({ buildApp: ROOM_ONLY });
