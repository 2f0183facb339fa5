import { useEffect, useRef } from 'react';
import { compileQuery, matchesText } from '../../domain/textSearch';
import type { Channel, Id } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { useWorkspace } from '../../store/workspace';
import { useEditorStore } from './editorStore';
import { useChannels } from '../../ui/useChannels';
import { matchKey } from '../../ui/matchKey';

/** Search, channel highlight and the focus-mode banner above the canvas. */
export function EditorToolbar({ mapId }: { mapId: Id }) {
  const t = useT();
  const query = useEditorStore((s) => s.query);
  const findOpen = useEditorStore((s) => s.findOpen);
  const channel = useEditorStore((s) => s.channelFilter);
  const focusStageId = useEditorStore((s) => s.focusStageId);
  const focusName = useWorkspace((ws) => (focusStageId ? ws.stages[focusStageId]?.name : undefined));
  const matches = useWorkspace((ws) => {
    const find = compileQuery(query);
    if (!find) return 0;
    let n = 0;
    for (const card of Object.values(ws.cards)) if (card.mapId === mapId && matchesText(find, card.text)) n++;
    return n;
  });
  const input = useRef<HTMLInputElement>(null);
  const channels = useChannels();

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && matchKey(e, 'f')) {
        e.preventDefault();
        useEditorStore.setState({ findOpen: true });
        requestAnimationFrame(() => input.current?.select());
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const close = () => useEditorStore.setState({ findOpen: false, query: '' });
  const focusNextMatch = (backwards: boolean) => {
    const hits = [...document.querySelectorAll<HTMLElement>('.board .card.hit')];
    if (hits.length === 0) return;
    const at = hits.indexOf(document.activeElement as HTMLElement);
    const next = hits[backwards ? (at <= 0 ? hits.length - 1 : at - 1) : (at + 1) % hits.length]!;
    next.focus({ preventScroll: true });
  };

  return (
    <div className="editor-toolbar">
      {focusName !== undefined && (
        <div className="focus-banner" role="status">
          {t('focus.banner', { name: focusName })}
          <button type="button" onClick={() => useEditorStore.setState({ focusStageId: null })}>
            {t('focus.exit')}
          </button>
        </div>
      )}
      <label className="channel-filter">
        <span>{t('channelFilter.label')}</span>
        <select
          value={channel ?? ''}
          onChange={(e) => useEditorStore.setState({ channelFilter: (e.target.value || null) as Channel | null })}
        >
          <option value="">{t('channelFilter.all')}</option>
          {channels.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {findOpen ? (
        <div className="find-bar" role="search">
          <input
            ref={input}
            type="search"
            aria-label={t('find.field')}
            placeholder={t('find.field')}
            value={query}
            autoFocus
            onChange={(e) => useEditorStore.setState({ query: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Escape') close();
              if (e.key === 'Enter') focusNextMatch(e.shiftKey);
            }}
          />
          <span className="find-count" aria-live="polite">
            {query.trim() ? (matches ? t('find.count', { n: matches }) : t('find.none')) : ''}
          </span>
          <button type="button" className="icon-button" aria-label={t('find.close')} onClick={close}>
            ×
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => useEditorStore.setState({ findOpen: true })}>
          {t('find.open')}
        </button>
      )}
    </div>
  );
}
