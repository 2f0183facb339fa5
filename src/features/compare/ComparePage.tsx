import { useMemo } from 'react';
import { compareMaps, type SideStage } from '../../domain/compare';
import { mapsByRecency } from '../../domain/selectors';
import type { Channel } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { useWorkspaceState } from '../../store/workspace';
import { compareHref, navigate } from '../../ui/route';
import { ChannelChip } from '../canvas/ChannelChip';
import { emotionText } from '../canvas/EmotionRow';

/** Two maps side by side, stage by stage: the seed article's comparison of two audiences. */
export function ComparePage({ a, b }: { a: string | null; b: string | null }) {
  const t = useT();
  const workspace = useWorkspaceState((s) => s.workspace);
  const maps = useMemo(() => mapsByRecency(workspace), [workspace]);
  const mapA = a ? workspace.maps[a] : undefined;
  const mapB = b ? workspace.maps[b] : undefined;
  const pairs = useMemo(() => (mapA && mapB ? compareMaps(workspace, mapA.id, mapB.id) : []), [workspace, mapA, mapB]);
  const label = (id: string) => {
    const map = workspace.maps[id]!;
    const segment = map.segmentId ? workspace.segments[map.segmentId]?.name : undefined;
    return segment ? `${map.title} — ${segment}` : map.title;
  };
  const picker = (value: string | null, name: string, onPick: (id: string) => void) => (
    <label className="compare-pick">
      {name}
      <select value={value ?? ''} onChange={(e) => onPick(e.target.value)}>
        <option value="">{t('compare.pick')}</option>
        {maps.map((m) => (
          <option key={m.id} value={m.id}>
            {label(m.id)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <main className="compare-page">
      <h1>{t('compare.title')}</h1>
      <p className="hint">{t('compare.hint')}</p>
      <div className="compare-pickers">
        {picker(a, t('compare.mapA'), (id) => navigate(compareHref(id || null, b), true))}
        {picker(b, t('compare.mapB'), (id) => navigate(compareHref(a, id || null), true))}
      </div>
      {mapA && mapB && (
        <table className="compare-table" aria-label={t('compare.table')}>
          <thead>
            <tr>
              <th scope="col">{t('compare.stage')}</th>
              <th scope="col">{label(mapA.id)}</th>
              <th scope="col">{label(mapB.id)}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair, i) => (
              <tr key={i}>
                <th scope="row">{pair.a?.stage.name ?? pair.b?.stage.name}</th>
                <td>
                  {renderSide(pair.a, pair.channelsOnlyA, pair.barriersOnlyA, null)}
                </td>
                <td>
                  {renderSide(pair.b, pair.channelsOnlyB, pair.barriersOnlyB, pair.emotionDelta)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );

  function renderSide(side: SideStage | null, onlyChannels: Channel[], onlyBarriers: string[], delta: number | null) {
    if (!side) return <span className="empty">{t('compare.missing')}</span>;
    return (
      <div className="compare-side">
        <div className="stage-title">{side.stage.name}</div>
        <div>
          <span className="compare-label">{t('compare.emotion')}: </span>
          {emotionText(side.emotion ?? undefined, t)}
          {delta !== null && delta !== 0 && (
            <span className={`delta ${delta > 0 ? 'up' : 'down'}`}> ({t('compare.delta', { delta: `${delta > 0 ? '+' : ''}${delta}` })})</span>
          )}
        </div>
        <div>
          <span className="compare-label">{t('compare.channels')}: </span>
          {side.channels.length === 0 && t('compare.none')}
          {side.channels.map((c) => (
            <span key={c} className={onlyChannels.includes(c) ? 'only' : undefined}>
              <ChannelChip channel={c} />
              {onlyChannels.includes(c) && <span className="visually-hidden"> ({t('compare.onlyHere')})</span>}
            </span>
          ))}
        </div>
        <div>
          <span className="compare-label">{t('compare.barriers')}: </span>
          {side.barriers.length === 0 && t('compare.none')}
          <ul>
            {side.barriers.map((text, i) => (
              <li key={i} className={onlyBarriers.includes(text) ? 'only' : undefined}>
                {text}
                {onlyBarriers.includes(text) && <span className="visually-hidden"> ({t('compare.onlyHere')})</span>}
              </li>
            ))}
          </ul>
        </div>
      </div>
    );
  }
}
