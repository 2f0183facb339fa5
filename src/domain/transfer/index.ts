// Export and import of maps and workspaces: Tropa files (JSON) and spreadsheets (CSV/TSV).
export * from './delimited';
export * from './exportFile';
export { existingMaps, type ExistingMap, type PhotoBytes } from './existing';
export * from './importFile';
export * from './limits';
export * from './migrations';
export * from './problems';
export * from './remap';
export { CURRENT_VERSION, FORMAT, type FileKind, type TropaFile } from './schema';
export * from './table';
