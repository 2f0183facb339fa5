// The server's pure parts, in process: update validation, message grammar, origins, CSP.
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeCard, makeLane, makeStage } from '../src/domain/defaults';
import { MAX_STAGES_PER_MAP, MAX_TEXT } from '../src/domain/limits';
import { createRecord } from '../src/sync/records';
import { HostCheck, hostOnly, isLoopback, isThisMachine, originAllowed } from './network';
import { parseClientMessage, ProtocolError } from './protocol';
import { withConnectSources } from './staticApp';
import { frame } from './testkit';
import { UpdateValidator } from './validate';

const MAP = 'm1';

/** A server document and a client that edits a synced copy of it; returns each edit's update. */
function setup() {
  const real = new Y.Doc();
  const validator = new UpdateValidator(real, MAP);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(real));
  const edit = (write: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(client);
    client.transact(() => write(client));
    return Y.encodeStateAsUpdate(client, before);
  };
  /** Check, and apply to the server document when valid (as Hocuspocus then does). */
  const send = (update: Uint8Array) => {
    const verdict = validator.check(update);
    if (verdict.ok) Y.applyUpdate(real, update);
    return verdict;
  };
  return { real, validator, client, edit, send };
}

const card = (id: string, fields: Record<string, unknown> = {}) =>
  createRecord('cards', { ...makeCard({ id, mapId: MAP, stageId: 's', laneId: 'l', text: 'hello', order: 1 }), ...fields });

