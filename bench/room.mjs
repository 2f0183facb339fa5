// The workshop room under load (issue 12), on loopback: the compiled room server (server/dist,
// started as `npm run room` starts it, serving the built app from dist/), 30 simulated
// participants in Node (the Hocuspocus provider the app uses, on the app's own WorkspaceDocs:
// the real protocol, bundled from bench/roomEntry.ts) and 2 real browsers (Debian's Chromium,
// each its own browser process, joining by the room link) in one room on the generated
// 960-card map, which the first simulated participant brings into the room.
//
// For ROOM_SECONDS (60; ROOM_BENCH_SECONDS=10 for a quick check, which writes nothing) every
// simulated participant changes one card's text every 2 s (its own cards, spread evenly over
// the 2 s), and browser A changes a card's text through its UI every 2 s (double-click, the
// editor filled, Enter). Measured:
// - edit-to-visible: from the edit (browser A: the Enter keydown that commits it; a simulated
//   participant: just before its write, which sends the update at once) to the moment the card's
//   text in browser B's DOM shows it (a MutationObserver, Date.now() on both sides: one clock).
//   p50Ms/p95Ms are browser A's UI edits; participantEdit* the simulated participants' edits;
//   *FrameMs the same to the end of the next frame in B (painted); *SentMs browser A's edits
//   to the moment A's page sends their update on its WebSocket (A's share); *Received* the same
//   edits to the moment B's page gets their update from its WebSocket (a message event), before
//   the app applies and renders it (A's share, the server's, the network's and B's wait for its
//   main thread);
// - the server process' CPU (utime+stime from /proc/<pid>/stat over the edit window; 100% = one
//   core) and its RSS (VmRSS from /proc/<pid>/status, the peak of samples every 500 ms);
// - joining, in rooms where only the participant holding the map is connected: a fresh browser
//   context opening the room link until all the map's cards are in the page and a frame is
//   produced (ms since navigation, as bench/run.mjs times opening), and a fresh Node client from
//   opening its socket until its document holds every card; the median of 3 each.
// Budgets on loopback (printed, never asserted): p95 <= 150 ms, join of the 960-card map <= 1 s.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { bundleForNode } from './appCode.mjs';
import WebSocket from 'ws';
import { chromiumPath } from '../test/e2e/chromium.mjs';
import { buildServer } from '../server/build.mjs';
import { generateMap } from './generate.mjs';
import { encodeMap } from './seed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIMULATED = 30;
const BROWSERS = 2;
const EDIT_EVERY_MS = 2000;
const FULL_SECONDS = 60;
const ROOM_SECONDS = Number(process.env.ROOM_BENCH_SECONDS ?? FULL_SECONDS);
const JOIN_RUNS = 3;
/** Edits still on their way when the edit window ends are waited for this long. */
const DRAIN_MS = 5000;
// The maps of bench/run.mjs.
const SIZES = [
  { key: '960', stages: 12, lanes: 10, cardsPerCell: 8 },
  { key: '5000', stages: 25, lanes: 10, cardsPerCell: 20 },
];
// The launch arguments of playwright.config.ts.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BUDGET = { p95Ms: 150, join960Ms: 1000 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const loadAvg = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** The app's code and the provider, one bundle with one yjs (see bench/roomEntry.ts). */
function loadRoomCode() {
  return bundleForNode('roomEntry.ts', 'roomCode', join(root, 'bench', '.cache', 'room'));
}

// ---- the room server process ---------------------------------------------------------------

