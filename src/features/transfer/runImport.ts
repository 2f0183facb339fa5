// One import as the user triggers it: a file (Tropa JSON, CSV or TSV) or pasted text, read,
// checked and - only if all of it is valid - added to the workspace in one undoable step. A
// Tropa file with maps the workspace already has asks first: replace them, or import copies.
import { checkFileSize, type ExistingMap, type FileKind as TropaFileKind, type ImportMode, type Problem } from '../../domain/transfer';
import type { Id } from '../../domain/types';
import type { Language } from '../../i18n/language';
import type { T } from '../../i18n/useT';
import { applyImport, importTableText, readImportText, type ImportNaming } from '../../store/importActions';
import { LANE_TITLES } from './laneTitles';
import { problemText } from './problemText';
import { errorReason } from '../../domain/errorReason';
import { LimitExceeded } from '../../domain/limits';
import { limitText } from '../../ui/limitText';

/** How many problems the dialog lists; the rest are counted. */
export const LISTED_PROBLEMS = 10;

export type ImportOutcome =
  | { ok: true; message: string; openMapId: Id | null }
  | { ok: false; lines: string[]; more: number; cancelled?: true };

/** What to do with the maps of a file that the workspace already has; null: import nothing. */
export type AskExisting = (existing: ExistingMap[], kind: TropaFileKind) => Promise<ImportMode | null>;

const CANCELLED: ImportOutcome = { ok: false, lines: [], more: 0, cancelled: true };

type FileKind = 'json' | 'table';

export function fileKindOf(file: Pick<File, 'name' | 'type'>): FileKind | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json') || file.type === 'application/json') return 'json';
  if (/\.(csv|tsv|tab|txt)$/.test(name) || ['text/csv', 'text/tab-separated-values', 'text/plain'].includes(file.type)) return 'table';
  return null;
}

function naming(t: T): ImportNaming {
  return { renamed: (title, n) => (n === 1 ? t('transfer.renamed', { title }) : t('transfer.renamedAgain', { title, n })) };
}

function failure(problems: Problem[], t: T, language: Language): ImportOutcome {
  return {
    ok: false,
    lines: problems.slice(0, LISTED_PROBLEMS).map((p) => problemText(p, t, language)),
    more: Math.max(0, problems.length - LISTED_PROBLEMS),
  };
}


/** An import that failed while being added: past a limit of the workspace (said as such), or a bug. */
function unexpected(error: unknown, t: T): ImportOutcome {
  // The file was valid, but the workspace would hold more than Tropa keeps (domain/limits.ts).
  if (error instanceof LimitExceeded) return { ok: false, lines: [limitText(error.problem, t)], more: 0 };
  return { ok: false, lines: [t('transfer.unexpected', { reason: errorReason(error) })], more: 0 };
}

/** Import pasted or read text as a table: a new map. */
export function importTable(text: string, fallbackTitle: string, t: T, language: Language): ImportOutcome {
  try {
    const result = importTableText(text, {
      ...naming(t),
      laneTitles: LANE_TITLES,
      stageName: (n) => t('stage.defaultName', { n }),
      fallbackTitle,
    });
    if (!result.ok) return failure(result.problems, t, language);
    const { mapId, ...counts } = result.value;
    return { ok: true, message: t('transfer.importedTable', counts), openMapId: mapId };
  } catch (error) {
    return unexpected(error, t);
  }
}

/** Import the text of a Tropa file: its map or workspace as new copies, or in place of what exists. */
export async function importJson(text: string, t: T, language: Language, titleOf: (mapId: Id) => string, ask: AskExisting): Promise<ImportOutcome> {
  try {
    const read = await readImportText(text);
    if (!read.ok) return failure(read.problems, t, language);
    const { file, existing } = read.value;
    const mode = existing.length ? await ask(existing, file.kind) : 'copy';
    if (!mode) return CANCELLED;
    const summary = applyImport(file, mode, naming(t));
    if (summary.kind === 'map' && summary.mapIds[0]) {
      const title = titleOf(summary.mapIds[0]).trim() || t('common.untitled');
      return { ok: true, message: t(summary.replaced ? 'transfer.replacedMap' : 'transfer.importedMap', { title }), openMapId: summary.mapIds[0] };
    }
    const counts = { maps: summary.maps, replaced: summary.replaced, segments: summary.segments, hypotheses: summary.hypotheses };
    return { ok: true, message: t(summary.replaced ? 'transfer.importedWorkspaceReplaced' : 'transfer.importedWorkspace', counts), openMapId: null };
  } catch (error) {
    return unexpected(error, t);
  }
}

export async function importFile(file: File, t: T, language: Language, titleOf: (mapId: Id) => string, ask: AskExisting): Promise<ImportOutcome> {
  const kind = fileKindOf(file);
  if (!kind) return { ok: false, lines: [t('transfer.unsupported')], more: 0 };
  const tooLarge = checkFileSize(file.size);
  if (tooLarge) return failure([tooLarge], t, language);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, lines: [t('transfer.unreadable', { reason: errorReason(error) })], more: 0 };
  }
  if (kind === 'json') return importJson(text, t, language, titleOf, ask);
  const base = file.name.replace(/\.[^.]*$/, '').trim();
  return importTable(text, base || t('transfer.tableTitle'), t, language);
}