describe('UpdateValidator', () => {
  it('takes valid records and edits of them', () => {
    const { send, edit, real } = setup();
    expect(send(edit((d) => d.getMap('stages').set('s', createRecord('stages', { ...makeStage(MAP, 's', 'Stage', 1) }))))).toEqual({ ok: true });
    expect(send(edit((d) => d.getMap('lanes').set('l', createRecord('lanes', { ...makeLane(MAP, 'l', 'emotions', 1), scores: { s: 2 } }))))).toEqual({ ok: true });
    expect(send(edit((d) => d.getMap('cards').set('c', card('c'))))).toEqual({ ok: true });
    expect(send(edit((d) => ((d.getMap('cards').get('c') as Y.Map<unknown>).get('text') as Y.Text).insert(5, ' world')))).toEqual({ ok: true });
    expect(send(edit((d) => d.getMap('cards').delete('c')))).toEqual({ ok: true });
    expect(real.getMap('cards').size).toBe(0);
  });

  it('refuses wrong shapes, foreign maps, long texts, formatted texts, stray roots and values', () => {
    const refused = (write: (doc: Y.Doc) => void) => {
      const { send, edit } = setup();
      const verdict = send(edit(write));
      expect(verdict.ok).toBe(false);
      return verdict.ok ? '' : verdict.reason;
    };
    expect(refused((d) => d.getMap('cards').set('c', card('c', { order: 'x' })))).toMatch(/wrong shape/);
    expect(refused((d) => d.getMap('cards').set('c', card('c', { mapId: 'other' })))).toMatch(/another map/);
    expect(refused((d) => d.getMap('cards').set('c', card('c', { text: 'x'.repeat(MAX_TEXT + 1) })))).toMatch(/text of 20001 characters/);
    expect(refused((d) => d.getMap('stages').set('s', createRecord('stages', { ...makeStage(MAP, 's', 'n'.repeat(501), 1) })))).toMatch(/name of 501/);
    expect(refused((d) => d.getMap('cards').set('c', card('c', { note: 'n'.repeat(20_001) })))).toMatch(/note of 20001/);
    expect(refused((d) => d.getMap('lanes').set('l', createRecord('lanes', { ...makeLane(MAP, 'l', 'emotions', 1), scores: { s: 7 } })))).toMatch(/wrong shape/);
    expect(refused((d) => d.getMap('cards').set('c', card('c', { id: 'other-id' })))).toMatch(/wrong shape/);
    expect(refused((d) => d.getMap('maps').set('other-map', createRecord('maps', { id: 'other-map', title: 't', segmentId: null, personaId: null, createdAt: 1, updatedAt: 1 })))).toMatch(/another map/);
    expect(
      refused((d) => {
        const c = card('c');
        d.getMap('cards').set('c', c);
        (c.get('text') as Y.Text).format(0, 2, { bold: true });
      }),
    ).toMatch(/formatted or embedded/);
    expect(refused((d) => d.getMap('cards').set('c', 'not a record'))).toMatch(/not a record/);
    expect(refused((d) => d.getArray('sneaky').push(['x']))).toMatch(/unknown root/);
    expect(refused((d) => d.getMap('cards').set('x'.repeat(201), card('x'.repeat(201))))).toMatch(/id of 201/);
  });

  it('refuses growth past a per-map limit, not edits of a map already past it', () => {
    const { send, edit } = setup();
    const many = edit((d) => {
      for (let i = 0; i <= MAX_STAGES_PER_MAP; i++) d.getMap('stages').set(`s${i}`, createRecord('stages', { ...makeStage(MAP, `s${i}`, 'S', i) }));
    });
    const verdict = send(many);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(/stages: 201 records, the limit is 200/);
  });

  it('lets an old over-long text be, but not grow', () => {
    const { real, validator, client, edit, send } = setup();
    // A card made by an older Tropa, with a text past today's limit, already in the room.
    real.getMap('cards').set('old', card('old', { text: 'o'.repeat(MAX_TEXT + 10) }));
    Y.applyUpdate(client, Y.encodeStateAsUpdate(real));
    const cards = () => client.getMap('cards').get('old') as Y.Map<unknown>;
    expect(send(edit(() => cards().set('color', 'yellow')))).toEqual({ ok: true });
    expect(send(edit(() => (cards().get('text') as Y.Text).insert(0, 'more'))).ok).toBe(false);
    validator.destroy();
  });

  it('forgets a refused update: what depends on it is refused as missing, the rest goes on', () => {
    const { send, edit } = setup();
    const bad = edit((d) => d.getMap('cards').set('bad', card('bad', { order: 'x' })));
    expect(send(bad).ok).toBe(false);
    // The client still has "bad" and edits it: the room never took it, so this cannot apply.
    const dependent = edit((d) => (d.getMap('cards').get('bad') as Y.Map<unknown>).set('order', 2));
    const verdict = send(dependent);
    expect(verdict).toMatchObject({ ok: false, missingDependencies: true });
    // A fresh, valid update from another client passes.
    const other = new Y.Doc();
    other.getMap('cards').set('fine', card('fine'));
    expect(send(Y.encodeStateAsUpdate(other))).toEqual({ ok: true });
  });

  it('refuses bytes that are not an update', () => {
    const { validator } = setup();
    const verdict = validator.check(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]));
    expect(verdict.ok).toBe(false);
  });
});

