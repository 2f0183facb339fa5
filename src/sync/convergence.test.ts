// Concurrent tabs converge. Two or three stores ("tabs") start from one workspace's documents;
// each makes random edits (and undoes and redoes its own), and the Yjs updates they produce
// reach the others late, in batches, in one of three orders (see Delivery), some tabs being
// offline for a stretch. Once everything is delivered, every tab must hold the same documents
// and the same read model, each read model must be what its documents hold, and the workspace
// must be valid (no card without its stage or lane, no dangling link, orders total).
// Runs are seeded and replayable: a run is a list of concrete actions (Session.script), which
// `replay` repeats exactly; cutting that list down is how the minimised cases at the end were
// found.
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ops from '../domain/operations';
import { byOrder } from '../domain/order';
import { hasRecordShape } from '../domain/recordShape';
import { mapLanes, mapStages } from '../domain/selectors';
import { emptyWorkspace, type Workspace } from '../domain/types';
import { createWorkspaceStore, type WorkspaceStore } from '../store/workspaceStore';
import { ORIGIN } from './origins';

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: small, fast, good enough to drive a simulation from a seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(items: readonly T[]): T | undefined => (items.length ? items[int(items.length)] : undefined);
  const chance = (p: number) => next() < p;
  const shuffle = <T,>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  return { next, int, pick, chance, shuffle };
}
type Random = ReturnType<typeof prng>;

// ---------------------------------------------------------------------------------------------
// Actions: what a run is made of, concrete enough to be replayed

type Op =
  | { op: 'addCard'; id: string; stageId: string; laneId: string; text: string; index: number }
  | { op: 'editCard'; cardId: string; text: string; base?: string; color?: 'pink' | 'blue' }
  | { op: 'moveCard'; cardId: string; stageId: string; laneId: string; index: number }
  | { op: 'deleteCards'; cardIds: string[] }
  | { op: 'addStage'; mapId: string; id: string; name: string; index: number }
  | { op: 'renameStage'; stageId: string; name: string }
  | { op: 'moveStage'; stageId: string; index: number }
  | { op: 'deleteStage'; stageId: string }
  | { op: 'addLane'; mapId: string; id: string; index: number }
  | { op: 'moveLane'; laneId: string; index: number }
  | { op: 'deleteLane'; laneId: string }
  | { op: 'setEmotion'; laneId: string; stageId: string; score: number | null }
  | { op: 'addLink'; id: string; from: string; to: string }
  | { op: 'deleteLink'; linkId: string }
  | { op: 'renameMap'; mapId: string; title: string; now: number };

type Action =
  /** Tab `tab` makes an edit at time `at` (what Date.now says: maps record when they changed). */
  | { tab: number; edit: Op; at: number }
  /** Tab `tab` presses Undo / Redo. */
  | { tab: number; history: 'undo' | 'redo' }
  /** Tab `to` receives these entries of its queue (indices at that moment), in this order, synchronously. */
  | { to: number; picks: number[] }
  /** The event loop turns: queued microtasks (orphan repair) run. */
  | { settle: true };

function recipe(op: Op): (ws: Workspace) => void {
  return (ws) => {
    switch (op.op) {
      case 'addCard':
        ops.addCard(ws, { id: op.id, stageId: op.stageId, laneId: op.laneId, text: op.text, index: op.index });
        return;
      case 'editCard':
        ops.updateCard(ws, op.cardId, { text: op.text, ...(op.color ? { color: op.color } : {}) });
        return;
      case 'moveCard':
        ops.moveCard(ws, op.cardId, op.stageId, op.laneId, op.index);
        return;
      case 'deleteCards':
        ops.deleteCards(ws, op.cardIds);
        return;
      case 'addStage':
        ops.addStage(ws, op.mapId, op.id, op.name, op.index);
        return;
      case 'renameStage':
        ops.renameStage(ws, op.stageId, op.name);
        return;
      case 'moveStage':
        ops.moveStage(ws, op.stageId, op.index);
        return;
      case 'deleteStage':
        ops.deleteStage(ws, op.stageId);
        return;
      case 'addLane':
        ops.addLane(ws, op.mapId, op.id, 'text', `lane ${op.id}`, op.index);
        return;
      case 'moveLane':
        ops.moveLane(ws, op.laneId, op.index);
        return;
      case 'deleteLane':
        ops.deleteLane(ws, op.laneId);
        return;
      case 'setEmotion':
        ops.setEmotion(ws, op.laneId, op.stageId, op.score);
        return;
      case 'addLink':
        ops.addLink(ws, op.id, op.from, op.to);
        return;
      case 'deleteLink':
        ops.deleteLink(ws, op.linkId);
        return;
      case 'renameMap':
        ops.renameMap(ws, op.mapId, op.title, op.now);
        return;
    }
  };
}

