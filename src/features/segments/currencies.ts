import type { Language } from '../../i18n/language';

/** The currencies a persona's income is usually given in by Tropa's users; ISO 4217 codes. */
const COMMON = ['RUB', 'USD', 'EUR', 'KZT', 'BYN', 'UAH', 'UZS', 'AMD', 'GEL', 'AZN', 'KGS', 'CNY', 'TRY', 'AED', 'GBP', 'INR'] as const;

export const isCurrencyCode = (code: string) => /^[A-Z]{3}$/.test(code);

/** The choices for the currency select, keeping a persona's own older value when it is not among them. */
export function currencyChoices(current: string): string[] {
  return current && !(COMMON as readonly string[]).includes(current) ? [current, ...COMMON] : [...COMMON];
}

/** "RUB — Russian ruble" in the UI language; a value that is not a code is shown as it is. */
export function currencyLabel(code: string, language: Language): string {
  if (!isCurrencyCode(code)) return code;
  const name = new Intl.DisplayNames(language, { type: 'currency' }).of(code);
  return name && name !== code ? `${code} — ${name}` : code;
}