async function startRoomServer(dataDir) {
  const main = join(root, 'server', 'dist', 'server', 'main.js');
  const child = spawn(process.execPath, [main, '--host', '127.0.0.1', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) => child.once('exit', (code, signal) => done(signal ?? code)));
  const port = await new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /On this machine: http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(Number(match[1]));
      }
    }, 20);
    exited.then(() => {
      clearInterval(timer);
      reject(new Error(`the room server exited:\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    pid: child.pid,
    url,
    socketUrl: `ws://127.0.0.1:${port}/room`,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function createRoom(server, mapId) {
  const response = await fetch(`${server.url}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mapId }) });
  if (response.status !== 201) throw new Error(`room not created: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The server process' CPU time (s) and resident memory (MB), read from /proc. */
function processUsage(pid, hz) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of proc(5), utime and stime, in clock ticks; `fields` starts at field 3.
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / hz;
  const rssKB = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  return { cpuSeconds, rssMB: rssKB / 1024 };
}

// ---- simulated participants ------------------------------------------------------------------

/**
 * A participant as the app connects: the map's document (in WorkspaceDocs), the Hocuspocus
 * provider on its own socket, the room's key as token, and a presence with a name. `rows` are
 * the map's stored documents, for the participant who brings the map into the room.
 */
function participant(app, server, room, name, rows) {
  const docs = new app.WorkspaceDocs();
  const docId = app.mapDocId(room.mapId);
  const doc = docs.doc(docId);
  for (const row of rows ?? []) docs.applyUpdate(row.docId, row.update, app.ORIGIN.stored);
  const socket = new app.HocuspocusProviderWebsocket({ url: server.socketUrl, WebSocketPolyfill: WebSocket });
  const provider = new app.HocuspocusProvider({ websocketProvider: socket, name: room.roomId, document: doc, token: room.secret });
  provider.attach();
  provider.setAwarenessField('user', { name, color: '#1971c2', facilitator: false, cursor: null, editing: null, selection: [], viewport: null, followCall: 0 });
  return {
    docs,
    doc,
    docId,
    provider,
    cardCount: () => doc.getMap('cards').size,
    /** Resolves once the document holds `total` cards. */
    holding(total, timeout = 120_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          doc.off('update', check);
          reject(new Error(`${name}: ${doc.getMap('cards').size} of ${total} cards after ${timeout} ms`));
        }, timeout);
        const check = () => {
          if (doc.getMap('cards').size < total) return;
          clearTimeout(timer);
          doc.off('update', check);
          resolve();
        };
        doc.on('update', check);
        check();
      });
    },
    /** Changes a card's text as the app's store writes an edit. */
    setText(cardId, text) {
      const prev = docs.read(docId, 'cards', cardId);
      docs.write([{ table: 'cards', id: cardId, prev, next: { ...prev, text } }], 'bench');
    },
    destroy() {
      provider.destroy();
      socket.destroy();
      docs.destroy();
    },
  };
}

const settled = (p) => p.provider.isSynced && p.provider.unsyncedChanges === 0;

async function until(what, probe, timeout = 60_000) {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A room holding the map, brought in by a participant who has it; returns both. */
async function roomWithMap(app, server, rows, mapId, total) {
  const room = await createRoom(server, mapId);
  const holder = participant(app, server, room, 'Holder', rows);
  await until('the holder to sync', () => settled(holder));
  // The holder's own half of the first sync is not acknowledged: the room has the map once
  // another client gets every card from it (untimed).
  const probe = participant(app, server, room, 'Probe');
  await probe.holding(total);
  probe.destroy();
  return { room, holder, total };
}

// ---- browsers --------------------------------------------------------------------------------

/** Waits until `count` cards are in the page and a frame has been produced; returns ms since navigation start. */
async function paintedAt(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('.board .card').length >= n, count, { polling: 'raf', timeout: 120_000 });
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))));
}

/** A new participant's browser: a fresh context (no storage, no cache) opening the room link. */
async function browserJoin(browser, link, total, { watch = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', serviceWorkers: 'block' });
  if (watch) await context.addInitScript(watchSocket);
  const page = await context.newPage();
  await page.goto(link, { waitUntil: 'commit' });
  const ms = await paintedAt(page, total);
  const cards = await page.locator('.board .card').count();
  if (cards !== total) throw new Error(`the joined page shows ${cards} cards, not ${total}`);
  return { context, page, ms };
}

/**
 * In a browser, from before the app's first script: the moment the page sends each edit's
 * update on its WebSocket, and the moment it gets one from it (a message event, before the app
 * applies and renders it). The edit's tag is in the update as UTF-8 text.
 */
function watchSocket() {
  const sent = (window.__sent = {});
  const arrived = (window.__arrived = {});
  const Native = window.WebSocket;
  const latin1 = new TextDecoder('latin1');
  const TAG = /#(p\d+-\d+|a-\d+)/g;
  const note = (record, data, now) => {
    for (const match of latin1.decode(data).matchAll(TAG)) if (!(match[1] in record)) record[match[1]] = now;
  };
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      // Registered before the provider's own listener, so it runs first.
      this.addEventListener('message', (event) => {
        const now = Date.now();
        if (event.data instanceof ArrayBuffer) note(arrived, event.data, now);
      });
    }

    send(data) {
      const now = Date.now();
      super.send(data);
      if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) note(sent, data, now);
    }
  };
}