// ---------------------------------------------------------------------------------------------
// The starting workspace: two maps, a few stages, cards, a link and scores. Ids are fixed so a
// recorded run replays (createMap draws lane and stage ids from crypto.randomUUID).

function initialWorkspace(): Workspace {
  let n = 0;
  const ids = vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(() => `i${++n}` as `${string}-${string}-${string}-${string}-${string}`);
  try {
    const ws = emptyWorkspace();
    ops.createMap(ws, { id: 'm1', title: 'One', stageNames: ['A', 'B', 'C'], now: 1 });
    ops.createMap(ws, { id: 'm2', title: 'Two', stageNames: ['X', 'Y'], now: 1 });
    let c = 0;
    for (const mapId of ['m1', 'm2']) {
      const stages = mapStages(ws, mapId);
      const lanes = mapLanes(ws, mapId).filter((l) => l.kind !== 'emotions');
      for (const stage of stages) {
        for (const lane of lanes.slice(0, 2)) ops.addCard(ws, { id: `c${++c}`, stageId: stage.id, laneId: lane.id, text: `card ${c}` });
      }
      const emotions = mapLanes(ws, mapId).find((l) => l.kind === 'emotions')!;
      stages.forEach((stage, i) => ops.setEmotion(ws, emotions.id, stage.id, (i % 5) - 2));
    }
    ops.addLink(ws, 'l1', 'c1', 'c3');
    ops.addLink(ws, 'l2', 'c7', 'c8');
    for (const map of Object.values(ws.maps)) map.updatedAt = 1;
    return ws;
  } finally {
    ids.mockRestore();
  }
}

// ---------------------------------------------------------------------------------------------
// The simulation

/** The time every tab reads (Date.now is mocked): runs replay exactly, and edits in one millisecond happen. */
const clock = { now: 1 };

interface Message {
  from: number;
  docId: string;
  update: Uint8Array;
  /** Made while its sender was offline: it leaves that tab at this step, when it is back. */
  heldUntil: number;
}

/**
 * How the updates of one tab reach another:
 * - `sent`: in the order they were sent, by anyone (a relay; mostly a BroadcastChannel too);
 * - `per-sender`: each sender's in the order it sent them, senders' interleaved at random (all a
 *   BroadcastChannel promises);
 * - `any`: in any order at all.
 */
type Delivery = 'sent' | 'per-sender' | 'any';

class Session {
  readonly tabs: WorkspaceStore[] = [];
  /** Per receiving tab, the updates sent to it and not yet applied, in the order they were sent. */
  readonly queues: Message[][] = [];
  readonly log: Action[] = [];
  /** The actions before the final delivery: what `replay` needs to repeat the run. */
  script: Action[] = [];
  /** A replayed, shrunk run may name records that are gone: such edits are skipped, not errors. */
  lenient = false;
  /** The step of a generated run, and until which step each tab is offline. */
  step = 0;
  readonly offlineUntil: number[] = [];

  constructor(count: number) {
    for (let t = 0; t < count; t++) {
      const store = createWorkspaceStore();
      if (t === 0) store.load(initialWorkspace());
      this.tabs.push(store);
      this.queues.push([]);
      this.offlineUntil.push(-1);
    }
    // Fixed client ids (tab t: t*1000+1000...), so a replay resolves concurrent writes the same
    // way; a higher id wins a conflict. Tab 0's initial content keeps its random client, which
    // decides no conflict: nothing was concurrent with it.
    this.tabs.forEach((store, t) => {
      let n = 0;
      store.docs().onDoc((_docId, doc) => {
        doc.clientID = (t + 1) * 1000 + n++;
      });
    });
    // The others get tab 0's documents (one history: a store.load() each would make another).
    const source = this.tabs[0]!.docs();
    for (const store of this.tabs.slice(1)) {
      for (const docId of source.ids()) store.docs().applyUpdate(docId, source.encode(docId), ORIGIN.tab);
    }
    // The tab channel: every update a tab makes (edit, undo, repair) goes to every other tab.
    this.tabs.forEach((store, t) => {
      store.docs().onUpdate((docId, update, origin) => {
        if (origin === ORIGIN.tab || origin === ORIGIN.stored) return;
        const heldUntil = this.offlineUntil[t]! > this.step ? this.offlineUntil[t]! : -1;
        this.queues.forEach((queue, to) => {
          if (to !== t) queue.push({ from: t, docId, update, heldUntil });
        });
      });
    });
  }

