import { useCallback } from 'react';
import { create } from 'zustand';
import { detectLanguage, rememberLanguage, type Language } from './language';
import { translate, type MessageKey, type Params } from './translate';

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

export const useLanguageStore = create<LanguageState>((set) => ({
  language: detectLanguage(),
  setLanguage(language) {
    rememberLanguage(language);
    document.documentElement.lang = language;
    set({ language });
  },
}));

export type T = (key: MessageKey, params?: Params) => string;

/** A key, or a key with the parameters a rule worked out (an ambiguous number and its readings). */
export type Message = MessageKey | { key: MessageKey; params: Params };

export function say(t: T, message: Message): string {
  return typeof message === 'string' ? t(message) : t(message.key, message.params);
}

export function useLanguage(): Language {
  return useLanguageStore((s) => s.language);
}

/** The translate function of the current language; components re-render when it changes. */
export function useT(): T {
  const language = useLanguage();
  return useCallback((key, params) => translate(language, key, params), [language]);
}
