import { useMemo, useState } from 'react';
import { filterRows, hypothesisRows, NO_FILTER, sortRows, type HypothesisFilter, type SortKey } from '../../domain/hypotheses/table';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { useWorkspaceState } from '../../store/workspace';
import { hypothesisHref, navigate } from '../../ui/route';
import { HypothesisFilters } from './HypothesisFilters';
import { HypothesesTable } from './HypothesesTable';
import { StatusBoard } from './StatusBoard';
import { downloadHypothesesCsv } from './hypothesesCsv';
import { useLanguage } from '../../i18n/useT';
import { newHypothesisDraft } from './newHypothesisDraft';
import './hypotheses.css';

/** Every hypothesis: a board by status or a sortable table, filtered, exportable as CSV. */
export function HypothesesPage() {
  const t = useT();
  const language = useLanguage();
  const workspace = useWorkspaceState((s) => s.workspace);
  const rows = useMemo(() => hypothesisRows(workspace), [workspace]);
  const [filter, setFilter] = useState<HypothesisFilter>(NO_FILTER);
  const [view, setView] = useState<'board' | 'table'>('board');
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({ key: 'updatedAt', direction: 'desc' });
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort.key, sort.direction), [rows, filter, sort]);

  return (
    <main className="hypotheses-page">
      <div className="page-heading">
        <h1>{t('hyp.list.title')}</h1>
        <div className="page-actions">
          <button type="button" onClick={() => downloadHypothesesCsv(shown, t, language)}>
            {t('hyp.list.exportCsv')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              const id = actions.addHypothesis(newHypothesisDraft(t('hyp.untitled'), t('hyp.statementTemplateNoBarrier', { text: '…' }), t));
              // Null: refused for a limit, and the user was told why.
              if (id) navigate(hypothesisHref(id));
            }}
          >
            {t('hyp.list.new')}
          </button>
        </div>
      </div>
      <p className="hint">{t('hyp.list.hint')}</p>
      <div className="hypotheses-controls">
        <div role="group" aria-label={t('hyp.list.view')} className="view-switch">
          {(['board', 'table'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {t(`hyp.list.${v}`)}
            </button>
          ))}
        </div>
        <HypothesisFilters rows={rows} filter={filter} onChange={setFilter} />
        <span className="muted" role="status">
          {t('hyp.list.count', { count: shown.length })}
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="empty">{t('hyp.list.empty')}</p>
      ) : view === 'board' ? (
        <StatusBoard rows={shown} />
      ) : (
        <HypothesesTable rows={shown} sort={sort} onSort={setSort} />
      )}
    </main>
  );
}