  state(t: number): Workspace {
    return this.tabs[t]!.store.getState().workspace;
  }

  async run(action: Action): Promise<void> {
    this.log.push(action);
    if ('edit' in action) {
      clock.now = action.at;
      const store = this.tabs[action.tab]!;
      const { edit } = action;
      const options = edit.op === 'editCard' && edit.base !== undefined ? { textBases: new Map([[edit.cardId, edit.base]]) } : undefined;
      try {
        store.apply(recipe(edit), options);
      } catch (error) {
        if (!this.lenient) throw error;
      }
    } else if ('history' in action) {
      const store = this.tabs[action.tab]!;
      if (action.history === 'undo') store.undo();
      else store.redo();
    } else if ('picks' in action) {
      const queue = this.queues[action.to]!;
      const picked = [...new Set(action.picks.filter((i) => i < queue.length))];
      const messages = picked.map((i) => queue[i]!);
      for (const i of [...picked].sort((a, b) => b - a)) queue.splice(i, 1);
      for (const message of messages) this.tabs[action.to]!.docs().applyUpdate(message.docId, message.update, ORIGIN.tab);
    } else {
      await settle();
    }
  }

  /** Deliver to tab `to` everything tab `from` sent it so far, in order. */
  async deliver(from: number, to: number): Promise<void> {
    const picks = this.queues[to]!.flatMap((m, i) => (m.from === from ? [i] : []));
    await this.run({ to, picks });
    await this.run({ settle: true });
  }

  /** Everyone online: deliver everything, in a random order, until nothing more is produced. */
  async deliverAll(random: Random, delivery: Delivery): Promise<void> {
    for (let round = 0; round < 100; round++) {
      // A macrotask turn: every queued microtask (orphan repair and what it sets off) has run.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.queues.every((q) => q.length === 0)) return;
      for (let to = 0; to < this.tabs.length; to++) {
        const all = this.queues[to]!.map((_, i) => i);
        const picks = order(random, delivery, this.queues[to]!, all);
        if (picks.length) await this.run({ to, picks });
        await this.run({ settle: true });
      }
    }
    throw new Error('updates keep coming: the tabs never quiet down');
  }
}

/** The queue entries `indices` (ascending) in an order `delivery` allows. */
function order(random: Random, delivery: Delivery, queue: Message[], indices: number[]): number[] {
  if (delivery === 'sent') return indices;
  if (delivery === 'any') return random.shuffle([...indices]);
  return interleave(random, queue, indices);
}

/** The queue entries `indices` in a random order that keeps each sender's own updates in the order sent. */
function interleave(random: Random, queue: Message[], indices: number[]): number[] {
  const bySender = new Map<number, number[]>();
  for (const i of indices) bySender.set(queue[i]!.from, [...(bySender.get(queue[i]!.from) ?? []), i]);
  const lines = [...bySender.values()];
  const out: number[] = [];
  while (lines.some((line) => line.length)) {
    const open = lines.filter((line) => line.length);
    out.push(random.pick(open)!.shift()!);
  }
  return out;
}

/** Let queued microtasks (orphan repair) and the promises they chain run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) await Promise.resolve();
}

// ---------------------------------------------------------------------------------------------
// Generating actions from what a tab sees

const WEIGHTS: [Op['op'] | 'undo' | 'redo', number][] = [
  ['addCard', 14],
  ['editCard', 12],
  ['moveCard', 10],
  ['deleteCards', 6],
  ['addStage', 5],
  ['renameStage', 4],
  ['moveStage', 4],
  ['deleteStage', 3],
  ['addLane', 1],
  ['moveLane', 4],
  ['deleteLane', 1],
  ['setEmotion', 5],
  ['addLink', 5],
  ['deleteLink', 3],
  ['renameMap', 3],
  ['undo', 9],
  ['redo', 5],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);

/** A card text edit as typing makes it: an insertion or deletion somewhere in the text. */
function typed(random: Random, text: string, n: number): string {
  const at = random.int(text.length + 1);
  if (text.length > 3 && random.chance(0.35)) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + random.int(4)));
  return text.slice(0, at) + `<${n}>` + text.slice(at);
}

/** Edits whose typing started earlier (the text they started from is their base). */
type Drafts = Map<number, { cardId: string; base: string }>;

function generateEdit(random: Random, ws: Workspace, tab: number, n: number, drafts: Drafts): Action | null {
  const action = generateChange(random, ws, tab, n, drafts);
  if (!action || !('edit' in action)) return action;
  // The clock moves on between most edits; some land in the same millisecond (as another tab's may).
  return { ...action, at: clock.now + (random.chance(0.3) ? 0 : 1 + random.int(3)) };
}

