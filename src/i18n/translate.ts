import { en, type MessageKey } from './en';
import type { Language } from './language';
import { ru } from './ru';

export type { MessageKey };
export type Params = Record<string, string | number>;

const dictionaries: Record<Language, Record<MessageKey, string>> = { ru, en };

/** Plural categories in the order a message lists its forms: English one|other, Russian one|few|many. */
const PLURAL_ORDER: Record<Language, Intl.LDMLPluralRule[]> = { en: ['one', 'other'], ru: ['one', 'few', 'many'] };

/**
 * A parameter as a number, also when it was already formatted for display in this language:
 * "3 395" and "1,5" in Russian, "1,000" and "1.5" in English (where the comma groups thousands,
 * so "about 1,000 more customers" is not taken for one customer).
 */
function asNumber(language: Language, value: string | number): number {
  if (typeof value === 'number') return value;
  const text = value.replace(/\s/g, ''); // \s covers the no-break spaces Intl groups Russian with
  return Number(language === 'en' ? text.replace(/,/g, '') : text.replace(',', '.'));
}

/**
 * The word form for a count: {n|map|maps} in English, {n|карта|карты|карт} in Russian. A form
 * the message does not list falls back to the last one; Russian fractions take the "few" form.
 */
function pluralForm(language: Language, value: string | number, forms: string[]): string {
  const rule = new Intl.PluralRules(language).select(asNumber(language, value));
  const category = language === 'ru' && rule === 'other' ? 'few' : rule;
  const index = PLURAL_ORDER[language].indexOf(category);
  return forms[index === -1 ? forms.length - 1 : Math.min(index, forms.length - 1)] ?? '';
}

/**
 * The message in the language with {placeholders} filled in and {count|form|form} plurals
 * chosen. Values are inserted as text; numbers are formatted for the language.
 */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const template = dictionaries[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)((?:\|[^|{}]*)*)\}/g, (whole, name: string, forms: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    if (forms) return pluralForm(language, value, forms.slice(1).split('|'));
    // Numbers in the reader's own way: 40,5 and 1 000 in Russian, 40.5 and 1,000 in English.
    return typeof value === 'number' ? new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value) : value;
  });
}

export function dictionary(language: Language): Record<MessageKey, string> {
  return dictionaries[language];
}
