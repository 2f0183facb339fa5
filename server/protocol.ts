// What a client may send, checked byte by byte before Hocuspocus sees it: the Hocuspocus 3
// framing (document name, message type) around the y-protocols sync and awareness messages.
// Anything that does not parse to the end, or parses to a type a client never sends, is a
// protocol violation and the client is cut off. Whether a Yjs update is a valid update (and
// produces valid records) is checked later, against the document (validate.ts).
import * as decoding from 'lib0/decoding';

/** Hocuspocus 3 message types (@hocuspocus/server types.ts). */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  SyncReply: 4,
  Stateless: 5,
  BroadcastStateless: 6,
  Close: 7,
  SyncStatus: 8,
} as const;

/** y-protocols sync message types. */
export const SyncType = { Step1: 0, Step2: 1, Update: 2 } as const;

export const LIMITS = {
  documentName: 200,
  token: 512,
  /** One awareness message (a participant's name, colour, cursor, selection). */
  awareness: 64 * 1024,
  /** One stateless message (follow-me requests and the like). */
  stateless: 16 * 1024,
};

export type ParsedMessage =
  | { documentName: string; type: 'sync'; sync: 'step1' | 'step2' | 'update'; payload: Uint8Array }
  | { documentName: string; type: 'awareness' | 'auth' | 'queryAwareness' | 'stateless' | 'close' };

export class ProtocolError extends Error {}

function fail(reason: string): never {
  throw new ProtocolError(reason);
}

function readString(decoder: decoding.Decoder, max: number, what: string): string {
  // The length prefix is checked before the bytes are read: a forged length cannot make us
  // decode (or allocate) more than the message holds.
  const start = decoder.pos;
  const length = decoding.readVarUint(decoder);
  if (length > decoder.arr.length - decoder.pos) fail(`${what}: length past the end`);
  if (length > max * 4) fail(`${what}: too long`);
  decoder.pos = start;
  const value = decoding.readVarString(decoder);
  if (value.length > max) fail(`${what}: too long`);
  return value;
}

function readBytes(decoder: decoding.Decoder, what: string): Uint8Array {
  const start = decoder.pos;
  const length = decoding.readVarUint(decoder);
  if (length > decoder.arr.length - decoder.pos) fail(`${what}: length past the end`);
  decoder.pos = start;
  return decoding.readVarUint8Array(decoder);
}

/** An awareness update: [count, (clientID, clock, JSON state)*]. */
function checkAwareness(update: Uint8Array): void {
  if (update.length > LIMITS.awareness) fail('awareness: too large');
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > 1000) fail('awareness: too many states');
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    const state = readString(decoder, LIMITS.awareness, 'awareness state');
    JSON.parse(state);
  }
  if (decoding.hasContent(decoder)) fail('awareness: trailing bytes');
}

/** Parse one client message; throws ProtocolError (or a decoding error) when it is not valid. */
export function parseClientMessage(data: Uint8Array): ParsedMessage {
  const decoder = decoding.createDecoder(data);
  const documentName = readString(decoder, LIMITS.documentName, 'document name');
  if (documentName.length === 0) fail('empty document name');
  const type = decoding.readVarUint(decoder);
  let parsed: ParsedMessage;
  switch (type) {
    case MessageType.Sync:
    case MessageType.SyncReply: {
      const sub = decoding.readVarUint(decoder);
      const payload = readBytes(decoder, 'sync payload');
      if (sub === SyncType.Step1) {
        // A state vector: pairs of varuints.
        const sv = decoding.createDecoder(payload);
        const entries = decoding.readVarUint(sv);
        if (entries > 100_000) fail('state vector: too many entries');
        for (let i = 0; i < entries; i++) {
          decoding.readVarUint(sv);
          decoding.readVarUint(sv);
        }
        if (decoding.hasContent(sv)) fail('state vector: trailing bytes');
        parsed = { documentName, type: 'sync', sync: 'step1', payload };
      } else if (sub === SyncType.Step2 || sub === SyncType.Update) {
        parsed = { documentName, type: 'sync', sync: sub === SyncType.Step2 ? 'step2' : 'update', payload };
      } else {
        fail(`unknown sync message ${sub}`);
      }
      break;
    }
    case MessageType.Awareness:
      checkAwareness(readBytes(decoder, 'awareness'));
      parsed = { documentName, type: 'awareness' };
      break;
    case MessageType.Auth: {
      const sub = decoding.readVarUint(decoder);
      if (sub !== 0) fail('auth: only a token may be sent');
      readString(decoder, LIMITS.token, 'token');
      parsed = { documentName, type: 'auth' };
      break;
    }
    case MessageType.QueryAwareness:
      parsed = { documentName, type: 'queryAwareness' };
      break;
    case MessageType.Stateless:
    case MessageType.BroadcastStateless:
      readString(decoder, LIMITS.stateless, 'stateless');
      parsed = { documentName, type: 'stateless' };
      break;
    case MessageType.Close:
      parsed = { documentName, type: 'close' };
      break;
    default:
      fail(`message type ${type} is not sent by clients`);
  }
  if (decoding.hasContent(decoder)) fail('trailing bytes');
  return parsed;
}