type Change = { tab: number; edit: Op } | { tab: number; history: 'undo' | 'redo' };

function generateChange(random: Random, ws: Workspace, tab: number, n: number, drafts: Drafts): Change | null {
  let roll = random.int(TOTAL_WEIGHT);
  let kind = WEIGHTS[0]![0];
  for (const [k, w] of WEIGHTS) {
    if (roll < w) {
      kind = k;
      break;
    }
    roll -= w;
  }
  if (kind === 'undo' || kind === 'redo') return { tab, history: kind };
  const id = `t${tab}.${n}`;
  const mapId = random.pick(Object.keys(ws.maps).sort());
  if (!mapId) return null;
  const stages = mapStages(ws, mapId);
  const lanes = mapLanes(ws, mapId);
  const cardLanes = lanes.filter((l) => l.kind !== 'emotions');
  const cards = Object.values(ws.cards)
    .filter((c) => c.mapId === mapId)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const links = Object.values(ws.links)
    .filter((l) => l.mapId === mapId)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const stage = random.pick(stages);
  const lane = random.pick(cardLanes);
  const card = random.pick(cards);
  switch (kind) {
    case 'addCard':
      return stage && lane ? { tab, edit: { op: 'addCard', id, stageId: stage.id, laneId: lane.id, text: `card ${id}`, index: random.int(4) } } : null;
    case 'editCard': {
      // Sometimes the tab commits an edit it began a while ago (the card may have changed since).
      const draft = drafts.get(tab);
      if (draft && ws.cards[draft.cardId] && random.chance(0.5)) {
        drafts.delete(tab);
        return { tab, edit: { op: 'editCard', cardId: draft.cardId, base: draft.base, text: typed(random, draft.base, n) } };
      }
      if (!card) return null;
      if (random.chance(0.3)) {
        drafts.set(tab, { cardId: card.id, base: card.text });
        return null;
      }
      return { tab, edit: { op: 'editCard', cardId: card.id, text: typed(random, card.text, n), ...(random.chance(0.2) ? { color: random.chance(0.5) ? 'pink' : 'blue' } : {}) } };
    }
    case 'moveCard':
      return card && stage && lane ? { tab, edit: { op: 'moveCard', cardId: card.id, stageId: stage.id, laneId: lane.id, index: random.int(4) } } : null;
    case 'deleteCards': {
      if (!card) return null;
      const other = random.chance(0.3) ? random.pick(cards) : undefined;
      return { tab, edit: { op: 'deleteCards', cardIds: other && other.id !== card.id ? [card.id, other.id] : [card.id] } };
    }
    case 'addStage':
      return stages.length < 7 ? { tab, edit: { op: 'addStage', mapId, id, name: `stage ${id}`, index: random.int(stages.length + 1) } } : null;
    case 'renameStage':
      return stage ? { tab, edit: { op: 'renameStage', stageId: stage.id, name: `renamed ${id}` } } : null;
    case 'moveStage':
      return stage ? { tab, edit: { op: 'moveStage', stageId: stage.id, index: random.int(stages.length) } } : null;
    case 'deleteStage':
      return stage && stages.length > 1 ? { tab, edit: { op: 'deleteStage', stageId: stage.id } } : null;
    case 'addLane':
      return lanes.length < 12 ? { tab, edit: { op: 'addLane', mapId, id, index: random.int(lanes.length + 1) } } : null;
    case 'moveLane': {
      const moved = random.pick(lanes);
      return moved ? { tab, edit: { op: 'moveLane', laneId: moved.id, index: random.int(lanes.length) } } : null;
    }
    case 'deleteLane':
      return lane && cardLanes.length > 2 ? { tab, edit: { op: 'deleteLane', laneId: lane.id } } : null;
    case 'setEmotion': {
      const emotions = lanes.find((l) => l.kind === 'emotions');
      return emotions && stage ? { tab, edit: { op: 'setEmotion', laneId: emotions.id, stageId: stage.id, score: random.chance(0.15) ? null : random.int(5) - 2 } } : null;
    }
    case 'addLink': {
      const to = random.pick(cards);
      return card && to && to.id !== card.id ? { tab, edit: { op: 'addLink', id, from: card.id, to: to.id } } : null;
    }
    case 'deleteLink': {
      const link = random.pick(links);
      return link ? { tab, edit: { op: 'deleteLink', linkId: link.id } } : null;
    }
    case 'renameMap':
      return { tab, edit: { op: 'renameMap', mapId, title: `title ${id}`, now: n + 10 } };
  }
}

