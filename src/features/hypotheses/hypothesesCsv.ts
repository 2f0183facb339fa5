import { delimiterFor, guardFormula, serialiseDelimited } from '../../domain/transfer/delimited';
import type { HypothesisRow } from '../../domain/hypotheses/table';
import type { Language } from '../../i18n/language';
import type { T } from '../../i18n/useT';
import { verdictSentence, verdictShort } from './format';
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
  'hyp.col.metricKind',
  'hyp.col.controlMean',
  'hyp.col.treatmentMean',
  'hyp.col.difference',
  'hyp.col.plannedPerArm',
  'hyp.col.provisional',
  'hyp.col.sequentialLo',
  'hyp.col.sequentialHi',
  'hyp.col.srmP',
  'hyp.col.shortVerdict',
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
    const conv = a?.metricKind === 'conversion' ? a : null;
    const value = a?.metricKind === 'value' ? a : null;
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
      conv?.control.users ?? value?.control.n ?? null,
      conv?.control.conversions ?? null,
      conv?.treatment.users ?? value?.treatment.n ?? null,
      conv?.treatment.conversions ?? null,
      conv ? round(conv.comparison.controlRate) : null,
      conv ? round(conv.comparison.treatmentRate) : null,
      conv ? round(conv.comparison.absoluteUplift * 100, 4) : null,
      a ? round(a.decisivePValue, 8) : null,
      conv ? round(conv.chanceToBeat, 4) : null,
      t(`hyp.metricKind.${r.metricKind}`),
      value ? round(value.control.mean) : null,
      value ? round(value.treatment.mean) : null,
      a ? round(a.difference) : null,
      a?.plannedPerArm ?? null,
      a ? t(a.provisional ? 'hyp.csv.yes' : 'hyp.csv.no') : '',
      a?.sequentialInterval ? round(a.sequentialInterval[0]) : null,
      a?.sequentialInterval ? round(a.sequentialInterval[1]) : null,
      a?.srmPValue != null ? round(a.srmPValue, 8) : null,
      a ? verdictShort(a, t, language) : '',
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
