import { create } from 'zustand';
import type { ExportScope } from '../../domain/exportImage';

/** The export dialog's open request: any part of the editor (bar, stage menu) may ask for it. */
interface ExportRequestState {
  scope: ExportScope | null;
}

export const useExportRequest = create<ExportRequestState>(() => ({ scope: null }));

export function openExport(scope: ExportScope): void {
  useExportRequest.setState({ scope });
}

export function closeExport(): void {
  useExportRequest.setState({ scope: null });
}
