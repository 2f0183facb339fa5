import type { Persona } from '../../domain/types';
import type { Language } from '../../i18n/language';
import type { T } from '../../i18n/useT';
import { isCurrencyCode } from './currencies';

/** The avatar shown without a photo: the first letters of the first two words of the name. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toLocaleUpperCase())
    .join('');
}

/** An amount in the persona's currency; an older free-text currency is shown as typed, never replaced. */
function formatIncome(amount: number, currency: string, language: Language): string {
  if (!isCurrencyCode(currency)) return `${new Intl.NumberFormat(language).format(amount)} ${currency}`.trim();
  return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** The one-line portrait under a persona's name: age, gender, city, income; only what is known. */
export function personaFacts(persona: Persona, t: T, language: Language): string[] {
  return [
    persona.age !== null ? t('persona.ageYears', { age: persona.age }) : null,
    persona.gender || null,
    persona.city || null,
    persona.monthlyIncome !== null
      ? t('persona.income', { income: formatIncome(persona.monthlyIncome, persona.currency, language) })
      : null,
  ].filter((fact): fact is string => fact !== null);
}
