// What bench/room.mjs runs in Node (bundled by it into bench/.cache/room): the app's own code
// (the same as bench/appEntry.ts: encoder, checks, WorkspaceDocs) and the Hocuspocus provider the
// app connects with, in one bundle with one copy of yjs - the provider applies updates to the
// WorkspaceDocs' documents, and Yjs' type checks (instanceof Y.Text) need a single yjs.
export * from './appEntry';
export { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
