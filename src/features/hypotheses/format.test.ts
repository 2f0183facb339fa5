import { describe, expect, it } from 'vitest';
import { analyseHypothesis } from '../../domain/hypotheses/analysis';
import type { Reading } from '../../domain/types';
import { translate } from '../../i18n/translate';
import type { T } from '../../i18n/useT';
import { badgeSummary, formatChance, formatDate, formatRate, verdictSentence } from './format';

const en: T = (key, params) => translate('en', key, params);
const ru: T = (key, params) => translate('ru', key, params);
const reading = (arm: Reading['arm'], users: number, conversions: number): Reading => ({ id: arm, arm, date: '2026-01-01', users, conversions });
const clear = analyseHypothesis({ readings: [reading('control', 400, 40), reading('treatment', 400, 64)] })!;

describe('plain-words figures', () => {
  it('says the verdict in English and Russian', () => {
    expect(verdictSentence(clear, en, 'en')).toBe(
      'Treatment converts 6.0 pp better (95% CI +1.3 pp to +10.7 pp). 99% chance it beats control. Significant at 5%.',
    );
    expect(verdictSentence(clear, ru, 'ru')).toBe(
      'В тестовой группе конверсия выше на 6,0 п. п. (95% интервал: от +1,3 п. п. до +10,7 п. п.). Шанс, что тест лучше контроля: 99\u00a0%. Разница значима на уровне 5%.',
    );
    const worse = analyseHypothesis({ readings: [reading('control', 400, 64), reading('treatment', 400, 40)] })!;
    expect(verdictSentence(worse, en, 'en')).toMatch(/^Treatment converts 6\.0 pp worse \(95% CI -10\.7 pp to -1\.3 pp\)\. 1% chance/);
  });

  it('never rounds a near-certainty to 100% or a slim chance to 0%', () => {
    expect(formatChance(0.9996, 'en')).toBe('> 99%');
    expect(formatChance(1, 'en')).toBe('100%');
    expect(formatChance(0.0004, 'en')).toBe('< 1%');
    expect(formatChance(0.5, 'en')).toBe('50%');
  });

  it('keeps the size of rare conversion rates', () => {
    expect(formatRate(9 / 10000, 'en')).toBe('0.09%');
    expect(formatRate(9 / 10000, 'ru')).toBe('0,09\u00a0%');
    expect(formatRate(1 / 25000, 'en')).toBe('0.004%');
    expect(formatRate(0.0094, 'en')).toBe('0.94%');
    expect(formatRate(0.0099, 'en')).toBe('1.0%');
    expect(formatRate(0, 'en')).toBe('0.0%');
    expect(formatRate(0.129, 'en')).toBe('12.9%');
  });

  it('shows the status, and the verdict once there are figures', () => {
    expect(badgeSummary('adopted', clear, en, 'en')).toBe('+6.0 pp, adopted');
    expect(badgeSummary('running', clear, en, 'en')).toBe('Running: +6.0 pp, decided (p = 0.0116)');
    expect(badgeSummary('rejected', null, en, 'en')).toBe('Rejected');
  });
});

describe('hypotheses CSV', () => {
  it('keeps figures as numbers and defuses text a spreadsheet would run', async () => {
    const { hypothesesCsv } = await import('./hypothesesCsv');
    const { hypothesisRows } = await import('../../domain/hypotheses/table');
    const { addHypothesis, addReading } = await import('../../domain/operations');
    const { emptyWorkspace } = await import('../../domain/types');
    const ws = emptyWorkspace();
    addHypothesis(ws, 'h', { title: '=HYPERLINK("http://evil")', statement: '', control: '', plannedStart: '', plannedEnd: '' });
    addReading(ws, 'h', 'r1', { arm: 'control', date: '2026-01-01', users: 400, conversions: 40 });
    addReading(ws, 'h', 'r2', { arm: 'treatment', date: '2026-01-01', users: 400, conversions: 64 });
    const lines = hypothesesCsv(hypothesisRows(ws), en, 'en').replace(/^\ufeff/, '').split('\r\n');
    const ruLines = hypothesesCsv(hypothesisRows(ws), ru, 'ru').replace(/^\ufeff/, '').split('\r\n');
    expect(ruLines[1]).toContain(';400;40;400;64;"0,1";"0,16";6;"0,01163244";"0,9941";');
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil""\)",Idea,,,,,,,,,400,40,400,64,0\.1,0\.16,6,0\.01163244,0\.9941,/);
  });
});

describe('dates', () => {
  it('shows a dash, never "Invalid time value", for a date no calendar holds', () => {
    // From an old database, or a date field typed with a six-digit year (issue 13).
    for (const value of [9e15, 1e300, -1e300, '275760-09-13', 'soon']) expect(formatDate(value, 'en'), String(value)).toBe('—');
    expect(formatDate(8.64e15, 'en')).toMatch(/275760/);
    expect(formatDate('2026-11-25', 'ru')).toBe('25 нояб. 2026 г.');
  });
});
