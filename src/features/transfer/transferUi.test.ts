import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../domain/transfer/problems';
import { translate } from '../../i18n/translate';
import { problemText } from './problemText';
import { fileKindOf } from './runImport';

describe('transfer helpers', () => {
  it('tells Tropa files from tables by name or type', () => {
    expect(fileKindOf({ name: 'Map 2026-01-01.JSON', type: '' })).toBe('json');
    expect(fileKindOf({ name: 'export', type: 'application/json' })).toBe('json');
    expect(fileKindOf({ name: 'sheet.csv', type: '' })).toBe('table');
    expect(fileKindOf({ name: 'sheet.tsv', type: '' })).toBe('table');
    expect(fileKindOf({ name: 'photo.png', type: 'image/png' })).toBeNull();
  });

  it('says every problem in plain words in both languages, with its place', () => {
    const params = { size: '25.0', limit: 20000, version: '9', kind: 'x', count: 100000, values: 'a, b', length: 12, max: 5, min: 1, id: 'c1', row: 3 };
    for (const language of ['en', 'ru'] as const) {
      for (const code of PROBLEM_CODES) {
        const text = problemText({ path: 'cards[2].text', code, params }, (key, p) => translate(language, key, p), language);
        expect(text, code).toMatch(/^cards\[2\]\.text: \S/);
        expect(text, code).not.toMatch(/\{\w+\}/);
      }
    }
    expect(problemText({ path: '', code: 'tooMany', params: { count: 100000, limit: 20000 } }, (k, p) => translate('en', k, p))).toBe(
      '100,000 entries; Tropa imports at most 20,000 at a time',
    );
    expect(problemText({ path: '', code: 'notJson' }, (k, p) => translate('en', k, p))).toBe('This is not a Tropa file: its text is not valid JSON');
  });
});
