// One import as the user triggers it: a file (Tropa JSON, CSV or TSV) or pasted text, read,
// checked and - only if all of it is valid - added to the workspace in one undoable step.
import { checkFileSize, type Problem } from '../../domain/transfer';
import type { Id } from '../../domain/types';
import type { Language } from '../../i18n/language';
import type { T } from '../../i18n/useT';
import { importFileText, importTableText, type ImportNaming } from '../../store/importActions';
import { LANE_TITLES } from './laneTitles';
import { problemText } from './problemText';
import { errorReason } from '../../domain/errorReason';

/** How many problems the dialog lists; the rest are counted. */
export const LISTED_PROBLEMS = 10;

export type ImportOutcome =
  | { ok: true; message: string; openMapId: Id | null }
  | { ok: false; lines: string[]; more: number };

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
    return { ok: false, lines: [t('transfer.unexpected', { reason: errorReason(error) })], more: 0 };
  }
}

/** Import the text of a Tropa file: new copies of its map or workspace. */
export function importJson(text: string, t: T, language: Language, titleOf: (mapId: Id) => string): ImportOutcome {
  try {
    const result = importFileText(text, naming(t));
    if (!result.ok) return failure(result.problems, t, language);
    const summary = result.value;
    if (summary.kind === 'map' && summary.mapIds[0]) {
      return { ok: true, message: t('transfer.importedMap', { title: titleOf(summary.mapIds[0]).trim() || t('common.untitled') }), openMapId: summary.mapIds[0] };
    }
    return { ok: true, message: t('transfer.importedWorkspace', { maps: summary.maps, segments: summary.segments, hypotheses: summary.hypotheses }), openMapId: null };
  } catch (error) {
    return { ok: false, lines: [t('transfer.unexpected', { reason: errorReason(error) })], more: 0 };
  }
}

export async function importFile(file: File, t: T, language: Language, titleOf: (mapId: Id) => string): Promise<ImportOutcome> {
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
  if (kind === 'json') return importJson(text, t, language, titleOf);
  const base = file.name.replace(/\.[^.]*$/, '').trim();
  return importTable(text, base || t('transfer.tableTitle'), t, language);
}