describe('parseClientMessage', () => {
  const room = 'room-1';
  it('reads what the Hocuspocus provider sends', () => {
    const sv = Y.encodeStateVector(new Y.Doc());
    expect(parseClientMessage(frame(room, 0, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint8Array(e, sv))))).toMatchObject({ type: 'sync', sync: 'step1' });
    expect(parseClientMessage(frame(room, 0, (e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, new Uint8Array([0, 0])))))).toMatchObject({ type: 'sync', sync: 'update' });
    expect(parseClientMessage(frame(room, 2, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarString(e, 'token'))))).toMatchObject({ type: 'auth' });
    expect(parseClientMessage(frame(room, 3, () => {}))).toMatchObject({ type: 'queryAwareness' });
    const awareness = encoding.createEncoder();
    encoding.writeVarUint(awareness, 1);
    encoding.writeVarUint(awareness, 42);
    encoding.writeVarUint(awareness, 1);
    encoding.writeVarString(awareness, JSON.stringify({ user: { name: 'Ann' } }));
    expect(parseClientMessage(frame(room, 1, (e) => encoding.writeVarUint8Array(e, encoding.toUint8Array(awareness))))).toMatchObject({ type: 'awareness' });
    expect(parseClientMessage(frame(room, 5, (e) => encoding.writeVarString(e, '{"follow":1}')))).toMatchObject({ type: 'stateless' });
    expect(parseClientMessage(frame(room, 7, () => {}))).toMatchObject({ type: 'close' });
  });

  it('refuses anything else', () => {
    const bad = [
      new Uint8Array([]),
      new Uint8Array([200, 200, 200, 200, 200]), // a name length past the end
      frame(room, 8, (e) => encoding.writeVarUint(e, 1)), // SyncStatus: servers send it, clients do not
      frame(room, 42, () => {}),
      frame(room, 0, (e) => (encoding.writeVarUint(e, 9), encoding.writeVarUint8Array(e, new Uint8Array([0])))),
      frame(room, 0, (e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint(e, 1000))), // payload length past the end
      frame(room, 3, (e) => encoding.writeVarUint(e, 1)), // trailing bytes
      frame(room, 2, (e) => (encoding.writeVarUint(e, 1), encoding.writeVarString(e, 'x'))), // auth sub-type a client never sends
      frame(room, 1, (e) => encoding.writeVarUint8Array(e, new Uint8Array([1, 1, 1, 3, 0x7b, 0x7b, 0x7b]))), // awareness state not JSON
      frame('', 3, () => {}),
    ];
    for (const message of bad) expect(() => parseClientMessage(message)).toThrow();
    expect(() => parseClientMessage(frame(room, 42, () => {}))).toThrow(ProtocolError);
  });
});

describe('origins and hosts', () => {
  it('lets a page of the server itself in, and programs without Origin', () => {
    expect(originAllowed('http://192.168.1.5:8787', '192.168.1.5:8787', false, [])).toBe(true);
    expect(originAllowed(undefined, '192.168.1.5:8787', false, [])).toBe(true);
    expect(originAllowed('https://room.local:8443', 'room.local:8443', true, [])).toBe(true);
    expect(originAllowed('http://room.local:8443', 'room.local:8443', true, [])).toBe(false);
    expect(originAllowed('http://evil.example', '192.168.1.5:8787', false, [])).toBe(false);
    expect(originAllowed('http://localhost:5173', '127.0.0.1:8787', false, ['http://localhost:5173'])).toBe(true);
    expect(originAllowed('null', '127.0.0.1:8787', false, [])).toBe(false);
  });

  it('knows its own host names only', () => {
    const hosts = new HostCheck(['workshop.example']);
    expect(hosts.allows('127.0.0.1:8787')).toBe(true);
    expect(hosts.allows('localhost:8787')).toBe(true);
    expect(hosts.allows('workshop.example')).toBe(true);
    expect(hosts.allows('rebind.evil.example:8787')).toBe(false);
    expect(hosts.allows(undefined)).toBe(false);
    expect(hostOnly('[::1]:80')).toBe('[::1]');
    expect(hostOnly('a b')).toBeNull();
  });

  it('tells the facilitator machine from the LAN', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('192.168.1.20')).toBe(false);
    expect(isLoopback('::ffff:10.0.0.3')).toBe(false);
    expect(isLoopback(undefined)).toBe(false);
    expect(isThisMachine('127.0.0.1')).toBe(true);
    expect(isThisMachine('203.0.113.77')).toBe(false);
  });
});

describe('withConnectSources', () => {
  it('adds the room origin to connect-src, or derives connect-src from default-src', () => {
    expect(withConnectSources("default-src 'self'; connect-src 'self' data:", ['ws://h:1'])).toBe("default-src 'self'; connect-src 'self' data: ws://h:1");
    expect(withConnectSources("default-src 'self'; img-src data:", ['ws://h:1'])).toBe("default-src 'self'; img-src data:; connect-src 'self' ws://h:1");
    expect(withConnectSources("default-src 'self'; connect-src 'none'", ['wss://h'])).toBe("default-src 'self'; connect-src wss://h");
    expect(withConnectSources("script-src 'self'", ['ws://h:1'])).toBe("script-src 'self'");
  });
});
