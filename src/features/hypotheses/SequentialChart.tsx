import type { Analysis, Look } from '../../domain/hypotheses/analysis';
import { useLanguage, useT } from '../../i18n/useT';
import { formatDate, formatDifference } from './format';

const WIDTH = 520;
const HEIGHT = 200;
const LEFT = 70;
const RIGHT = 20;
const TOP = 12;
const BOTTOM = 36;

/** The always-valid interval of the difference at each reading date: it narrows as customers come in; zero is marked. */
export function SequentialChart({ analysis: a, looks }: { analysis: Analysis; looks: Look[] }) {
  const t = useT();
  const language = useLanguage();
  if (looks.length === 0) return null;
  const finite = looks.flatMap((l) => [l.interval[0], l.interval[1], l.difference]).filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  const span = hi - lo || 1;
  const y = (v: number) => TOP + ((hi - Math.max(lo, Math.min(hi, v))) / span) * (HEIGHT - TOP - BOTTOM);
  const step = looks.length > 1 ? (WIDTH - LEFT - RIGHT) / (looks.length - 1) : 0;
  const x = (i: number) => (looks.length > 1 ? LEFT + i * step : (LEFT + WIDTH - RIGHT) / 2);
  const show = (v: number) => formatDifference(a, v, t, language);
  const description = looks.map((l) => `${formatDate(l.date, language)}: ${show(l.interval[0])} … ${show(l.interval[1])}`).join('; ');
  return (
    <figure className="sequential-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={`${t('hyp.analysis.sequentialChart')}: ${description}`}>
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} className="chart-zero" />
        <text x={LEFT - 8} y={y(0) + 4} textAnchor="end" className="chart-tick">
          0
        </text>
        <text x={LEFT - 8} y={y(hi) + 10} textAnchor="end" className="chart-tick">
          {show(hi)}
        </text>
        <text x={LEFT - 8} y={y(lo)} textAnchor="end" className="chart-tick">
          {show(lo)}
        </text>
        {looks.map((l, i) => {
          const excludes = l.interval[0] > 0 || l.interval[1] < 0;
          return (
            <g key={l.date} className={`chart-look${excludes ? ' decided' : ''}`}>
              <line x1={x(i)} x2={x(i)} y1={y(l.interval[1])} y2={y(l.interval[0])} className="chart-interval" />
              <line x1={x(i) - 5} x2={x(i) + 5} y1={y(l.interval[1])} y2={y(l.interval[1])} className="chart-interval" />
              <line x1={x(i) - 5} x2={x(i) + 5} y1={y(l.interval[0])} y2={y(l.interval[0])} className="chart-interval" />
              <circle cx={x(i)} cy={y(l.difference)} r={4} className="chart-point" />
              <text x={x(i)} y={HEIGHT - 14} textAnchor="middle" className="chart-tick">
                {formatDate(l.date, language)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('hyp.analysis.sequentialChart')}</figcaption>
    </figure>
  );
}
