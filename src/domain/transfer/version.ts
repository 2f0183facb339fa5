// The envelope of a Tropa file; kept apart from the schema so that exporting never loads zod.
export const FORMAT = 'tropa';
/** Bumped whenever the shape changes; older files are migrated on import (migrations.ts). */
export const CURRENT_VERSION = 1;
export const FILE_KINDS = ['map', 'workspace'] as const;
export type FileKind = (typeof FILE_KINDS)[number];
