import { en, type MessageKey } from './en';
import type { Language } from './language';
import { ru } from './ru';

export type { MessageKey };
export type Params = Record<string, string | number>;

const dictionaries: Record<Language, Record<MessageKey, string>> = { ru, en };

/** The message in the language with {placeholders} filled in. Values are inserted as text. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const template = dictionaries[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function dictionary(language: Language): Record<MessageKey, string> {
  return dictionaries[language];
}