interface RunOptions {
  tabs: number;
  steps: number;
  /** In what order updates reach a tab (see Delivery). */
  delivery: Delivery;
}

/** One seeded run: random edits, late and shuffled delivery, offline stretches; then everything delivered. */
async function simulate(seed: number, { tabs, steps, delivery }: RunOptions): Promise<Session> {
  const random = prng(seed);
  const session = new Session(tabs);
  const drafts: Drafts = new Map();
  for (let n = 0; n < steps; n++) {
    session.step = n;
    const { offlineUntil } = session;
    const online = (t: number) => offlineUntil[t]! <= n;
    // Someone goes offline for a stretch (edits still happen there; nothing goes in or out).
    for (let t = 0; t < tabs; t++) if (online(t) && random.chance(0.015)) offlineUntil[t] = n + 5 + random.int(30);
    const tab = random.int(tabs);
    const action = generateEdit(random, session.state(tab), tab, n, drafts);
    if (action) await session.run(action);
    // Some updates arrive: at a random online tab, a batch of those that have left their sender.
    const deliveries = random.int(4);
    for (let d = 0; d < deliveries; d++) {
      const to = random.int(tabs);
      if (!online(to)) continue;
      const ready = session.queues[to]!.flatMap((m, i) => (m.heldUntil <= n ? [i] : []));
      if (ready.length === 0) continue;
      const count = 1 + random.int(Math.min(6, ready.length));
      const picks = order(random, delivery, session.queues[to]!, ready).slice(0, count);
      await session.run({ to, picks });
      // Mostly each message is its own task (BroadcastChannel); sometimes several land at once.
      if (random.chance(0.7)) await session.run({ settle: true });
    }
    if (random.chance(0.8)) await session.run({ settle: true });
  }
  session.script = [...session.log];
  session.step = steps;
  await session.deliverAll(random, delivery);
  return session;
}

/** Replay a recorded list of actions (records a shrunk run no longer has are skipped), then deliver all. */
async function replay(tabs: number, actions: Action[], delivery: Delivery): Promise<Session> {
  const session = new Session(tabs);
  session.lenient = true;
  for (const action of actions) await session.run(action);
  await session.deliverAll(prng(1), delivery);
  return session;
}

// ---------------------------------------------------------------------------------------------
// What must hold at the end

/** JSON with sorted keys, so two equal values print the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return Array.from(v);
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** The read model, as plain data (persona photos are not part of these runs). */
function readModel(session: Session, t: number): unknown {
  return JSON.parse(canonical(session.state(t)));
}

/** Every record of every document, sorted. */
function documents(session: Session, t: number): unknown[] {
  const docs = session.tabs[t]!.docs();
  return [...docs.records()]
    .map(({ docId, table, id, value }) => JSON.parse(canonical({ docId, table, id, value })) as { docId: string; table: string; id: string })
    .sort((a, b) => (canonical([a.docId, a.table, a.id]) < canonical([b.docId, b.table, b.id]) ? -1 : 1));
}

/** What is wrong with a workspace: cards or links pointing at nothing, orders that do not sort. */
function problems(ws: Workspace): string[] {
  const found: string[] = [];
  for (const [table, rows] of Object.entries(ws)) {
    for (const [id, row] of Object.entries(rows as Record<string, { id: string }>)) if (row.id !== id) found.push(`${table} ${id} holds id ${row.id}`);
  }
  for (const stage of Object.values(ws.stages)) if (!ws.maps[stage.mapId]) found.push(`stage ${stage.id} of missing map ${stage.mapId}`);
  for (const lane of Object.values(ws.lanes)) if (!ws.maps[lane.mapId]) found.push(`lane ${lane.id} of missing map ${lane.mapId}`);
  for (const card of Object.values(ws.cards)) {
    const stage = ws.stages[card.stageId];
    const lane = ws.lanes[card.laneId];
    if (!ws.maps[card.mapId]) found.push(`card ${card.id} of missing map ${card.mapId}`);
    if (!stage) found.push(`card ${card.id} on missing stage ${card.stageId}`);
    else if (stage.mapId !== card.mapId) found.push(`card ${card.id} on stage ${stage.id} of another map`);
    if (!lane) found.push(`card ${card.id} in missing lane ${card.laneId}`);
    else if (lane.mapId !== card.mapId) found.push(`card ${card.id} in lane ${lane.id} of another map`);
  }
  for (const link of Object.values(ws.links)) {
    const from = ws.cards[link.fromCardId];
    const to = ws.cards[link.toCardId];
    if (!from || !to) found.push(`link ${link.id} to a missing card`);
    else if (from.mapId !== link.mapId || to.mapId !== link.mapId) found.push(`link ${link.id} across maps`);
  }
  const strict = (what: string, items: { id: string; order: number }[]) => {
    if (new Set(items.map((i) => i.id)).size !== items.length) found.push(`${what}: an id twice`);
    for (const item of items) if (typeof item.order !== 'number' || !Number.isFinite(item.order)) found.push(`${what}: ${item.id} has order ${String(item.order)}`);
    const sorted = [...items].sort(byOrder);
    for (let i = 1; i < sorted.length; i++) if (!(byOrder(sorted[i - 1]!, sorted[i]!) < 0)) found.push(`${what}: ${sorted[i - 1]!.id} and ${sorted[i]!.id} do not sort`);
  };
  for (const mapId of Object.keys(ws.maps)) {
    strict(`stages of ${mapId}`, mapStages(ws, mapId));
    strict(`lanes of ${mapId}`, mapLanes(ws, mapId));
  }
  const cells = new Map<string, { id: string; order: number }[]>();
  for (const card of Object.values(ws.cards)) {
    const key = `${card.stageId}|${card.laneId}`;
    cells.set(key, [...(cells.get(key) ?? []), card]);
  }
  for (const [key, cards] of cells) strict(`cell ${key}`, cards);
  return found;
}

