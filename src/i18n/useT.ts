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

export function useLanguage(): Language {
  return useLanguageStore((s) => s.language);
}

/** The translate function of the current language; components re-render when it changes. */
export function useT(): T {
  const language = useLanguage();
  return useCallback((key, params) => translate(language, key, params), [language]);
}
