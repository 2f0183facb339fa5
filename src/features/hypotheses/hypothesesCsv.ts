import { delimiterFor, guardFormula, serialiseDelimited } from '../../domain/transfer/delimited';
import type { HypothesisRow } from '../../domain/hypotheses/table';
import type { Language } from '../../i18n/language';
import type { T } from '../../i18n/useT';
import { verdictSentence } from './format';
import { exportFileName } from '../../domain/fileName';
import { downloadText } from '../../ui/download';
import type { MessageKey } from '../../i18n/translate';

const HEADERS: MessageKey[] = [
  'hyp.col.title',
  'hyp.col.status',
  'hyp.col.map',
  'hyp.col.segment',
  'hyp.col.stage',
  'hyp.col.recommendation',
  'hyp.col.owner',
  'hyp.col.start',
  'hyp.col.end',
  'hyp.col.target',
  'hyp.col.controlUsers',
  'hyp.col.controlConversions',
  'hyp.col.treatmentUsers',
  'hyp.col.treatmentConversions',
  'hyp.col.controlRate',
  'hyp.col.treatmentRate',
  'hyp.col.upliftPp',
  'hyp.col.pValue',
  'hyp.col.chance',
  'hyp.col.verdict',
  'hyp.col.conclusion',
];

/** Figures go out as plain numbers (rates as fractions rounded to 6 places) so a spreadsheet can compute with them. */
const round = (value: number, places = 6) => Number(value.toFixed(places));

type CsvValue = string | number | null;

/** Numbers stay numbers (with the language's decimal mark); text a spreadsheet would run as a formula is defused. */
const cell = (value: CsvValue, language: Language) =>
  value === null ? '' : typeof value === 'number' ? (language === 'ru' ? String(value).replace('.', ',') : String(value)) : guardFormula(value);

export function hypothesesCsv(rows: HypothesisRow[], t: T, language: Language): string {
  const lines: CsvValue[][] = [HEADERS.map((key) => t(key))];
  for (const r of rows) {
    const a = r.analysis;
    lines.push([
      r.title,
      t(`status.${r.status}`),
      r.mapTitle,
      r.segmentName,
      r.stageName,
      r.recommendation,
      r.owner,
      r.plannedStart,
      r.plannedEnd,
      r.targetSample,
      a?.control.users ?? null,
      a?.control.conversions ?? null,
      a?.treatment.users ?? null,
      a?.treatment.conversions ?? null,
      a ? round(a.comparison.controlRate) : null,
      a ? round(a.comparison.treatmentRate) : null,
      a ? round(a.comparison.absoluteUplift * 100, 4) : null,
      a ? round(a.decisivePValue, 8) : null,
      a ? round(a.chanceToBeat, 4) : null,
      a ? verdictSentence(a, t, language) : '',
      r.conclusion,
    ]);
  }
  return serialiseDelimited(
    lines.map((line) => line.map((value) => cell(value, language))),
    delimiterFor(language),
  );
}

/** The table as a CSV file. */
export function downloadHypothesesCsv(rows: HypothesisRow[], t: T, language: Language): void {
  downloadText(hypothesesCsv(rows, t, language), exportFileName(t('hyp.csvFile'), new Date(), 'csv'), 'text/csv;charset=utf-8');
}