/** In browser B: the first moment each edit's tag shows in a card's text, and the frame after. */
function observeTags(page) {
  return page.evaluate(() => {
    const seen = (window.__seen = {});
    const painted = (window.__painted = {});
    const TAG = /#(p\d+-\d+|a-\d+)/;
    const observer = new MutationObserver((mutations) => {
      const now = Date.now();
      const cards = new Set();
      for (const m of mutations) {
        const node = m.target.nodeType === Node.ELEMENT_NODE ? m.target : m.target.parentElement;
        const card = node?.closest('[data-card-id]');
        if (card) cards.add(card);
        for (const added of m.addedNodes) {
          if (added.nodeType !== Node.ELEMENT_NODE) continue;
          if (added.matches('[data-card-id]')) cards.add(added);
          else for (const inner of added.querySelectorAll('[data-card-id]')) cards.add(inner);
        }
      }
      const fresh = [];
      for (const card of cards) {
        const match = TAG.exec(card.querySelector('.card-text')?.textContent ?? '');
        if (match && !(match[1] in seen)) {
          seen[match[1]] = now;
          fresh.push(match[1]);
        }
      }
      if (fresh.length) {
        requestAnimationFrame(() =>
          setTimeout(() => {
            const t = Date.now();
            for (const tag of fresh) painted[tag] = t;
          }, 0),
        );
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** How far the page's Date.now() is from Node's (the same clock: a few ms at most, the round trip). */
async function clockCheck(page) {
  const before = Date.now();
  const inPage = await page.evaluate(() => Date.now());
  const after = Date.now();
  return { inPage, before, after, within: inPage >= before && inPage <= after };
}

// ---- the run ---------------------------------------------------------------------------------

async function loadRun(app, server, browsers, data960) {
  const size = data960.size;
  const rows = await encodeMap(app, data960.data);
  const total = Object.keys(data960.data.cards).length;
  const mapId = Object.keys(data960.data.maps)[0];
  const { room, holder } = await roomWithMap(app, server, rows, mapId, total);
  const people = [holder];
  for (let i = 1; i < SIMULATED; i++) people.push(participant(app, server, room, `Participant ${i + 1}`));
  await Promise.all(people.map((p) => p.holding(total)));
  await until('every simulated participant to settle', () => people.every(settled));
  console.log(`  ${SIMULATED} simulated participants in the room on the ${size.key}-card map`);

  const [a, b] = await Promise.all(browsers.map((browser) => browserJoin(browser, room.link, total, { watch: true })));
  console.log(`  Browsers A and B joined (${round(a.ms)} ms, ${round(b.ms)} ms, with ${SIMULATED} participants in the room)`);
  for (const [name, page] of [['A', a.page], ['B', b.page]]) {
    const clock = await clockCheck(page);
    if (!clock.within) console.warn(`  WARNING: browser ${name}'s clock is not Node's: ${JSON.stringify(clock)}`);
  }

  // Browser A edits cards on screen at its first view; the simulated participants the others.
  const visible = await a.page.locator('.board .card').evaluateAll((cards) => {
    const board = document.querySelector('.react-flow').getBoundingClientRect();
    return cards
      .filter((c) => {
        const r = c.getBoundingClientRect();
        return r.width > 20 && r.left >= board.left && r.top >= board.top && r.right <= board.right && r.bottom <= board.bottom;
      })
      .map((c) => c.getAttribute('data-card-id'));
  });
  const mine = visible.slice(0, 10);
  if (mine.length < 3) throw new Error(`only ${mine.length} cards on browser A's screen`);
  console.log(`  Browser A edits ${mine.length} of the ${visible.length} cards on its screen in turn`);
  const originals = Object.fromEntries(Object.values(data960.data.cards).map((c) => [c.id, c.text]));
  const others = Object.keys(originals).filter((id) => !mine.includes(id));
  // The app writes a text edit as the one changed region (prefix and suffix kept): the tag is
  // wrapped in a letter that differs from the card's last edit, so the update carries the whole
  // tag (found in the socket's bytes) and not a digit or two of it.
  const tagged = (id, tag, round) => {
    const letter = String.fromCharCode(65 + (round % 26));
    return `${letter}#${tag}${letter} ${originals[id]}`;
  };

  await observeTags(b.page);
  await a.page.evaluate(() => {
    window.__enters = [];
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter' && !e.shiftKey && e.target instanceof HTMLTextAreaElement) window.__enters.push({ t: Date.now(), text: e.target.value });
      },
      true,
    );
  });

  const hz = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  const durationMs = ROOM_SECONDS * 1000;
  const start = Date.now() + 1000;
  const end = start + durationMs;
  const sends = new Map();

  // Simulated participants: participant i edits at start + i/30 of 2 s, then every 2 s.
  const simulated = people.map(async (p, i) => {
    const cards = others.filter((_, n) => n % SIMULATED === i);
    for (let k = 0; ; k++) {
      const at = start + (i * EDIT_EVERY_MS) / SIMULATED + k * EDIT_EVERY_MS;
      if (at >= end) break;
      await sleep(at - Date.now());
      const id = cards[k % cards.length];
      const tag = `p${i}-${k}`;
      sends.set(tag, Date.now());
      p.setText(id, tagged(id, tag, Math.floor(k / cards.length)));
    }
  });

  // Browser A: a UI edit every 2 s (later when driving one takes longer).
  let uiFailures = 0;
  const uiEdits = (async () => {
    for (let k = 0; ; k++) {
      const at = start + k * EDIT_EVERY_MS;
      if (at >= end) break;
      await sleep(at - Date.now());
      if (Date.now() >= end) break;
      const id = mine[k % mine.length];
      try {
        await a.page.locator(`.board [data-card-id="${id}"]`).dblclick({ timeout: 10_000 });
        const editor = a.page.getByRole('textbox', { name: 'Card text' });
        await editor.fill(tagged(id, `a-${k}`, Math.floor(k / mine.length)), { timeout: 10_000 });
        await editor.press('Enter', { timeout: 10_000 });
      } catch (error) {
        uiFailures++;
        console.warn(`  browser A's edit ${k} failed: ${error.message.split('\n')[0]}`);
        await a.page.keyboard.press('Escape').catch(() => {});
      }
    }
  })();

  // The server process, sampled through the edit window.
  await sleep(start - Date.now());
  const load = [loadAvg()];
  const first = processUsage(server.pid, hz);
  const firstAt = performance.now();
  const rss = [first.rssMB];
  const sampler = setInterval(() => rss.push(processUsage(server.pid, hz).rssMB), 500);
  await sleep(end - Date.now());
  const last = processUsage(server.pid, hz);
  const windowMs = performance.now() - firstAt;
  clearInterval(sampler);
  rss.push(last.rssMB);
  load.push(loadAvg());
  await Promise.all([...simulated, uiEdits]);

  // Edits still on their way: waited for until B has seen them all, or DRAIN_MS.
  const enters = async () => (await a.page.evaluate(() => window.__enters)).map((e) => ({ t: e.t, tag: /#(a-\d+)/.exec(e.text)?.[1] })).filter((e) => e.tag);
  const expected = [...sends.keys(), ...(await enters()).map((e) => e.tag)];
  const drainUntil = Date.now() + DRAIN_MS;
  let seen = {};
  let painted = {};
  let arrived = {};
  do {
    await sleep(250);
    ({ seen, painted, arrived } = await b.page.evaluate(() => ({ seen: window.__seen, painted: window.__painted, arrived: window.__arrived })));
  } while (expected.some((tag) => !(tag in painted)) && Date.now() < drainUntil);
  const sentByA = await a.page.evaluate(() => window.__sent);
  const unacknowledged = people.reduce((sum, p) => sum + p.provider.unsyncedChanges, 0);

  const latencies = (pairs) => {
    const dom = [];
    const frame = [];
    const received = [];
    let missing = 0;
    for (const [tag, sent] of pairs) {
      if (tag in arrived) received.push(arrived[tag] - sent);
      if (!(tag in seen)) {
        missing++;
        continue;
      }
      dom.push(seen[tag] - sent);
      if (tag in painted) frame.push(painted[tag] - sent);
    }
    return { dom, frame, received, missing };
  };
  const ui = latencies((await enters()).map((e) => [e.tag, e.t]));
  // Browser A's share: from the Enter to its WebSocket sending the update.
  ui.sent = (await enters()).filter((e) => e.tag in sentByA).map((e) => sentByA[e.tag] - e.t);
  const sim = latencies([...sends]);

  for (const p of people) p.destroy();
  await Promise.all([a.context.close(), b.context.close()]);
  return {
    windowMs,
    ui,
    sim,
    uiFailures,
    unacknowledged,
    serverCpuPct: ((last.cpuSeconds - first.cpuSeconds) / (windowMs / 1000)) * 100,
    serverRssMB: Math.max(...rss),
    serverRssMeanMB: rss.reduce((s, x) => s + x, 0) / rss.length,
    load,
  };
}

async function joins(app, server, browser, size) {
  const data = generateMap({ id: `room-join-${size.key}`, ...size });
  const rows = await encodeMap(app, data);
  const total = Object.keys(data.cards).length;
  const { room, holder } = await roomWithMap(app, server, rows, `room-join-${size.key}`, total);
  const node = [];
  const page = [];
  for (let i = 0; i < JOIN_RUNS; i++) {
    const t0 = performance.now();
    const p = participant(app, server, room, `Newcomer ${i + 1}`);
    await p.holding(total);
    node.push(performance.now() - t0);
    if (p.cardCount() !== total) throw new Error(`the new client holds ${p.cardCount()} cards, not ${total}`);
    p.destroy();
  }
  for (let i = 0; i < JOIN_RUNS; i++) {
    const joined = await browserJoin(browser, room.link, total);
    page.push(joined.ms);
    await joined.context.close();
  }
  holder.destroy();
  console.log(`  Joining the ${size.key}-card map: browser ${page.map((x) => round(x)).join(', ')} ms; Node client ${node.map((x) => round(x)).join(', ')} ms`);
  return { browserMs: median(page), nodeMs: median(node) };
}

/**
 * Runs the room benchmark, merges its figures into bench/results.json under `room` (a full
 * 60 s run only) and prints them with the budgets. `buildApp`: build dist/ first (not needed
 * when bench/run.mjs has just built it).
 */
export async function measureRoom({ buildApp = true } = {}) {
  console.log(`Workshop room: ${SIMULATED} simulated participants and ${BROWSERS} browsers for ${ROOM_SECONDS} s…`);
  if (buildApp) await build({ root, logLevel: 'warn' });
  buildServer();
  const app = await loadRoomCode();
  const dataDir = mkdtempSync(join(tmpdir(), 'tropa-room-bench-'));
  const server = await startRoomServer(dataDir);
  const browsers = [];
  let run;
  const joinMs = {};
  try {
    for (let i = 0; i < BROWSERS; i++) browsers.push(await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }));
    console.log(`  Load average (1 min) before: ${loadAvg()}`);
    run = await loadRun(app, server, browsers, { size: SIZES[0], data: generateMap({ id: 'room-bench-960', ...SIZES[0] }) });
    for (const size of SIZES) joinMs[size.key] = await joins(app, server, browsers[1], size);
  } catch (error) {
    console.error(`--- room server output ---\n${server.output()}`);
    throw error;
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const cutOff = server.output().split('\n').filter((line) => line.startsWith('Cut off'));
  if (cutOff.length) console.warn(`  WARNING: the server cut clients off:\n  ${cutOff.join('\n  ')}`);

  const room = {
    participants: SIMULATED + BROWSERS,
    p50Ms: round(percentile(run.ui.dom, 50)),
    p95Ms: round(percentile(run.ui.dom, 95)),
    serverRssMB: round(run.serverRssMB),
    serverCpuPct: round(run.serverCpuPct),
    join960Ms: round(joinMs['960'].browserMs),
    join5000Ms: round(joinMs['5000'].browserMs),
    // Extra figures: the same edits to the next frame in B; the simulated participants' edits;
    // the Node clients' joins; the conditions of the run.
    p50FrameMs: round(percentile(run.ui.frame, 50)),
    p95FrameMs: round(percentile(run.ui.frame, 95)),
    browserEdits: run.ui.dom.length,
    browserEditsNotSeen: run.ui.missing + run.uiFailures,
    p50SentMs: round(percentile(run.ui.sent, 50)),
    p95SentMs: round(percentile(run.ui.sent, 95)),
    p50ReceivedMs: round(percentile(run.ui.received, 50)),
    p95ReceivedMs: round(percentile(run.ui.received, 95)),
    participantEditP50Ms: round(percentile(run.sim.dom, 50)),
    participantEditP95Ms: round(percentile(run.sim.dom, 95)),
    participantEdits: run.sim.dom.length,
    participantEditsNotSeen: run.sim.missing,
    participantEditReceivedP50Ms: round(percentile(run.sim.received, 50)),
    participantEditReceivedP95Ms: round(percentile(run.sim.received, 95)),
    serverRssMeanMB: round(run.serverRssMeanMB),
    nodeJoin960Ms: round(joinMs['960'].nodeMs),
    nodeJoin5000Ms: round(joinMs['5000'].nodeMs),
    simulatedParticipants: SIMULATED,
    browsers: BROWSERS,
    editWindowS: round(run.windowMs / 1000),
    loadAverage1m: run.load,
    measuredAt: new Date().toISOString(),
  };
  console.table(Object.fromEntries(Object.entries(room).map(([key, value]) => [key, Array.isArray(value) ? value.join(' -> ') : value])));
  console.log(`  Server CPU ${room.serverCpuPct}% of one core over ${room.editWindowS} s, RSS peak ${room.serverRssMB} MB (mean ${room.serverRssMeanMB} MB); load average (1 min) ${run.load.join(' -> ')}; ${run.unacknowledged} simulated edits unacknowledged at the end`);
  console.log(
    `  Samples: browser A's edits ${run.ui.dom.length} seen in B's DOM, ${run.ui.frame.length} painted, ${run.ui.sent.length} sent by A, ${run.ui.received.length} received by B; ` +
      `participants' edits ${run.sim.dom.length} seen, ${run.sim.received.length} received by B`,
  );
  if (room.browserEditsNotSeen || room.participantEditsNotSeen) {
    console.warn(`  WARNING: edits not seen in browser B: ${room.browserEditsNotSeen} of browser A's, ${room.participantEditsNotSeen} of the participants'`);
  }
  const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
  console.log(`${verdict(room.p95Ms <= BUDGET.p95Ms)}  Room: edit in browser A to visible in browser B, p95 ${room.p95Ms} ms (p50 ${room.p50Ms} ms; budget <= ${BUDGET.p95Ms} ms; ${room.participants} people in the room, loopback)`);
  console.log(`${verdict(room.join960Ms <= BUDGET.join960Ms)}  Room: a new browser joins the 960-card map in ${room.join960Ms} ms (budget <= ${BUDGET.join960Ms} ms)`);

  if (ROOM_SECONDS !== FULL_SECONDS) {
    console.log(`A ${ROOM_SECONDS} s check (ROOM_BENCH_SECONDS): bench/results.json left as it was`);
    return room;
  }
  // Read again just before writing: the rest of the bench (or anyone) may have written it meanwhile.
  const file = join(root, 'bench', 'results.json');
  const saved = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, JSON.stringify({ ...saved, room }, null, 2) + '\n');
  console.log('Room figures written to bench/results.json (key "room")');
  return room;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await measureRoom();
