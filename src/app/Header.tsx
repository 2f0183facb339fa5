import { LANGUAGES, type Language } from '../i18n/language';
import { useLanguage, useLanguageStore, useT } from '../i18n/useT';
import { actions } from '../store/actions';
import { useCanRedo, useCanUndo } from '../store/workspace';
import { HYPOTHESES_HREF, MAPS_HREF, SEGMENTS_HREF } from '../ui/route';
import { SaveIndicator } from './SaveIndicator';

export function Header({ current }: { current: 'maps' | 'map' | 'segments' | 'hypotheses' }) {
  const t = useT();
  const language = useLanguage();
  const setLanguage = useLanguageStore((s) => s.setLanguage);
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  return (
    <header className="app-header">
      <a className="brand" href={MAPS_HREF}>
        <img src="./favicon.svg" alt="" width={24} height={24} />
        <span>{t('app.name')}</span>
      </a>
      <nav aria-label={t('nav.main')}>
        <a href={MAPS_HREF} aria-current={current === 'maps' ? 'page' : undefined}>
          {t('nav.maps')}
        </a>
        <a href={SEGMENTS_HREF} aria-current={current === 'segments' ? 'page' : undefined}>
          {t('nav.segments')}
        </a>
        <a href={HYPOTHESES_HREF} aria-current={current === 'hypotheses' ? 'page' : undefined}>
          {t('nav.hypotheses')}
        </a>
      </nav>
      <div className="header-tools">
        <button type="button" onClick={actions.undo} disabled={!canUndo} title="Ctrl+Z">
          {t('history.undo')}
        </button>
        <button type="button" onClick={actions.redo} disabled={!canRedo} title="Ctrl+Shift+Z / Ctrl+Y">
          {t('history.redo')}
        </button>
        <SaveIndicator />
        <label className="language">
          <span className="visually-hidden">{t('language.label')}</span>
          <select
            aria-label={t('language.label')}
            value={language}
            onChange={(e) => setLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
