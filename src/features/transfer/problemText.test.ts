// Every problem an import can report has on-screen text. The corpus in
// domain/transfer/hostile.test.ts checks that real problems carry the params their messages
// name; this checks, code by code, that the words around those params are there.
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../domain/transfer/problems';
import { LANGUAGES } from '../../i18n/language';
import { dictionary, translate } from '../../i18n/translate';
import { problemText } from './problemText';

describe('problemText', () => {
  it('has words of its own for every problem code in every language', () => {
    for (const language of LANGUAGES) {
      for (const code of PROBLEM_CODES) {
        const template = dictionary(language)[`transfer.problem.${code}`];
        expect(template, `${language} ${code}`).toBeDefined();
        expect(template.replace(/\{[^{}]*\}/g, '').trim().length, `${language} ${code}`).toBeGreaterThan(5);
        const text = problemText({ path: '', code }, (key, params) => translate(language, key, params), language);
        expect(text.trim().length, `${language} ${code}`).toBeGreaterThan(5);
        expect(text.charAt(0), `${language} ${code}`).toBe(text.charAt(0).toLocaleUpperCase());
      }
    }
  });
});
