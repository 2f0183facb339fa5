import type { Persona } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { useObjectUrl } from '../../ui/useObjectUrl';
import { initials, personaFacts } from './personaFacts';

/** A persona's portrait as a card: avatar, facts, and the rest only where filled in. */
export function PersonaCard({ persona }: { persona: Persona }) {
  const t = useT();
  const language = useLanguage();
  const photoUrl = useObjectUrl(persona.photo);
  const facts = personaFacts(persona, t, language);
  const sections = (['goals', 'pains', 'interests', 'onlineBehaviour', 'habits', 'notes'] as const).filter((k) => persona[k]);
  return (
    <article className="persona-card" aria-label={persona.name}>
      <header>
        {photoUrl ? (
          <img className="avatar" src={photoUrl} alt={t('persona.photoAlt', { name: persona.name })} />
        ) : (
          <span className="avatar" aria-hidden="true">
            {initials(persona.name)}
          </span>
        )}
        <div>
          <h3>{persona.name}</h3>
          <p className="persona-facts">{facts.join(' · ')}</p>
        </div>
      </header>
      {persona.quote && <blockquote>{persona.quote}</blockquote>}
      <dl>
        {sections.map((key) => (
          <div key={key}>
            <dt>{t(`persona.${key}`)}</dt>
            <dd>{persona[key]}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
