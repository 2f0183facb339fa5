// The "Download backup" file imports again whatever the workspace holds within the app's limits:
// more maps than the import used to take, a card as long as a card may be.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDemoWorkspace } from '../domain/demo/demoWorkspace';
import { MAX_TEXT } from '../domain/limits';
import { readFileText } from '../domain/transfer/importFile';
import { workspaceStore } from '../store/workspace';
import { downloadWorkspaceBackup } from './downloadBackup';

describe('the backup of a big workspace', () => {
  afterEach(() => workspaceStore.load(buildDemoWorkspace('en', 0)));

  it('201 maps and a 20,000-character card import back', async () => {
    const ws = buildDemoWorkspace('en', 0);
    for (let i = 0; i < 200; i++) ws.maps[`m${i}`] = { id: `m${i}`, title: `Map ${i}`, segmentId: null, personaId: null, createdAt: i, updatedAt: i };
    Object.values(ws.cards)[0]!.text = 'x'.repeat(MAX_TEXT);
    workspaceStore.load(ws);
    const blobs: Blob[] = [];
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:backup');
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await downloadWorkspaceBackup();
    const read = readFileText(await blobs[0]!.text());
    expect(read.ok && read.value.maps.length).toBe(201);
  });
});
