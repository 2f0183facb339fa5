import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_MAP_ID } from '../domain/demo/demoWorkspace';
import { readFileText } from '../domain/transfer/importFile';
import { richWorkspace } from '../domain/transfer/testData';
import { workspaceStore } from '../store/workspace';
import { downloadWorkspaceBackup } from './downloadBackup';

describe('downloadWorkspaceBackup', () => {
  afterEach(() => workspaceStore.load(richWorkspace()));

  it('downloads the whole workspace in memory as a Tropa file named by the date', async () => {
    workspaceStore.load(richWorkspace());
    const blobs: Blob[] = [];
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:backup');
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(`${this.download} ${this.href}`);
    });
    await downloadWorkspaceBackup();
    expect(clicks).toEqual([expect.stringMatching(/^Tropa workspace \d{4}-\d{2}-\d{2}\.json blob:backup$/)]);
    const read = readFileText(await blobs[0]!.text());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.kind).toBe('workspace');
    expect(read.value.maps.map((m) => m.id).sort()).toEqual([DEMO_MAP_ID, 'm2']);
    expect(read.value.personas[0]!.photo).toMatch(/^data:image\/jpeg;base64,/);
  });
});
