import type { HypothesisRow, SortKey } from '../../domain/hypotheses/table';
import type { MessageKey } from '../../i18n/translate';
import { useLanguage, useT } from '../../i18n/useT';
import { hypothesisHref } from '../../ui/route';
import { formatDate, verdictShort } from './format';

interface Props {
  rows: HypothesisRow[];
  sort: { key: SortKey; direction: 'asc' | 'desc' };
  onSort: (sort: { key: SortKey; direction: 'asc' | 'desc' }) => void;
}

const COLUMNS: [SortKey, MessageKey][] = [
  ['title', 'hyp.col.title'],
  ['status', 'hyp.col.status'],
  ['mapTitle', 'hyp.col.map'],
  ['stageName', 'hyp.col.stage'],
  ['owner', 'hyp.col.owner'],
  ['plannedStart', 'hyp.col.start'],
  ['uplift', 'hyp.col.uplift'],
  ['updatedAt', 'hyp.col.updated'],
];

/** The table view: a header button sorts by its column, pressing it again reverses the order. */
export function HypothesesTable({ rows, sort, onSort }: Props) {
  const t = useT();
  const language = useLanguage();
  return (
    <table className="hypotheses-table" aria-label={t('hyp.list.tableLabel')}>
      <thead>
        <tr>
          {COLUMNS.map(([key, label]) => (
            <th key={key} scope="col" aria-sort={sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <button
                type="button"
                className="sort-button"
                aria-label={t('hyp.sortBy', { column: t(label) })}
                onClick={() => onSort({ key, direction: sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc' })}
              >
                {t(label)}
                {sort.key === key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <a href={hypothesisHref(r.id)}>{r.title}</a>
            </th>
            <td>{t(`status.${r.status}`)}</td>
            <td>{r.mapTitle}</td>
            <td>{r.stageName}</td>
            <td>{r.owner}</td>
            <td>{r.plannedStart && formatDate(r.plannedStart, language)}</td>
            <td className="number">{r.analysis ? verdictShort(r.analysis, t, language) : ''}</td>
            <td>{formatDate(r.updatedAt, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
