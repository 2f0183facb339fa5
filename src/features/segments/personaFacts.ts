import type { Persona } from '../../domain/types';
import type { Language } from '../../i18n/language';
import type { T } from '../../i18n/useT';

/** The one-line portrait under a persona's name: age, gender, city, income; only what is known. */
export function personaFacts(persona: Persona, t: T, language: Language): string[] {
  return [
    persona.age !== null ? t('persona.ageYears', { age: persona.age }) : null,
    persona.gender || null,
    persona.city || null,
    persona.monthlyIncome !== null
      ? t('persona.income', {
          income: new Intl.NumberFormat(language, {
            style: 'currency',
            currency: /^[A-Z]{3}$/.test(persona.currency) ? persona.currency : 'RUB',
            maximumFractionDigits: 0,
          }).format(persona.monthlyIncome),
        })
      : null,
  ].filter((fact): fact is string => fact !== null);
}