/** What a tab opened now on tab `t`'s documents would show (the store's own reading of them). */
function freshTab(session: Session, t: number): Workspace {
  const docs = session.tabs[t]!.docs();
  const store = createWorkspaceStore();
  store.loadDocs(new Map(docs.ids().map((docId) => [docId, [docs.encode(docId)]])));
  return store.store.getState().workspace;
}

/** Records where tab `t`'s read model, kept up to date change by change, differs from a fresh reading of its documents. */
function liveVersusFresh(session: Session, t: number): string[] {
  const live = session.state(t) as unknown as Record<string, Record<string, unknown>>;
  const fresh = freshTab(session, t) as unknown as Record<string, Record<string, unknown>>;
  const found: string[] = [];
  for (const table of Object.keys(live)) {
    for (const id of new Set([...Object.keys(live[table]!), ...Object.keys(fresh[table]!)])) {
      const [a, b] = [canonical(live[table]![id]), canonical(fresh[table]![id])];
      if (a !== b) found.push(`${table}/${id}: read model ${a ?? 'none'}, fresh reading ${b ?? 'none'}`);
    }
  }
  return found;
}

/** Records the documents hold but the read model does not show (unreadable or orphaned): lost to the user. */
function hiddenRecords(session: Session, t: number): string[] {
  const ws = session.state(t) as unknown as Record<string, Record<string, unknown>>;
  const found: string[] = [];
  for (const { docId, table, id, value } of session.tabs[t]!.docs().records()) {
    if (ws[table]![id] !== undefined) continue;
    const shape = hasRecordShape(table, id, value) ? '' : ', fails the record shape';
    found.push(`${docId} ${table}/${id}: ${canonical(value)}${shape}`);
  }
  return found;
}

function expectConverged(session: Session): void {
  const tabs = session.tabs.map((_, t) => t);
  const docs0 = session.tabs[0]!.docs();
  // Every update arrived and was integrated: no tab still waits for parts of one.
  for (const t of tabs) {
    const docs = session.tabs[t]!.docs();
    expect(docs.ids().sort(), `documents of tab ${t}`).toEqual(docs0.ids().sort());
    for (const docId of docs.ids()) {
      const store = (docs.doc(docId) as Y.Doc & { store: { pendingStructs: unknown; pendingDs: unknown } }).store;
      expect(store.pendingStructs, `updates stuck as pending in ${docId} of tab ${t}`).toBeNull();
      expect(store.pendingDs, `deletions stuck as pending in ${docId} of tab ${t}`).toBeNull();
      expect(Y.decodeStateVector(docs.stateVector(docId)), `state vector of ${docId} in tab ${t}`).toEqual(Y.decodeStateVector(docs0.stateVector(docId)));
    }
  }
  // (2) the same documents everywhere
  const records0 = documents(session, 0);
  for (const t of tabs.slice(1)) expect(documents(session, t), `documents of tab ${t} vs tab 0`).toEqual(records0);
  // (1) the same read model everywhere
  const model0 = readModel(session, 0);
  for (const t of tabs.slice(1)) expect(readModel(session, t), `read model of tab ${t} vs tab 0`).toEqual(model0);
  // Each read model is what a tab opened now on the same documents would show...
  for (const t of tabs) expect(liveVersusFresh(session, t), `read model of tab ${t} vs a fresh reading of its documents`).toEqual([]);
  // ...and shows every record they hold: none is left unreadable or orphaned in them.
  for (const t of tabs) expect(hiddenRecords(session, t), `records in the documents of tab ${t} that it does not show`).toEqual([]);
  // (3) a valid workspace
  expect(problems(session.state(0)), 'an invalid workspace').toEqual([]);
}

