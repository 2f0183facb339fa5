// Keeps several tabs of one browser on the same documents: every change this tab makes is sent
// as a Yjs update on a BroadcastChannel, and updates from other tabs are applied here. A tab
// that starts says which state it has (a state vector per document); the others answer with
// what it lacks, so nothing made before it opened, but not yet stored, is missed.
import { asBytes } from '../domain/bytes';
import { ORIGIN } from './origins';
import { isDocId, type WorkspaceDocs } from './workspaceDocs';

export const TAB_CHANNEL = 'tropa-docs';

type Message =
  | { kind: 'update'; docId: string; update: Uint8Array }
  | { kind: 'hello'; vectors: [string, Uint8Array][] }
  /** The answer to a hello: what the answering tab has, so the newcomer sends what it lacks. */
  | { kind: 'vectors'; vectors: [string, Uint8Array][] };

export interface TabChannel {
  /** Follow new documents (the store replaced its documents: a new workspace was loaded). */
  attach(docs: WorkspaceDocs): void;
  close(): void;
}

export function openTabChannel(initial: WorkspaceDocs, onError: (error: unknown) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { attach() {}, close() {} };
  const channel = new BroadcastChannel(TAB_CHANNEL);
  const post = (message: Message) => channel.postMessage(message);
  let detach = () => {};

  const listen = (current: WorkspaceDocs) => {
    detach();
    detach = current.onUpdate((docId, update, origin) => {
      // Another tab's update is that tab's to send; what was read from the database is in it.
      if (origin !== ORIGIN.tab && origin !== ORIGIN.stored) post({ kind: 'update', docId, update });
    });
  };
  let current = initial;
  listen(current);

  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data as Partial<Message> | null;
    try {
      const update = asBytes(message?.kind === 'update' ? message.update : null);
      if (message?.kind === 'update' && isDocId(message.docId) && update) {
        current.applyUpdate(message.docId, update, ORIGIN.tab);
      } else if ((message?.kind === 'hello' || message?.kind === 'vectors') && Array.isArray(message.vectors)) {
        const vectors = new Map<string, Uint8Array>();
        for (const entry of message.vectors as unknown[]) {
          const [id, sv] = Array.isArray(entry) ? entry : [];
          const bytes = asBytes(sv);
          if (isDocId(id) && bytes) vectors.set(id, bytes);
        }
        answer(current, vectors);
        // A starting tab may bring updates the others lack (a closed tab's journal): ask for them.
        if (message.kind === 'hello') post({ kind: 'vectors', vectors: vectorsOf(current) });
      }
    } catch (error) {
      onError(error);
    }
  };

  const answer = (docs: WorkspaceDocs, vectors: Map<string, Uint8Array>) => {
    for (const docId of docs.ids()) {
      const diff = docs.encode(docId, vectors.get(docId));
      // An update with no structs and no deletions is two bytes: nothing to send.
      if (diff.length > 2) post({ kind: 'update', docId, update: diff });
    }
  };

  const vectorsOf = (docs: WorkspaceDocs): [string, Uint8Array][] => docs.ids().map((id) => [id, docs.stateVector(id)]);
  const hello = () => post({ kind: 'hello', vectors: vectorsOf(current) });
  hello();

  return {
    attach(docs) {
      current = docs;
      listen(docs);
      hello();
    },
    close() {
      detach();
      channel.close();
    },
  };
}