/** What a map holds, in one tab's read model. */
function mapContent(ws: Workspace, mapId: string) {
  return {
    map: Boolean(ws.maps[mapId]),
    stages: mapStages(ws, mapId).length,
    lanes: mapLanes(ws, mapId).length,
    cards: Object.values(ws.cards).filter((c) => c.mapId === mapId).length,
  };
}

// ---------------------------------------------------------------------------------------------

beforeEach(() => {
  clock.now = 1;
  vi.spyOn(Date, 'now').mockImplementation(() => clock.now);
});

afterEach(() => {
  vi.restoreAllMocks();
});

// More or other runs: CONVERGENCE_RUNS=500 CONVERGENCE_FIRST_SEED=1000 CONVERGENCE_STEPS=300 npx vitest run src/sync/convergence.test.ts
const RUNS = Number(process.env.CONVERGENCE_RUNS) || 48;
const FIRST_SEED = Number(process.env.CONVERGENCE_FIRST_SEED) || 1;
const STEPS = Number(process.env.CONVERGENCE_STEPS) || 150;
const SEEDS = Array.from({ length: RUNS }, (_, i) => FIRST_SEED + i);
// Every transport Tropa uses keeps one sender's updates in order (a BroadcastChannel, one
// WebSocket per participant); across senders any order happens. ('any', which also reorders one
// sender's updates, finds a Yjs bug - updates left pending for good - that no transport here
// can trigger; it stays available for a run by hand with CONVERGENCE_DELIVERY=any.)
const DELIVERIES: Delivery[] = process.env.CONVERGENCE_DELIVERY === 'any' ? ['any'] : ['sent', 'per-sender'];

// A failing seed names the check that failed; the minimised cases below are such failures cut down.
describe('concurrent tabs converge (seeded random sessions)', () => {
  it.each(SEEDS)('seed %i (tabs: 2 + seed % 2; delivery: in order sent, or per sender, by seed)', async (seed) => {
    const options: RunOptions = { tabs: 2 + (seed % 2), steps: STEPS, delivery: DELIVERIES[seed % DELIVERIES.length]! };
    const session = await simulate(seed, options);
    expectConverged(session);
    // The run did something: edits in every tab, undos, deliveries along the way.
    const edits = session.script.filter((a) => 'edit' in a);
    expect(edits.length).toBeGreaterThan(STEPS / 10);
    expect(new Set(edits.map((a) => a.tab)).size).toBe(options.tabs);
    expect(session.script.some((a) => 'history' in a)).toBe(true);
    expect(session.script.some((a) => 'picks' in a)).toBe(true);
  });

  it('a recorded run replays to the same documents (a failing seed can be cut down)', async () => {
    const session = await simulate(3, { tabs: 3, steps: STEPS, delivery: 'per-sender' });
    const again = await replay(3, session.script, 'per-sender');
    expect(documents(again, 0)).toEqual(documents(session, 0));
  });
});

// Failures the runs above found, each cut down to the few steps that reproduce it.
describe('concurrent tabs: minimised cases', () => {
  // Every edit also writes its map's updatedAt, so two tabs editing one map at once both write
  // that field; the higher Yjs client id wins. When the winner then presses Undo, Y.UndoManager
  // deletes its value but refuses to bring back the old one ("conflicts with a change from
  // another client"): the field is left with no value at all (yjs/yjs#514). A store that takes
  // such a record for gone drops the map from the read model, and orphan repair then deletes
  // every stage, lane and card of the map from the documents, in every tab.
  it('Undo after another tab edited the same map keeps the map and everything on it', async () => {
    const session = new Session(2);
    await session.run({ tab: 0, edit: { op: 'editCard', cardId: 'c1', text: 'card 1, by tab 0' }, at: 2 });
    await session.run({ tab: 1, edit: { op: 'editCard', cardId: 'c2', text: 'card 2, by tab 1' }, at: 3 });
    await session.deliver(0, 1);
    await session.run({ tab: 1, history: 'undo' });
    await session.deliverAll(prng(1), 'sent');
    for (const t of [0, 1]) expect(mapContent(session.state(t), 'm1'), `map m1 in tab ${t}`).toEqual({ map: true, stages: 3, lanes: 9, cards: 6 });
    expectConverged(session);
  });

  // Tab 0 deletes a card that tab 1 has just moved. Undo in tab 0 brings the card's Y.Map back,
  // but not the fields tab 1 set while it was deleted (stageId, laneId, order): the same
  // "conflicts with a change from another client" refusal, for the children of a restored type
  // (yjs/yjs#472). The card is back in the documents without them and, with no stage or lane to
  // show it in, stays invisible in every tab.
  it('Undo of a card deletion after another tab moved it: the card does not come back half, in any tab', async () => {
    const session = new Session(2);
    const [, stageB] = mapStages(session.state(1), 'm1');
    const lane = mapLanes(session.state(1), 'm1').find((l) => l.kind === 'thoughts')!;
    await session.run({ tab: 1, edit: { op: 'moveCard', cardId: 'c1', stageId: stageB!.id, laneId: lane.id, index: 0 }, at: 2 });
    await session.run({ tab: 0, edit: { op: 'deleteCards', cardIds: ['c1'] }, at: 3 });
    await session.deliver(1, 0);
    await session.run({ tab: 0, history: 'undo' });
    await session.deliverAll(prng(1), 'sent');
    // Yjs restores no field another person changed while the card was deleted, so it would come
    // back without a stage: it comes back properly or not at all - in every tab alike.
    for (const t of [0, 1]) expect(session.state(t).cards.c1, `card c1 in tab ${t}`).toBeUndefined();
    expectConverged(session);
  });

  // Updates of different tabs can arrive in an order that is not causal: here tab 1 gets tab 0's
  // edits before tab 2's, on which the first of them builds. (It can happen right after a tab
  // opens: its documents come from the database, which may lack the others' last edits, and a
  // tab's live updates can reach it before that tab's answer to its hello.) Yjs keeps the part
  // of tab 0's updates that waits for tab 2's edit pending, but applies their deletions at once
  // (yjs/yjs#591): the stage's old name is deleted while the new one waits, so for a moment the
  // stage record has no name. A store that takes that passing state for a deleted stage lets
  // orphan repair delete its cards (and their link) from the documents, for every tab, for good;
  // a map record caught the same way would take all its stages, lanes and cards with it.
  it('cards survive updates that arrive out of causal order', async () => {
    const session = new Session(3);
    const [stageA] = mapStages(session.state(0), 'm1');
    await session.run({ tab: 2, edit: { op: 'editCard', cardId: 'c1', text: 'card 1 (tab 2)' }, at: 2 });
    await session.deliver(2, 0);
    await session.run({ tab: 0, edit: { op: 'editCard', cardId: 'c1', text: 'card 1 (tab 2)(tab 0)' }, at: 3 });
    await session.run({ tab: 0, edit: { op: 'renameStage', stageId: stageA!.id, name: 'A, renamed' }, at: 4 });
    await session.deliver(0, 1);
    await session.deliverAll(prng(1), 'sent');
    for (const t of [0, 1, 2]) expect(mapContent(session.state(t), 'm1'), `map m1 in tab ${t}`).toEqual({ map: true, stages: 3, lanes: 9, cards: 6 });
    expect(session.state(1).cards.c1?.text).toBe('card 1 (tab 2)(tab 0)');
    expect(session.state(1).stages[stageA!.id]?.name).toBe('A, renamed');
    expectConverged(session);
  });

  // Tab 1 deletes a stage while tab 0 moves a card (the start of a link) onto it. Merged, the
  // card is an orphan of a proven deletion and orphan repair removes it; the link was judged in
  // the same pass, while the card was still there, so it was only hidden, to wait for the card.
  // Nothing looks at it again once the card is removed: it stays in the documents for good,
  // shown by no tab (a tab opened later would remove it, as a fresh reading finds its card gone).
  it('a link goes with the card orphan repair removes', async () => {
    const session = new Session(2);
    const stageY = mapStages(session.state(0), 'm2')[1]!;
    const c7 = session.state(0).cards.c7!;
    await session.run({ tab: 1, edit: { op: 'deleteStage', stageId: stageY.id }, at: 2 });
    await session.run({ tab: 0, edit: { op: 'moveCard', cardId: 'c7', stageId: stageY.id, laneId: c7.laneId, index: 0 }, at: 3 });
    await session.deliverAll(prng(1), 'sent');
    for (const t of [0, 1]) {
      expect(session.state(t).cards.c7, `card c7 in tab ${t}`).toBeUndefined();
      expect(session.tabs[t]!.docs().read('map:m2', 'links', 'l2'), `link l2 in the documents of tab ${t}`).toBeUndefined();
    }
    expectConverged(session);
  });

});
